package dev.earshot.audio.dsp;

import dev.earshot.audio.AudioBuffer;

/**
 * Band-limited polyphase resampling between integer sample rates (windowed-sinc FIR, comparable to
 * scipy.signal.resample_poly).
 */
public final class Resampler {
    private Resampler() {
    }

    /**
     * Resamples one signal.
     *
     * @param x      input samples
     * @param fromHz input rate in Hz
     * @param toHz   output rate in Hz
     * @return the resampled signal, ceil(x.length * toHz / fromHz) samples
     */
    public static float[] resample(float[] x, int fromHz, int toHz) {
        throw new UnsupportedOperationException("TEMPORARY: owned by the DSP helper, replaced before merge");
    }

    /**
     * Resamples every channel of a buffer.
     *
     * @param in   input buffer
     * @param toHz output rate in Hz
     * @return a new buffer at toHz (the input itself if the rate already matches)
     */
    public static AudioBuffer resample(AudioBuffer in, int toHz) {
        throw new UnsupportedOperationException("TEMPORARY: owned by the DSP helper, replaced before merge");
    }
}
