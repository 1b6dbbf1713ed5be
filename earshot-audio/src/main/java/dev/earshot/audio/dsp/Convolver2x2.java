package dev.earshot.audio.dsp;

import dev.earshot.audio.dsp.fft.ComplexFft;

/**
 * One-shot two-input, two-output convolution in single precision:
 * {@code y_c = x_0 * h[c][0] + x_1 * h[c][1]} for c = 0, 1 (for example two independent noises shaped
 * into the two ear signals of a diffuse field), returning samples [from, from + count) of each output.
 *
 * <p>Scheme: overlap-save with one complex FFT per block for both inputs ({@code z = x_0 + i x_1}) and
 * one inverse FFT per block for both outputs ({@code y_0 + i y_1}). Per frequency pair (k, -k) the
 * spectra of the two real inputs are separated by conjugate symmetry, combined with the four filter
 * spectra, and packed again as the spectrum of {@code y_0 + i y_1}; in the FFT's bit-reversed order the
 * position of bin -k is the mirror of that of bin k inside its octave block (see
 * {@link FloatFftConvolver}). That is two FFTs per block instead of the three per half-length block (six
 * per block) of two {@link FloatFftConvolver} calls. Equal to the sum of the four exact convolutions up
 * to float rounding (about 1e-6 of the peak; tested against {@link FftConvolver}). Deterministic;
 * thread-safe (per-thread work arrays).
 */
public final class Convolver2x2 {
    private Convolver2x2() {
    }

    /**
     * @param x0    first input
     * @param x1    second input
     * @param h     filters, {@code h[c][j]} from input j to output c (2 x 2, each of any length, empty allowed)
     * @param from  first output sample, &ge; 0
     * @param count number of output samples, &ge; 0
     * @return {@code y[c][t - from] = sum_j (x_j * h[c][j])[t]} for t in [from, from + count)
     * @throws IllegalArgumentException if an argument is null, h is not 2 x 2, or from or count is negative
     */
    public static float[][] convolve(float[] x0, float[] x1, float[][][] h, int from, int count) {
        if (x0 == null || x1 == null || h == null || h.length != 2 || h[0] == null || h[1] == null
                || h[0].length != 2 || h[1].length != 2) {
            throw new IllegalArgumentException("convolve2x2: x0, x1 and a 2 x 2 filter array are required");
        }
        if (from < 0 || count < 0 || (long) from + count > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("convolve2x2: bad output range from " + from + ", count " + count);
        }
        int maxLen = 0;
        for (float[][] row : h) {
            for (float[] f : row) {
                if (f == null) {
                    throw new IllegalArgumentException("convolve2x2: a filter is null");
                }
                maxLen = Math.max(maxLen, f.length);
            }
        }
        float[][] y = new float[2][count];
        int end = from + count;
        int nx = Math.min(Math.max(x0.length, x1.length), end);
        if (count == 0 || nx == 0 || maxLen == 0) {
            return y;
        }
        int n = fftSize(end, maxLen);
        ComplexFft fft = FloatFftConvolver.fft(n);
        FftScratch scratch = FftScratch.get();
        try {
            run(scratch, fft, x0, x1, h, maxLen, from, end, y);
        } finally {
            scratch.releaseAll();
        }
        return y;
    }

    /** The FFT size of least modelled cost (two FFTs and a per-bin pass per block, two filter FFTs). */
    static int fftSize(int outputs, int irLength) {
        int best = -1;
        double bestCost = Double.MAX_VALUE;
        for (int n = Math.max(FloatFftConvolver.Plan.MIN_FFT, Integer.highestOneBit(Math.max(1, irLength)) << 1);
                n <= FloatFftConvolver.Plan.MAX_FFT; n <<= 1) {
            long step = n - irLength + 1;
            long blocks = (outputs + step - 1) / step;
            double fft = FloatFftConvolver.Plan.fftCost(n);
            double cost = (2.0 * blocks + 2) * fft + blocks * 2.0 * FloatFftConvolver.MAC_NS_PER_BIN * n;
            if (cost < bestCost) {
                bestCost = cost;
                best = n;
            }
            if (step >= outputs) {
                break;
            }
        }
        return best;
    }

