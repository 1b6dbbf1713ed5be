package dev.earshot.audio.dsp;

import dev.earshot.audio.dsp.fft.ComplexFft;
import dev.earshot.audio.dsp.fft.Spectra;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-shot linear convolution of one real signal with one or more real filters in single precision,
 * with the project's own FFT ({@link ComplexFft}, vectorised when the JVM has
 * {@code jdk.incubator.vector}), returning only the first {@code outLength} output samples (for
 * example a dry clip convolved with the channels of a room impulse response, cut to the clip length).
 * Equal to {@code scipy.signal.fftconvolve(x, h)[:outLength]} (zero-padded past the full length) up to
 * float rounding: the maximum error is about {@code 1e-6} of the largest output (tested against scipy
 * fixtures and the double-precision {@link FftConvolver}).
 *
 * <p>Scheme. The signal (as far as the kept outputs need it) is split into two halves that are
 * convolved as one complex signal {@code z = x_A + i x_B}: since the filters are real, the real part
 * of {@code z * h} is {@code x_A * h} and the imaginary part {@code x_B * h}, so one complex FFT
 * transforms two real input blocks. The split point balances the two streams' output lengths ({@code x_A}
 * also has to produce its convolution tail). The filters are uniformly partitioned (or, for a
 * long enough FFT, kept whole: plain overlap-save) with a frequency-domain delay line; each partition's
 * spectra of two channels come from one complex FFT of {@code h_a + i h_b}, separated by conjugate
 * symmetry. Per block of the complex stream: one forward FFT shared by all channels, one
 * multiply-accumulate per channel and partition, one inverse FFT per channel. Spectra stay in the
 * FFT's bit-reversed order (no permutation pass). The FFT size and partitioning are chosen by a cost
 * model ({@link Plan#choose}) whose constants were measured (docs/BENCHMARKS.md).
 *
 * <p>Deterministic: the plan depends only on the lengths, and the arithmetic only on the data, so the
 * same inputs give the same bits in every JVM whose FFT kernels round alike (the plain-Java and the
 * Vector API kernels are meant to round identically). Thread-safe: work arrays come from a per-thread
 * pool (at most 48 MB kept per thread, see {@code FftScratch}); FFT tables are shared (immutable).
 */
public final class FloatFftConvolver {
    /** Problems of at most this many multiply-adds (signal samples used x filter length) use the direct sum. */
    static final long DIRECT_MAX_MACS = 1L << 15;
    private static final ConcurrentHashMap<Integer, ComplexFft> FFTS = new ConcurrentHashMap<>();

    private FloatFftConvolver() {
    }

    /**
     * Full linear convolution, {@code x.length + h.length - 1} samples.
     *
     * @param x signal
     * @param h impulse response
     * @return x * h (empty if either input is empty); commutative
     * @throws IllegalArgumentException if an input is null or the output would not fit in an array
     */
    public static float[] convolve(float[] x, float[] h) {
        if (x == null || h == null) {
            throw new IllegalArgumentException("convolve: x and h must not be null");
        }
        if (x.length == 0 || h.length == 0) {
            return new float[0];
        }
        long full = (long) x.length + h.length - 1;
        if (full > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("convolution output of " + full + " samples is too long for one array");
        }
        // the longer input is the stream, the shorter the filter
        float[] a = x.length >= h.length ? x : h;
        float[] b = x.length >= h.length ? h : x;
        return convolve(a, new float[][] {b}, (int) full)[0];
    }

    /**
     * The first {@code outLength} samples of the linear convolution of one signal with each filter.
     *
     * @param x         signal
     * @param irs       filters, one per output (each may have its own length; an empty one gives zeros)
     * @param outLength samples to return per output, &ge; 0 (past the full length
     *                  {@code x.length + h.length - 1} the samples are zero)
     * @return {@code result[k][t] = sum_j x[t - j] irs[k][j]} for t in [0, outLength)
     * @throws IllegalArgumentException if an argument or filter is null or outLength is negative
     */
    public static float[][] convolve(float[] x, float[][] irs, int outLength) {
        if (x == null || irs == null) {
            throw new IllegalArgumentException("convolve: x and irs must not be null");
        }
        if (outLength < 0) {
            throw new IllegalArgumentException("convolve: outLength must be >= 0, got " + outLength);
        }
        int maxLen = 0;
        for (int k = 0; k < irs.length; k++) {
            if (irs[k] == null) {
                throw new IllegalArgumentException("convolve: irs[" + k + "] is null");
            }
            maxLen = Math.max(maxLen, irs[k].length);
        }
        float[][] y = new float[irs.length][outLength];
        int nx = Math.min(x.length, outLength);
        if (nx == 0 || maxLen == 0) {
            return y;
        }
        if ((long) nx * maxLen <= DIRECT_MAX_MACS || maxLen <= 4) {
            for (int k = 0; k < irs.length; k++) {
                direct(x, nx, irs[k], y[k]);
            }
            return y;
        }
        Streams s = Streams.split(nx, maxLen, outLength);
        Plan plan = Plan.choose(s.streamLength(), maxLen, irs.length, false);
        run(x, s, irs, plan, y);
        return y;
    }

    /** Direct sum in double precision: y[t] = sum_j x[t - j] h[j], t in [0, y.length), x cut at nx. */
    static void direct(float[] x, int nx, float[] h, float[] y) {
        for (int t = 0; t < y.length; t++) {
            int jLo = Math.max(0, t - nx + 1);
            int jHi = Math.min(h.length - 1, t);
            double acc = 0;
            for (int j = jLo; j <= jHi; j++) {
                acc += (double) h[j] * x[t - j];
            }
            y[t] = (float) acc;
        }
    }

    /**
     * The two halves of the signal: stream A is x[0, split), stream B is x[split, nx); A's outputs fill
     * y[0, lengthA), B's fill y[split, split + lengthB).
     */
    record Streams(int nx, int split, int lengthA, int lengthB) {
        static Streams split(int nx, int irLength, int outLength) {
            // balance A's output length (split + irLength - 1) against B's (outLength - split)
            long balanced = ((long) outLength - irLength + 2) / 2;
            int split = (int) Math.max(1, Math.min(nx, balanced));
            int lengthA = (int) Math.min(outLength, (long) split + irLength - 1);
            int lengthB = split < nx ? outLength - split : 0;
            return new Streams(nx, split, lengthA, lengthB);
        }

        int streamLength() {
            return Math.max(lengthA, lengthB);
        }
    }

    /**
     * Block geometry: complex FFT size N, output step B per block, filter partitions of length Lp =
     * lag x B (or the whole filter when there is one partition), P partitions; partition p applies to
     * the input block p x lag blocks back. Requires B + Lp - 1 &le; N.
     */
    record Plan(int fftSize, int step, int partitionLength, int partitions, int lag) {
        Plan {
            if (Integer.bitCount(fftSize) != 1 || step < 1 || partitionLength < 1 || partitions < 1 || lag < 1
                    || (long) step + partitionLength - 1 > fftSize
                    || (partitions > 1 && partitionLength != (long) lag * step)) {
                throw new IllegalArgumentException("bad convolution plan " + fftSize + "/" + step + "/"
                        + partitionLength + "/" + partitions + "/" + lag);
            }
        }

        /** Smallest FFT size considered. */
        static final int MIN_FFT = 64;
        /** Largest FFT size considered (2^22 points). */
        static final int MAX_FFT = 1 << 22;

        /**
         * The cheapest plan by the cost model: per block one forward FFT and one inverse FFT per
         * channel, per block and partition one multiply-accumulate per channel, per partition
         * ceil(channels / 2) filter FFTs.
         *
         * @param streamLength outputs the complex stream must produce
         * @param irLength     longest filter
         * @param channels     number of filters
         * @param uniformOnly  only uniform partitions with B = N / 2 (for tests)
         * @return the plan of least estimated cost
         */
        static Plan choose(int streamLength, int irLength, int channels, boolean uniformOnly) {
            Plan best = null;
            double bestCost = Double.MAX_VALUE;
            for (int n = MIN_FFT; n <= MAX_FFT; n <<= 1) {
                // one partition (overlap-save with the whole filter)
                if (!uniformOnly && n >= irLength + 1) {
                    int step = n - irLength + 1;
                    Plan p = new Plan(n, step, irLength, 1, 1);
                    double c = p.cost(streamLength, channels);
                    if (c < bestCost) {
                        bestCost = c;
                        best = p;
                    }
                }
                for (int lag = 1; lag <= (uniformOnly ? 1 : 3); lag++) {
                    int step = n / (lag + 1);
                    int lp = lag * step;
                    int parts = (int) (((long) irLength + lp - 1) / lp);
                    if (parts < 2 && !uniformOnly) {
                        continue;
                    }
                    Plan p = new Plan(n, step, lp, parts, lag);
                    double c = p.cost(streamLength, channels);
                    if (c < bestCost) {
                        bestCost = c;
                        best = p;
                    }
                }
                if (n >= 2L * ((long) streamLength + irLength)) {
                    break;
                }
            }
            return best;
        }

        /** Estimated cost in nanoseconds (see {@link #fftCost} for the constants). */
        double cost(int streamLength, int channels) {
            long blocks = ((long) streamLength + step - 1) / step;
            double fft = fftCost(fftSize);
            // multiply-accumulates: block b uses min(P, b / lag + 1) partitions
            long macs = 0;
            for (int p = 0; p < partitions; p++) {
                macs += Math.max(0, blocks - (long) p * lag);
            }
            return fft * (blocks * (1.0 + channels) + partitions * ((channels + 1) / 2))
                    + MAC_NS_PER_BIN * fftSize * (double) macs * channels;
        }

        /**
         * Estimated ns of one complex FFT of size n: n log2 n times a per-size constant. The constants
         * are a least-squares fit to whole-convolution timings of the plans (10-s signal at 32 kHz,
         * 12,000 to 86,000-tap two-channel filters, Vector API kernels, thread CPU time on a loaded
         * 2-core machine, so rounded): 0.35 ns up to 2^14 points, 0.47 ns to 2^17, 0.6 ns at 2^18, then
         * rising as the arrays leave the caches. The plan never depends on which kernels run, so that
         * both give the same bits.
         */
        static double fftCost(int n) {
            int log2 = Integer.numberOfTrailingZeros(n);
            double perPoint = log2 <= 14 ? 0.35 : log2 <= 17 ? 0.47 : log2 == 18 ? 0.6 : log2 == 19 ? 0.95 : 1.1;
            return perPoint * n * log2;
        }
    }

    /**
     * Estimated ns per bin of one complex multiply-accumulate of split spectra (memory-bound: six arrays
     * streamed; same fit as {@link Plan#fftCost}).
     */
    static final double MAC_NS_PER_BIN = 2.0;

    /** @return the shared FFT of size n (power of two) */
    static ComplexFft fft(int n) {
        return FFTS.computeIfAbsent(n, ComplexFft::new);
    }

    /** Runs a plan; y must be zero-filled, one array per filter. */
    static void run(float[] x, Streams s, float[][] irs, Plan plan, float[][] y) {
        ComplexFft fft = fft(plan.fftSize());
        FftScratch scratch = FftScratch.get();
        try {
            runWith(scratch, fft, x, s, irs, plan, y);
        } finally {
            scratch.releaseAll();
        }
    }

    private static void runWith(FftScratch scratch, ComplexFft fft, float[] x, Streams s, float[][] irs, Plan plan,
                                float[][] y) {
        int n = plan.fftSize();
        int step = plan.step();
        int lp = plan.partitionLength();
        int parts = plan.partitions();
        int lag = plan.lag();
        int channels = irs.length;
        // filter spectra [channel][partition], scaled by 1/N (the inverse FFT is unscaled)
        float[][][] hRe = new float[channels][parts][];
        float[][][] hIm = new float[channels][parts][];
        for (int c = 0; c < channels; c += 2) {
            for (int p = 0; p < parts; p++) {
                filterSpectra(scratch, fft, irs, c, p * lp, lp, hRe, hIm, p);
            }
        }
        int ring = (parts - 1) * lag + 1;
        float[][] xRe = new float[ring][];
        float[][] xIm = new float[ring][];
        for (int i = 0; i < ring; i++) {
            xRe[i] = scratch.take(n);
            xIm[i] = scratch.take(n);
        }
        float[] accRe = scratch.take(n);
        float[] accIm = scratch.take(n);
        int blocks = (int) (((long) s.streamLength() + step - 1) / step);
        int lengthB = s.nx() - s.split();
        for (int b = 0; b < blocks; b++) {
            int slot = b % ring;
            float[] zr = xRe[slot];
            float[] zi = xIm[slot];
            long start = (long) b * step + step - n; // window [start, start + n) of each stream
            window(x, 0, s.split(), start, zr, n);
            window(x, s.split(), lengthB, start, zi, n);
            fft.forwardScrambled(zr, zi);
            int outStart = b * step;
            int countA = Math.min(step, s.lengthA() - outStart);
            int countB = Math.min(step, s.lengthB() - outStart);
            for (int c = 0; c < channels; c++) {
                if (irs[c].length == 0) {
                    continue;
                }
                boolean first = true;
                for (int p = 0; p < parts; p++) {
                    int older = b - p * lag;
                    if (older < 0) {
                        break;
                    }
                    if (hRe[c][p] == null) {
                        continue; // partition past this filter's end
                    }
                    int o = older % ring;
                    if (first) {
                        Spectra.multiply(accRe, accIm, xRe[o], xIm[o], hRe[c][p], hIm[c][p], n);
                        first = false;
                    } else {
                        Spectra.multiplyAccumulate(accRe, accIm, xRe[o], xIm[o], hRe[c][p], hIm[c][p], n);
                    }
                }
                if (first) {
                    continue;
                }
                fft.inverseScrambled(accRe, accIm);
                float[] out = y[c];
                int base = n - step;
                for (int i = 0; i < countA; i++) {
                    out[outStart + i] += accRe[base + i];
                }
                int offB = s.split() + outStart;
                for (int i = 0; i < countB; i++) {
                    out[offB + i] += accIm[base + i];
                }
            }
        }
    }

    /** dst[0, n) = x[from + start + i] for stream indices start + i in [0, length), else 0. */
    static void window(float[] x, int from, int length, long start, float[] dst, int n) {
        long lo = Math.max(0, start);
        long hi = Math.min(length, start + n);
        if (hi <= lo) {
            Arrays.fill(dst, 0, n, 0f);
            return;
        }
        int a = (int) (lo - start);
        int b = (int) (hi - start);
        Arrays.fill(dst, 0, a, 0f);
        System.arraycopy(x, from + (int) lo, dst, a, b - a);
        Arrays.fill(dst, b, n, 0f);
    }

    /**
     * Spectra (scrambled order, scaled by 1/N) of partition [from, from + lp) of channels c and c + 1
     * (if any): one complex FFT of h_c + i h_{c+1}, separated by conjugate symmetry. A partition that lies
     * wholly past a filter's end is left null.
     */
    static void filterSpectra(FftScratch scratch, ComplexFft fft, float[][] irs, int c, int from, int lp,
                                      float[][][] hRe, float[][][] hIm, int p) {
        int n = fft.size();
        boolean hasA = irs[c].length > from;
        boolean hasB = c + 1 < irs.length && irs[c + 1].length > from;
        if (!hasA && !hasB) {
            return;
        }
        float[] gr = scratch.take(n);
        float[] gi = scratch.take(n);
        int lenA = hasA ? Math.min(lp, irs[c].length - from) : 0;
        int lenB = hasB ? Math.min(lp, irs[c + 1].length - from) : 0;
        if (hasA) {
            System.arraycopy(irs[c], from, gr, 0, lenA);
        }
        Arrays.fill(gr, lenA, n, 0f);
        if (hasB) {
            System.arraycopy(irs[c + 1], from, gi, 0, lenB);
        }
        Arrays.fill(gi, lenB, n, 0f);
        fft.forwardScrambled(gr, gi);
        float inv = 1f / n;
        if (!hasB) {
            // a real filter alone: its spectrum is G itself
            for (int q = 0; q < n; q++) {
                gr[q] *= inv;
                gi[q] *= inv;
            }
            hRe[c][p] = gr;
            hIm[c][p] = gi;
            return;
        }
        // H_a[k] = (G[k] + conj G[-k]) / 2, H_b[k] = (G[k] - conj G[-k]) / 2i. In the scrambled order bin k
        // sits at position bitReverse(k), and the position of bin -k mod N is the mirror of q inside its
        // octave block [2^m, 2^(m+1)) (q = 0 and q = 1, bins 0 and N/2, are their own partners): with k's
        // lowest set bit at p, -k keeps that bit and complements the ones above it, i.e. bitReverse(-k)
        // keeps q's top bit and complements the ones below it: 3 * 2^m - 1 - q. So the pairs are walked
        // from both ends of each block, sequentially. H_a overwrites G in place.
        float[] br = scratch.take(n);
        float[] bi = scratch.take(n);
        float s = 0.5f * inv;
        for (int q = 0; q < Math.min(2, n); q++) {
            float a = gr[q];
            float b = gi[q];
            gr[q] = (a + a) * s;
            gi[q] = 0f;
            br[q] = (b + b) * s;
            bi[q] = 0f;
        }
        for (int lo = 2; lo < n; lo <<= 1) {
            for (int q = lo, r = 2 * lo - 1; q < r; q++, r--) {
                float a = gr[q];
                float b = gi[q];
                float cr = gr[r];
                float ci = gi[r];
                gr[q] = (a + cr) * s;
                gi[q] = (b - ci) * s;
                br[q] = (b + ci) * s;
                bi[q] = (cr - a) * s;
                gr[r] = (cr + a) * s;
                gi[r] = (ci - b) * s;
                br[r] = (ci + b) * s;
                bi[r] = (a - cr) * s;
            }
        }
        float[] ar = gr;
        float[] ai = gi;
        if (hasA) {
            hRe[c][p] = ar;
            hIm[c][p] = ai;
        }
        if (hasB) {
            hRe[c + 1][p] = br;
            hIm[c + 1][p] = bi;
        }
    }
}
