package dev.earshot.audio.dsp;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * One-shot full linear convolution, equal to {@code scipy.signal.fftconvolve(x, h, mode='full')}
 * up to rounding.
 *
 * <p>Arithmetic is double precision throughout (inputs widened, result rounded to float once), so
 * the maximum absolute error is a few float ulps of the largest output. Tiny problems use the
 * direct sum; larger ones overlap-save with a JTransforms real FFT whose power-of-two size is chosen
 * to minimise the total FFT work (a single FFT of size &ge; x.length + h.length - 1 when that is
 * cheapest, blocks when one input is much longer than the other). The inputs are not modified.
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
        DoubleFFT_1D fft = new DoubleFFT_1D(n);
        // JTransforms' unscaled realInverse returns n/2 times the signal: fold 2/n into the filters
        double scale = 2.0 / n;
        double[][] hs = new double[filters.length][n];
        for (int k = 0; k < filters.length; k++) {
            for (int i = 0; i < filters[k].length; i++) {
                hs[k][i] = filters[k][i] * scale;
            }
            fft.realForward(hs[k]);
        }
        double[] xs = new double[n];
        double[] buf = new double[n];
        // output segment [s, s + step) needs a[s - nb + 1, s + step)
        for (int s = 0; s < nOut; s += step) {
            int start = s - nb + 1;
            for (int i = 0; i < n; i++) {
                int j = start + i;
                xs[i] = j >= 0 && j < a.length ? a[j] : 0.0;
            }
            fft.realForward(xs);
            for (int k = 0; k < filters.length; k++) {
                float[] y = out[k];
                int count = Math.min(step, y.length - s);
                if (count <= 0) {
                    continue;
                }
                System.arraycopy(xs, 0, buf, 0, n);
                multiplyPacked(buf, hs[k], n);
                fft.realInverse(buf, false);
                for (int i = 0; i < count; i++) {
                    y[s + i] = (float) buf[nb - 1 + i];
                }
            }
        }
    }

    /** In-place product x *= h of two spectra in JTransforms' packed real-FFT layout (n even). */
    static void multiplyPacked(double[] x, double[] h, int n) {
        x[0] *= h[0];
        x[1] *= h[1];
        for (int i = 2; i < n; i += 2) {
            double xr = x[i];
            double xi = x[i + 1];
            double hr = h[i];
            double hi = h[i + 1];
            x[i] = xr * hr - xi * hi;
            x[i + 1] = xr * hi + xi * hr;
        }
    }
}
