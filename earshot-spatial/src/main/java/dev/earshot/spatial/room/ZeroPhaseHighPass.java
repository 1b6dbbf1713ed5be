package dev.earshot.spatial.room;

import dev.earshot.audio.dsp.FftConvolver;

/**
 * A linear-phase high-pass applied zero-phase: {@code delta - LP(fc)} with a Blackman-windowed sinc
 * low-pass of half-length {@code round(3 fs / fc)} taps (transition about 0.9 fc wide, so the
 * response is flat from about 1.5 fc). Removes the low-frequency build-up of the all-positive image
 * impulses (the high-pass recommended by Allen and Berkley, 1979).
 */
final class ZeroPhaseHighPass {
    private final float[] kernel;
    private final int half;

    /**
     * @param cutoffHz     cutoff in Hz, positive and below a quarter of the sample rate
     * @param sampleRateHz sample rate in Hz
     */
    ZeroPhaseHighPass(double cutoffHz, int sampleRateHz) {
        this.half = (int) Math.round(3.0 * sampleRateHz / cutoffHz);
        double[] lp = OctaveFilterBank.lowPass(cutoffHz / sampleRateHz, half);
        double[] k = new double[lp.length];
        for (int i = 0; i < lp.length; i++) {
            k[i] = (i == half ? 1 : 0) - lp[i];
        }
        kernel = OctaveFilterBank.toFloat(k);
    }

    /**
     * @param x input
     * @return the high-passed signal, aligned with and as long as the input
     */
    double[] apply(double[] x) {
        return OctaveFilterBank.slice(FftConvolver.convolve(OctaveFilterBank.toFloat(x), kernel), half, x.length);
    }

    /**
     * @param x input, replaced in place by its high-passed version
     */
    void applyInPlace(float[] x) {
        float[] y = FftConvolver.convolve(x, kernel);
        System.arraycopy(y, half, x, 0, x.length);
    }
}
