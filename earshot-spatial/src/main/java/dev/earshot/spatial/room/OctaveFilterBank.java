package dev.earshot.spatial.room;

import dev.earshot.audio.dsp.FftConvolver;

/**
 * A linear-phase octave band split that sums exactly to a unit impulse: Blackman-windowed sinc
 * low-passes {@code LP_k} at the six crossovers {@link OctaveBands#crossoverHz(int)} (each normalised
 * to unit DC gain); band 0 is {@code LP_0}, band k is {@code LP_k - LP_(k-1)}, band 6 is
 * {@code delta - LP_5}. Crossovers at or above 0.98 x Nyquist become a unit impulse (the bands above
 * are then empty). Filtering is zero-phase: the output is aligned with the input. Convolutions use
 * the dsp module's {@link FftConvolver} (double arithmetic inside, float input and output).
 */
final class OctaveFilterBank {
    private final double[][] kernels;
    private final float[][] kernelsF;
    private final int half;

    /**
     * @param sampleRateHz sample rate in Hz
     * @param halfLength   half the kernel length in taps (kernel length {@code 2 halfLength + 1})
     */
    OctaveFilterBank(int sampleRateHz, int halfLength) {
        this.half = halfLength;
        int len = 2 * halfLength + 1;
        double[][] lp = new double[OctaveBands.COUNT - 1][];
        for (int k = 0; k < lp.length; k++) {
            lp[k] = lowPass(OctaveBands.crossoverHz(k) / sampleRateHz, halfLength);
        }
        kernels = new double[OctaveBands.COUNT][len];
        for (int b = 0; b < OctaveBands.COUNT; b++) {
            for (int i = 0; i < len; i++) {
                double upper = b < lp.length ? lp[b][i] : (i == halfLength ? 1 : 0);
                double lower = b == 0 ? 0 : lp[b - 1][i];
                kernels[b][i] = upper - lower;
            }
        }
        kernelsF = new float[OctaveBands.COUNT][];
        for (int b = 0; b < OctaveBands.COUNT; b++) {
            kernelsF[b] = toFloat(kernels[b]);
        }
    }

    static float[] toFloat(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        return f;
    }

    /** Copies {@code count} samples of {@code full} from {@code from} into a new double array. */
    static double[] slice(float[] full, int from, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = full[from + i];
        }
        return out;
    }

    /**
     * The default bank for a sample rate: kernels of about 50 ms (2401 taps at 48 kHz).
     *
     * @param sampleRateHz sample rate in Hz
     * @return the bank
     */
    static OctaveFilterBank forRate(int sampleRateHz) {
        return new OctaveFilterBank(sampleRateHz, (int) Math.round(0.025 * sampleRateHz));
    }

    /**
     * A Blackman-windowed sinc low-pass with unit DC gain.
     *
     * @param cutoffCyclesPerSample cutoff over sample rate (at least 0.49 gives a unit impulse)
     * @param halfLength            taps on each side of the centre
     * @return the {@code 2 halfLength + 1} taps
     */
    static double[] lowPass(double cutoffCyclesPerSample, int halfLength) {
        int len = 2 * halfLength + 1;
        double[] h = new double[len];
        if (cutoffCyclesPerSample >= 0.49) {
            h[halfLength] = 1;
            return h;
        }
        double sum = 0;
        for (int i = 0; i < len; i++) {
            int m = i - halfLength;
            double sinc = m == 0 ? 2 * cutoffCyclesPerSample
                    : Math.sin(2 * Math.PI * cutoffCyclesPerSample * m) / (Math.PI * m);
            double w = 0.42 + 0.5 * Math.cos(Math.PI * m / (halfLength + 1))
                    + 0.08 * Math.cos(2 * Math.PI * m / (halfLength + 1));
            h[i] = sinc * w;
            sum += h[i];
        }
        for (int i = 0; i < len; i++) {
            h[i] /= sum;
        }
        return h;
    }

    /** @return the number of taps on each side of the centre */
    int halfLength() {
        return half;
    }

    /**
     * @param band band index 0..6
     * @return a copy of the band's kernel (centre tap at {@link #halfLength()})
     */
    double[] kernel(int band) {
        return kernels[band].clone();
    }

    /**
     * @param band band index 0..6
     * @return the kernel's energy {@code sum h^2}, the variance of white unit noise after filtering
     */
    double noiseGain(int band) {
        double e = 0;
        for (double v : kernels[band]) {
            e += v * v;
        }
        return e;
    }

    /**
     * Zero-phase filtering with the band kernel: {@code out[n] = sum_m h[m] x[n - m + half]}.
     *
     * @param x    input
     * @param band band index
     * @return the filtered signal, same length as {@code x}
     */
    double[] filter(double[] x, int band) {
        return slice(FftConvolver.convolve(toFloat(x), kernelsF[band]), half, x.length);
    }

    /**
     * "Valid" zero-phase filtering of one input with every band kernel at once (the input's FFTs are
     * shared among the bands).
     *
     * @param padded input of length {@code n + 2 half}
     * @return per band the full convolution; the valid, aligned samples are
     *         {@code [2 half, 2 half + n)}
     */
    float[][] filterValidAll(float[] padded) {
        return FftConvolver.convolve(padded, kernelsF);
    }
}
