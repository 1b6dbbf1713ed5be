package dev.earshot.audio.dsp;

/** One-shot linear convolution by FFT (JTransforms), equal to scipy.signal.fftconvolve(mode='full'). */
public final class FftConvolver {
    private FftConvolver() {
    }

    /**
     * Full linear convolution.
     *
     * @param x signal
     * @param h impulse response
     * @return x * h, of length x.length + h.length - 1 (empty if either input is empty)
     */
    public static float[] convolve(float[] x, float[] h) {
        throw new UnsupportedOperationException("TEMPORARY: owned by the DSP helper, replaced before merge");
    }
}