    private static void run(FftScratch scratch, ComplexFft fft, float[] x0, float[] x1, float[][][] h, int maxLen,
                            int from, int end, float[][] y) {
        int n = fft.size();
        int step = n - maxLen + 1;
        // filter spectra (scaled by 1/N): F[c][j]; h[0][j] and h[1][j] share one FFT
        float[][][] fRe = new float[2][2][];
        float[][][] fIm = new float[2][2][];
        float[][][] pairRe = new float[2][1][];
        float[][][] pairIm = new float[2][1][];
        for (int j = 0; j < 2; j++) {
            float[][] column = {h[0][j], h[1][j]};
            FloatFftConvolver.filterSpectra(scratch, fft, column, 0, 0, maxLen, pairRe, pairIm, 0);
            for (int c = 0; c < 2; c++) {
                if (pairRe[c][0] == null) {
                    // an empty filter: a zero spectrum
                    pairRe[c][0] = scratch.take(n);
                    pairIm[c][0] = scratch.take(n);
                    java.util.Arrays.fill(pairRe[c][0], 0f);
                    java.util.Arrays.fill(pairIm[c][0], 0f);
                }
                fRe[c][j] = pairRe[c][0];
                fIm[c][j] = pairIm[c][0];
                pairRe[c][0] = null;
                pairIm[c][0] = null;
            }
        }
        float[] zr = scratch.take(n);
        float[] zi = scratch.take(n);
        int blocks = (int) (((long) end + step - 1) / step);
        for (int b = 0; b < blocks; b++) {
            long start = (long) b * step + step - n;
            FloatFftConvolver.window(x0, 0, x0.length, start, zr, n);
            FloatFftConvolver.window(x1, 0, x1.length, start, zi, n);
            fft.forwardScrambled(zr, zi);
            combine(zr, zi, fRe, fIm, n);
            fft.inverseScrambled(zr, zi);
            int outStart = b * step;
            int lo = Math.max(outStart, from);
            int hi = Math.min(outStart + step, end);
            int base = n - step - outStart;
            for (int t = lo; t < hi; t++) {
                y[0][t - from] = zr[base + t];
                y[1][t - from] = zi[base + t];
            }
        }
    }

    /**
     * In place: Z = FFT(x0 + i x1) becomes P = Y0 + i Y1 with Y_c = X0 F[c][0] + X1 F[c][1], where X0 = (Z[k]
     * + conj Z[-k]) / 2 and X1 = (Z[k] - conj Z[-k]) / 2i; Y_c[-k] = conj Y_c[k] since y_c is real.
     */
    private static void combine(float[] zr, float[] zi, float[][][] fRe, float[][][] fIm, int n) {
        float[] a0r = fRe[0][0];
        float[] a0i = fIm[0][0];
        float[] a1r = fRe[0][1];
        float[] a1i = fIm[0][1];
        float[] b0r = fRe[1][0];
        float[] b0i = fIm[1][0];
        float[] b1r = fRe[1][1];
        float[] b1i = fIm[1][1];
        // bins 0 and N/2 (positions 0 and 1): every spectrum is real there
        for (int q = 0; q < Math.min(2, n); q++) {
            float x0 = zr[q];
            float x1 = zi[q];
            zr[q] = x0 * a0r[q] + x1 * a1r[q];
            zi[q] = x0 * b0r[q] + x1 * b1r[q];
        }
        for (int lo = 2; lo < n; lo <<= 1) {
            for (int q = lo, p = 2 * lo - 1; q < p; q++, p--) {
                float zqr = zr[q];
                float zqi = zi[q];
                float zpr = zr[p];
                float zpi = zi[p];
                // X0 = (Zq + conj Zp) / 2, X1 = (Zq - conj Zp) / 2i
                float x0r = 0.5f * (zqr + zpr);
                float x0i = 0.5f * (zqi - zpi);
                float x1r = 0.5f * (zqi + zpi);
                float x1i = 0.5f * (zpr - zqr);
                float y0r = x0r * a0r[q] - x0i * a0i[q] + x1r * a1r[q] - x1i * a1i[q];
                float y0i = x0r * a0i[q] + x0i * a0r[q] + x1r * a1i[q] + x1i * a1r[q];
                float y1r = x0r * b0r[q] - x0i * b0i[q] + x1r * b1r[q] - x1i * b1i[q];
                float y1i = x0r * b0i[q] + x0i * b0r[q] + x1r * b1i[q] + x1i * b1r[q];
                // P[q] = Y0 + i Y1, P[p] = conj Y0 + i conj Y1
                zr[q] = y0r - y1i;
                zi[q] = y0i + y1r;
                zr[p] = y0r + y1i;
                zi[p] = y1r - y0i;
            }
        }
    }
}
