package dev.earshot.audio.dsp;

import dev.earshot.audio.dsp.fft.DoubleComplexFft;

/**
 * One-shot full linear convolution, equal to {@code scipy.signal.fftconvolve(x, h, mode='full')}
 * up to rounding.
 *
 * <p>Arithmetic is double precision throughout (inputs widened, result rounded to float once), so
 * the maximum absolute error is a few float ulps of the largest output. Tiny problems use the
 * direct sum; larger ones overlap-save with {@link DoubleComplexFft} (single-threaded) whose
 * power-of-two size is chosen to minimise the total FFT work (a single FFT of size &ge; x.length +
 * h.length - 1 when that is cheapest, blocks when one input is much longer than the other). Two
 * overlap-save segments share one complex FFT (one in the real part, one in the imaginary part:
 * since the filter is real, the inverse FFT of their product with the filter spectrum returns the
 * two output segments the same way), so the work equals that of real FFTs, and the spectra stay
 * in the FFT's bit-reversed order (no permutation pass). The inputs are not modified.
 */
public final class FftConvolver {
    /** Direct convolution is used when the number of multiply-adds is at most this. */
    static final long DIRECT_MAX_MACS = 1L << 15;

    private FftConvolver() {
    }

    /**
     * Full linear convolution.
     *
     * @param x signal
     * @param h impulse response
     * @return x * h, of length x.length + h.length - 1 (empty if either input is empty); the operation
     *         is commutative
     * @throws IllegalArgumentException if an input is null or the output would not fit in an array
     */
    public static float[] convolve(float[] x, float[] h) {
        if (x == null || h == null) {
            throw new IllegalArgumentException("convolve: x and h must not be null");
        }
        if (x.length == 0 || h.length == 0) {
            return new float[0];
        }
        long nOutL = (long) x.length + h.length - 1;
        if (nOutL > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("convolution output of " + nOutL + " samples is too long for one array");
        }
        // a: the longer input (streamed in blocks), b: the shorter one (the "filter")
        float[] a = x.length >= h.length ? x : h;
        float[] b = x.length >= h.length ? h : x;
        if ((long) a.length * b.length <= DIRECT_MAX_MACS || b.length <= 8) {
            return direct(a, b);
        }
        return overlapSave(a, b, chooseFftSize(a.length, b.length));
    }

    /**
     * Convolves one signal with several filters (for example a mono source with the channels of a
     * binaural room impulse response), sharing the signal's FFTs among the filters.
     *
     * @param x   signal
     * @param irs filters, one per output (each may have its own length)
     * @return one array per filter, {@code result[k] = convolve(x, irs[k])}
     * @throws IllegalArgumentException if an argument or filter is null, or an output would not fit in an array
     */
    public static float[][] convolve(float[] x, float[][] irs) {
        if (x == null || irs == null) {
            throw new IllegalArgumentException("convolve: x and irs must not be null");
        }
        int maxLen = 0;
        for (int k = 0; k < irs.length; k++) {
            if (irs[k] == null) {
                throw new IllegalArgumentException("convolve: irs[" + k + "] is null");
            }
            maxLen = Math.max(maxLen, irs[k].length);
        }
        float[][] out = new float[irs.length][];
        boolean shareable = irs.length > 1 && x.length >= maxLen && irs.length > 0
                && (long) x.length * maxLen > DIRECT_MAX_MACS && maxLen > 8;
        if (!shareable) {
            for (int k = 0; k < irs.length; k++) {
                out[k] = convolve(x, irs[k]);
            }
            return out;
        }
        long nOutL = (long) x.length + maxLen - 1;
        if (nOutL > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("convolution output of " + nOutL + " samples is too long for one array");
        }
        int n = chooseFftSize(x.length, maxLen);
        for (int k = 0; k < irs.length; k++) {
            out[k] = irs[k].length == 0 ? new float[0] : new float[x.length + irs[k].length - 1];
        }
        overlapSave(x, irs, maxLen, n, out);
        return out;
    }

    /** Direct-form convolution in double precision (reference path for small sizes). */
    static float[] direct(float[] a, float[] b) {
        int nOut = a.length + b.length - 1;
        float[] y = new float[nOut];
        for (int n = 0; n < nOut; n++) {
            int kLo = Math.max(0, n - a.length + 1);
            int kHi = Math.min(b.length - 1, n);
            double acc = 0;
            for (int k = kLo; k <= kHi; k++) {
                acc += (double) b[k] * a[n - k];
            }
            y[n] = (float) acc;
        }
        return y;
    }

