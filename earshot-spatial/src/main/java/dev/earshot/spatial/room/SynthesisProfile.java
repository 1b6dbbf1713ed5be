package dev.earshot.spatial.room;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Where the CPU time of room impulse response synthesis goes, accumulated over many calls of
 * {@link RoomSimulator#simulate(RoomSpec, RoomReceiver, long, SynthesisProfile)} on one thread: the
 * calling thread's CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime()}) per phase, in nanoseconds.
 * Phases: image-source enumeration; HRIR lookups (the interpolated or cached HRIR spectra of each image
 * source's direction, binaural receiver only); early placement (everything else of the image-source
 * part: fractional-delay placement, band split, assembly); the diffuse tail (noise, band split, decay,
 * ear shaping). Not thread-safe: one profile per thread.
 */
public final class SynthesisProfile {
    private static final ThreadMXBean BEAN = ManagementFactory.getThreadMXBean();
    long imagesNs;
    long hrirNs;
    long earlyNs;
    long tailNs;
    long responses;
    long imageSources;

    /** Creates an empty profile. */
    public SynthesisProfile() {
        // all zero
    }

    /** @return the current thread's CPU time in nanoseconds */
    static long now() {
        return BEAN.getCurrentThreadCpuTime();
    }

    /** @return CPU nanoseconds spent enumerating image sources */
    public long imageSourcesNs() {
        return imagesNs;
    }

    /** @return CPU nanoseconds spent finding HRIR spectra for image sources (binaural receiver only) */
    public long hrirLookupNs() {
        return hrirNs;
    }

    /** @return CPU nanoseconds spent placing image sources and assembling the early response, HRIR lookups excluded */
    public long earlyPlacementNs() {
        return earlyNs;
    }

    /** @return CPU nanoseconds spent on the diffuse tail */
    public long tailNs() {
        return tailNs;
    }

    /** @return the sum of all phases in nanoseconds */
    public long totalNs() {
        return imagesNs + hrirNs + earlyNs + tailNs;
    }

    /** @return the number of responses profiled */
    public long responses() {
        return responses;
    }

    /** @return the number of image sources rendered over all profiled responses */
    public long imageSources() {
        return imageSources;
    }

    /**
     * Adds another profile's figures to this one.
     *
     * @param other the profile to add
     */
    public void add(SynthesisProfile other) {
        imagesNs += other.imagesNs;
        hrirNs += other.hrirNs;
        earlyNs += other.earlyNs;
        tailNs += other.tailNs;
        responses += other.responses;
        imageSources += other.imageSources;
    }
}
