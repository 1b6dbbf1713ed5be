package dev.earshot.spatial.render.effects;

import dev.earshot.audio.dsp.Kaiser;
/**
 * A delay line read at a fractional, time-varying delay by Kaiser-windowed sinc interpolation.
 *
 * <p>Output sample n is the band-limited reconstruction of the input at time {@code n - D[n]}. When
 * the delay changes from sample to sample (a moving source fed with its propagation delay) the read
 * position moves at a rate {@code 1 - dD/dn}, which is exactly the Doppler frequency shift; feed it the
 * retarded delay of {@link DistanceModel#retardedDelayS} for the physically correct shift.
 *
 * <p>The interpolation kernel has {@code 2 * halfLength} taps; reading needs {@code halfLength}
 * samples after the read point, so delays must lie in [{@link #minDelaySamples()},
 * {@link #maxDelaySamples()}] (they are clamped into that range). The kernel is tabulated at 512
 * fractional phases and linearly interpolated between them. Accuracy for signals below 0.4 fs with
 * the default half length 16 is better than -70 dB. No anti-aliasing is applied for read rates above 1
 * (sources approaching faster than about 20 % of the speed of sound alias near Nyquist).
 *
 * <p>Not thread-safe; {@link #process} allocates nothing.
 */
public final class FractionalDelay {
    /** Default kernel half length (32 taps). */
    public static final int DEFAULT_HALF_LENGTH = 16;
    private static final int PHASES = 512;
    private static final double KAISER_BETA = 8.0;

    private final int halfLength;
    private final int taps;
    private final int maxDelay;
    private final double[] table;
    private final float[] buffer;
    private final int mask;
    private int write;

    /**
     * A delay line with the default kernel.
     *
     * @param maxDelaySamples the largest delay that will be asked for, in samples, at least 16
     */
    public FractionalDelay(int maxDelaySamples) {
        this(maxDelaySamples, DEFAULT_HALF_LENGTH);
    }

    /**
     * A delay line.
     *
     * @param maxDelaySamples the largest delay that will be asked for, in samples, at least halfLength
     * @param halfLength      half the interpolation kernel length, in [2, 64]
     * @throws IllegalArgumentException if out of range
     */
    public FractionalDelay(int maxDelaySamples, int halfLength) {
        if (halfLength < 2 || halfLength > 64) {
            throw new IllegalArgumentException("halfLength must be in [2, 64], got " + halfLength);
        }
        if (maxDelaySamples < halfLength || maxDelaySamples > (1 << 26)) {
            throw new IllegalArgumentException("maxDelaySamples must be in [" + halfLength + ", 2^26], got "
                    + maxDelaySamples);
        }
        this.halfLength = halfLength;
        this.taps = 2 * halfLength;
        this.maxDelay = maxDelaySamples;
        int size = Integer.highestOneBit(maxDelaySamples + taps + 2) << 1;
        this.buffer = new float[2 * size]; // mirrored: every sample is stored at i and i + size
        this.mask = size - 1;
        this.table = TABLES.computeIfAbsent(halfLength, FractionalDelay::buildTable);
    }

    /** Kernel tables by half length: immutable once built, shared by every delay line. */
    private static final java.util.concurrent.ConcurrentMap<Integer, double[]> TABLES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static double[] buildTable(int h) {
        int taps = 2 * h;
        double[] t = new double[(PHASES + 1) * taps];
        for (int p = 0; p <= PHASES; p++) {
            double mu = (double) p / PHASES;
            double sum = 0;
            for (int j = 0; j < taps; j++) {
                double x = (j - h + 1) - mu;
                double v = sinc(x) * Kaiser.window(x / h, KAISER_BETA);
                t[p * taps + j] = v;
                sum += v;
            }
            for (int j = 0; j < taps; j++) {
                t[p * taps + j] /= sum; // unit gain at DC for every phase
            }
        }
        return t;
    }

    private static double sinc(double x) {
        if (Math.abs(x) < 1e-12) {
            return 1;
        }
        double px = Math.PI * x;
        return Math.sin(px) / px;
    }

    /** @return the smallest delay this line can produce, in samples (the kernel half length) */
    public int minDelaySamples() {
        return halfLength;
    }

    /** @return the largest delay, in samples, as given to the constructor */
    public int maxDelaySamples() {
        return maxDelay;
    }

    /** Clears the line to silence. */
    public void reset() {
        java.util.Arrays.fill(buffer, 0f);
        write = 0;
    }

    /**
     * Pushes one input sample and reads the delayed output.
     *
     * @param x            input sample
     * @param delaySamples delay in samples (clamped into [min, max])
     * @return the input delayed by that amount
     */
    public float process(float x, double delaySamples) {
        buffer[write] = x;
        buffer[write + mask + 1] = x;
        int newest = write;
        write = (write + 1) & mask;
        return read(newest, delaySamples);
    }

    /**
     * Processes a block with a delay that moves linearly from {@code delayStartSamples} (for the
     * first sample) towards {@code delayEndSamples}, which is reached at the first sample of the next
     * block; calling block after block with each end as the next start gives a continuous delay path.
     *
     * @param in                input samples
     * @param inOffset          first input index
     * @param out               output samples (may be the same array as in, same offset)
     * @param outOffset         first output index
     * @param length            number of samples
     * @param delayStartSamples delay for the first sample
     * @param delayEndSamples   delay one sample past the end of the block
     */
    public void process(float[] in, int inOffset, float[] out, int outOffset, int length,
                        double delayStartSamples, double delayEndSamples) {
        double step = (delayEndSamples - delayStartSamples) / length;
        for (int i = 0; i < length; i++) {
            out[outOffset + i] = process(in[inOffset + i], delayStartSamples + step * i);
        }
    }

    /**
     * Processes a block with one delay per sample.
     *
     * @param in           input samples
     * @param out          output samples (may be the same array as in)
     * @param delaySamples delay for each sample, in samples
     * @param length       number of samples (from index 0 of each array)
     */
    public void process(float[] in, float[] out, double[] delaySamples, int length) {
        for (int i = 0; i < length; i++) {
            out[i] = process(in[i], delaySamples[i]);
        }
    }

    private float read(int newest, double delaySamples) {
        double d = delaySamples;
        if (!(d >= halfLength)) {
            d = halfLength; // also catches NaN
        } else if (d > maxDelay) {
            d = maxDelay;
        }
        int dInt = (int) Math.floor(d);
        double dFrac = d - dInt;
        int m0;
        double mu;
        if (dFrac == 0) {
            m0 = newest - dInt;
            mu = 0;
        } else {
            m0 = newest - dInt - 1;
            mu = 1 - dFrac;
        }
        double pos = mu * PHASES;
        int p = (int) pos;
        if (p >= PHASES) {
            p = PHASES - 1;
        }
        double g = pos - p;
        int t0 = p * taps;
        int t1 = t0 + taps;
        int start = (m0 - halfLength + 1) & mask; // [start, start + taps) is contiguous in the mirror
        double acc0 = 0;
        double acc1 = 0;
        for (int j = 0; j < taps; j++) {
            double x = buffer[start + j];
            acc0 += x * table[t0 + j];
            acc1 += x * table[t1 + j];
        }
        double acc = acc0 + g * (acc1 - acc0);
        return (float) acc;
    }
}
