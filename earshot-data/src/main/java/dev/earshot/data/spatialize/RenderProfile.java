package dev.earshot.data.spatialize;

import dev.earshot.spatial.room.SynthesisProfile;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Where the CPU time of {@link Spatializer#render(dev.earshot.data.scene.Scene, RenderProfile)} goes,
 * accumulated over many scenes on one thread: the calling thread's CPU time in nanoseconds per phase
 * (dry-clip preparation: load, resample, tile, normalise; room impulse response synthesis, broken down
 * further in {@link #synthesis()}; room acoustics labels: T30 and DRR of the omni response; the FFT
 * convolutions, which compute only the clip length; averaging the sources). Not thread-safe: one profile per thread.
 */
public final class RenderProfile {
    private static final ThreadMXBean BEAN = ManagementFactory.getThreadMXBean();
    private final SynthesisProfile synthesis = new SynthesisProfile();
    long dryNs;
    long rirNs;
    long labelsNs;
    long convolutionNs;
    long mixNs;
    long scenes;
    long sources;
    long rirSamples;

    /** Creates an empty profile. */
    public RenderProfile() {
        // all zero
    }

    static long now() {
        return BEAN.getCurrentThreadCpuTime();
    }

    /** @return the breakdown of the room impulse response synthesis time */
    public SynthesisProfile synthesis() {
        return synthesis;
    }

    /** @return CPU nanoseconds preparing dry clips (load, resample, tile, normalise) */
    public long dryNs() {
        return dryNs;
    }

    /** @return CPU nanoseconds synthesising room impulse responses (receiver and omni, one pass) */
    public long rirNs() {
        return rirNs;
    }

    /** @return CPU nanoseconds measuring the T30 and DRR labels */
    public long labelsNs() {
        return labelsNs;
    }

    /** @return CPU nanoseconds in the FFT convolutions of dry clips with responses */
    public long convolutionNs() {
        return convolutionNs;
    }

    /** @return CPU nanoseconds averaging the convolved sources into the mix */
    public long mixNs() {
        return mixNs;
    }

    /** @return the sum of all phases in nanoseconds */
    public long totalNs() {
        return dryNs + rirNs + labelsNs + convolutionNs + mixNs;
    }

    /** @return scenes rendered */
    public long scenes() {
        return scenes;
    }

    /** @return sources rendered (one response and one convolution each) */
    public long sources() {
        return sources;
    }

    /** @return total length of the rendered responses in samples (per channel) */
    public long rirSamples() {
        return rirSamples;
    }
}