    /** The power-of-two FFT size minimising (number of blocks) x N log2 N for overlap-save. */
    static int chooseFftSize(int na, int nb) {
        long nOut = (long) na + nb - 1;
        int best = -1;
        double bestCost = Double.MAX_VALUE;
        for (int n = Integer.highestOneBit(2 * nb - 1) << 1; n > 0 && n <= (1 << 30); n <<= 1) {
            long step = n - nb + 1;
            long blocks = (nOut + step - 1) / step;
            // forward + inverse FFT per block; the filter spectrum once
            double cost = (blocks * 2.0 + 1.0) * n * (Math.log(n) / Math.log(2)) + blocks * 4.0 * n;
            if (cost < bestCost) {
                bestCost = cost;
                best = n;
            }
            if (n >= nOut) {
                break;
            }
        }
        return best;
    }

    static float[] overlapSave(float[] a, float[] b, int n) {
        float[][] out = {new float[a.length + b.length - 1]};
        overlapSave(a, new float[][] {b}, b.length, n, out);
        return out[0];
    }

    /**
     * Overlap-save of a with every filter, with the block geometry of a filter of length nb (the
     * longest); out[k] must have length a.length + filters[k].length - 1 (or 0 for an empty filter).
     */
    static void overlapSave(float[] a, float[][] filters, int nb, int n, float[][] out) {
        int nOut = a.length + nb - 1;
        int step = n - nb + 1;
        DoubleComplexFft fft = new DoubleComplexFft(n);
        // the inverse FFT is unscaled (it returns n times the signal): fold 1/n into the filters
        double scale = 1.0 / n;
        double[][] hRe = new double[filters.length][n];
        double[][] hIm = new double[filters.length][n];
        for (int k = 0; k < filters.length; k++) {
            for (int i = 0; i < filters[k].length; i++) {
                hRe[k][i] = filters[k][i] * scale;
            }
            fft.forwardScrambled(hRe[k], hIm[k]);
        }
        double[] xRe = new double[n];
        double[] xIm = new double[n];
        double[] yRe = new double[n];
        double[] yIm = new double[n];
        // output segment [s, s + step) needs a[s - nb + 1, s + step); segments s0 (real part) and
        // s1 = s0 + step (imaginary part) go through one FFT
        for (int s0 = 0; s0 < nOut; s0 += 2 * step) {
            int s1 = s0 + step;
            fill(a, s0 - nb + 1, xRe);
            if (s1 < nOut) {
                fill(a, s1 - nb + 1, xIm);
            } else {
                java.util.Arrays.fill(xIm, 0.0);
            }
            fft.forwardScrambled(xRe, xIm);
            for (int k = 0; k < filters.length; k++) {
                float[] y = out[k];
                int count0 = Math.min(step, y.length - s0);
                if (count0 <= 0) {
                    continue;
                }
                multiply(xRe, xIm, hRe[k], hIm[k], yRe, yIm, n);
                fft.inverseScrambled(yRe, yIm);
                for (int i = 0; i < count0; i++) {
                    y[s0 + i] = (float) yRe[nb - 1 + i];
                }
                int count1 = Math.min(step, y.length - s1);
                for (int i = 0; i < count1; i++) {
                    y[s1 + i] = (float) yIm[nb - 1 + i];
                }
            }
        }
    }

    /** dst[i] = a[start + i] where that index is inside a, else 0. */
    private static void fill(float[] a, int start, double[] dst) {
        for (int i = 0; i < dst.length; i++) {
            int j = start + i;
            dst[i] = j >= 0 && j < a.length ? a[j] : 0.0;
        }
    }

    /** y = x * h, complex, split arrays (any common bin order). */
    static void multiply(double[] xRe, double[] xIm, double[] hRe, double[] hIm, double[] yRe, double[] yIm, int n) {
        for (int i = 0; i < n; i++) {
            double a = xRe[i];
            double b = xIm[i];
            double c = hRe[i];
            double d = hIm[i];
            yRe[i] = a * c - b * d;
            yIm[i] = a * d + b * c;
        }
    }
}
