package dev.earshot.audio.dsp;

import java.util.Arrays;
import org.jtransforms.fft.FloatFFT_1D;

/**
 * Streaming convolution of one input with several impulse responses at once (for example the left
 * and right ear HRIRs of a binaural renderer), by uniformly partitioned overlap-save with a
 * frequency-domain delay line.
 *
 * <p>Scheme: block size {@code B} (a power of two), FFT size {@code N = 2B}, each impulse response
 * cut into {@code P = ceil(length / B)} partitions whose spectra are precomputed. Per input block the
 * last {@code 2B} input samples are transformed once (shared by all outputs) and pushed into the
 * delay line; output {@code k} is the inverse FFT of {@code sum_p X[n - p] * H_k[p]}, of which the
 * last B samples are exact linear-convolution output. Output block n depends only on input blocks
 * &le; n, so the latency is zero. {@link #process} allocates nothing.
 *
 * <p>The impulse responses may be replaced between blocks ({@link #setImpulseResponse}); the input
 * history is kept, so after a swap the output is the convolution of the whole past input with the new
 * filter (switching is not click-free by itself). For click-free filter changes, give one
 * convolver two sets of outputs (for binaural: old left/right and new left/right, four outputs) and
 * crossfade between them: because all outputs share the input history, a freshly loaded set is
 * correct from its first block. {@link #setOutputEnabled} skips the idle set outside crossfades, so
 * it costs nothing then.
 *
 * <p>Not thread-safe; one instance per stream.
 */
public final class MultiPartitionedConvolver {
    private final int blockSize;
    private final int fftSize;
    private final int maxPartitions;
    private final FloatFFT_1D fft;
    private final float[] previous;
    private final float[][] delayLine;
    private final float[][][] spectra;
    private final int[] partitions;
    private final int[] irLengths;
    private final float[] acc;
    private final boolean[] enabled;
    private int head;

    /**
     * Builds a convolver whose impulse responses may later be replaced by ones of at most the longest
     * initial length.
     *
     * @param impulseResponses one filter per output, each of length &ge; 1 (copied)
     * @param blockSize        samples per block, a power of two in [2, 2^20]
     * @throws IllegalArgumentException on an empty filter list, an empty filter or a bad block size
     */
    public MultiPartitionedConvolver(float[][] impulseResponses, int blockSize) {
        this(impulseResponses, blockSize, maxLength(impulseResponses));
    }

    /**
     * Builds a convolver with room for impulse responses of up to {@code maxIrLength} samples.
     *
     * @param impulseResponses one filter per output, each of length in [1, maxIrLength] (copied)
     * @param blockSize        samples per block, a power of two in [2, 2^20]
     * @param maxIrLength      the longest impulse response {@link #setImpulseResponse} will accept
     * @throws IllegalArgumentException on an empty filter list, a filter of bad length or a bad block size
     */
    public MultiPartitionedConvolver(float[][] impulseResponses, int blockSize, int maxIrLength) {
        if (impulseResponses == null || impulseResponses.length == 0) {
            throw new IllegalArgumentException("impulseResponses: need at least one filter");
        }
        if (blockSize < 2 || blockSize > (1 << 20) || Integer.bitCount(blockSize) != 1) {
            throw new IllegalArgumentException("blockSize must be a power of two in [2, 2^20], got " + blockSize);
        }
        if (maxIrLength < 1) {
            throw new IllegalArgumentException("maxIrLength must be >= 1, got " + maxIrLength);
        }
        this.blockSize = blockSize;
        this.fftSize = 2 * blockSize;
        this.maxPartitions = (int) (((long) maxIrLength + blockSize - 1) / blockSize);
        this.fft = new FloatFFT_1D(fftSize);
        this.previous = new float[blockSize];
        this.delayLine = new float[maxPartitions][fftSize];
        this.spectra = new float[impulseResponses.length][maxPartitions][fftSize];
        this.partitions = new int[impulseResponses.length];
        this.irLengths = new int[impulseResponses.length];
        this.acc = new float[fftSize];
        this.enabled = new boolean[impulseResponses.length];
        Arrays.fill(enabled, true);
        for (int k = 0; k < impulseResponses.length; k++) {
            setImpulseResponse(k, impulseResponses[k]);
        }
    }

    private static int maxLength(float[][] irs) {
        if (irs == null || irs.length == 0) {
            throw new IllegalArgumentException("impulseResponses: need at least one filter");
        }
        int m = 0;
        for (int k = 0; k < irs.length; k++) {
            if (irs[k] == null) {
                throw new IllegalArgumentException("impulseResponses[" + k + "] is null");
            }
            m = Math.max(m, irs[k].length);
        }
        return m;
    }

    /** @return samples per block */
    public int blockSize() {
        return blockSize;
    }

    /** @return the number of outputs (filters) */
    public int outputs() {
        return spectra.length;
    }

    /**
     * Enables or disables the computation of one output. A disabled output costs nothing in
     * {@link #process}, and its output array is left untouched there; the shared input history keeps
     * being recorded, so re-enabling it gives correct output from the next block.
     *
     * @param output  output index, 0-based
     * @param enabled whether {@link #process} computes it (initially true)
     * @throws IndexOutOfBoundsException if output is not a valid output index
     */
    public void setOutputEnabled(int output, boolean enabled) {
        if (output < 0 || output >= spectra.length) {
            throw new IndexOutOfBoundsException("output " + output + " of " + spectra.length);
        }
        this.enabled[output] = enabled;
    }

    /**
     * @param output output index, 0-based
     * @return whether {@link #process} computes that output
     */
    public boolean isOutputEnabled(int output) {
        return enabled[output];
    }

    /** @return the longest impulse response, in samples, that fits (a multiple of the block size) */
    public int capacitySamples() {
        return maxPartitions * blockSize;
    }

    /** @return the latency in samples: 0 (output block n depends on input blocks up to n) */
    public int latencySamples() {
        return 0;
    }

    /**
     * Replaces the impulse response of one output; takes effect from the next processed block.
     * Allocation-free (costs one FFT per partition).
     *
     * @param output          output index, 0-based
     * @param impulseResponse the new filter, length in [1, {@link #capacitySamples()}] (copied)
     * @throws IllegalArgumentException if the filter is null, empty or too long
     * @throws IndexOutOfBoundsException if output is not a valid output index
     */
    public void setImpulseResponse(int output, float[] impulseResponse) {
        if (output < 0 || output >= spectra.length) {
            throw new IndexOutOfBoundsException("output " + output + " of " + spectra.length);
        }
        if (impulseResponse == null || impulseResponse.length == 0) {
            throw new IllegalArgumentException("impulseResponse for output " + output + " must have at least one sample");
        }
        int parts = (impulseResponse.length + blockSize - 1) / blockSize;
        if (parts > maxPartitions) {
            throw new IllegalArgumentException("impulseResponse for output " + output + " has " + impulseResponse.length
                    + " samples, more than the capacity of " + capacitySamples()
                    + " (construct with a larger maxIrLength)");
        }
        // JTransforms' unscaled realInverse returns N/2 times the signal: fold 2/N into the filter
        float scale = 2f / fftSize;
        float[][] target = spectra[output];
        for (int p = 0; p < parts; p++) {
            float[] s = target[p];
            int from = p * blockSize;
            int count = Math.min(blockSize, impulseResponse.length - from);
            for (int i = 0; i < count; i++) {
                s[i] = impulseResponse[from + i] * scale;
            }
            Arrays.fill(s, count, fftSize, 0f);
            fft.realForward(s);
        }
        partitions[output] = parts;
        irLengths[output] = impulseResponse.length;
    }

    /**
     * Replaces all impulse responses (see {@link #setImpulseResponse(int, float[])}).
     *
     * @param impulseResponses one filter per output
     * @throws IllegalArgumentException if the count differs from {@link #outputs()} or a filter is bad
     */
    public void setImpulseResponses(float[][] impulseResponses) {
        if (impulseResponses == null || impulseResponses.length != spectra.length) {
            throw new IllegalArgumentException("impulseResponses: expected " + spectra.length + " filters, got "
                    + (impulseResponses == null ? "null" : impulseResponses.length));
        }
        for (int k = 0; k < impulseResponses.length; k++) {
            setImpulseResponse(k, impulseResponses[k]);
        }
    }

    /** Clears the input history (as if only zeros had been processed); keeps the filters. */
    public void reset() {
        Arrays.fill(previous, 0f);
        for (float[] d : delayLine) {
            Arrays.fill(d, 0f);
        }
        head = 0;
    }

    /**
     * Convolves the next block.
     *
     * @param in  exactly blockSize input samples
     * @param out one array per output, each of at least blockSize samples; the first blockSize are
     *            written (for enabled outputs)
     * @throws IllegalArgumentException if an array is too short or the output count is wrong
     */
    public void process(float[] in, float[][] out) {
        if (out == null || out.length != spectra.length) {
            throw new IllegalArgumentException("out: expected " + spectra.length + " arrays");
        }
        if (in == null || in.length < blockSize) {
            throw new IllegalArgumentException("in: expected " + blockSize + " samples");
        }
        for (float[] o : out) {
            if (o == null || o.length < blockSize) {
                throw new IllegalArgumentException("out: every array needs " + blockSize + " samples");
            }
        }
        pushInput(in, 0);
        for (int k = 0; k < spectra.length; k++) {
            if (enabled[k]) {
                convolveInto(k, out[k], 0);
            }
        }
    }

    /**
     * Convolves the next block, reading and writing at offsets (for interleaving with larger arrays).
     *
     * @param in        input array; samples [inOffset, inOffset + blockSize) are read
     * @param inOffset  first input sample
     * @param out       one array per output; samples [outOffset, outOffset + blockSize) are written
     * @param outOffset first output sample
     * @throws IndexOutOfBoundsException if a range does not fit its array
     */
    public void process(float[] in, int inOffset, float[][] out, int outOffset) {
        if (out.length != spectra.length) {
            throw new IllegalArgumentException("out: expected " + spectra.length + " arrays");
        }
        java.util.Objects.checkFromIndexSize(inOffset, blockSize, in.length);
        for (float[] o : out) {
            java.util.Objects.checkFromIndexSize(outOffset, blockSize, o.length);
        }
        pushInput(in, inOffset);
        for (int k = 0; k < spectra.length; k++) {
            if (enabled[k]) {
                convolveInto(k, out[k], outOffset);
            }
        }
    }

    /** Pushes one input block into the delay line (shared by all outputs). */
    void pushInput(float[] in, int inOffset) {
        head = head == 0 ? maxPartitions - 1 : head - 1;
        float[] slot = delayLine[head];
        System.arraycopy(previous, 0, slot, 0, blockSize);
        System.arraycopy(in, inOffset, slot, blockSize, blockSize);
        System.arraycopy(in, inOffset, previous, 0, blockSize);
        fft.realForward(slot);
    }

    /** Computes output k for the most recently pushed block. */
    void convolveInto(int k, float[] out, int outOffset) {
        float[] y = acc;
        Arrays.fill(y, 0f);
        float[][] h = spectra[k];
        int parts = partitions[k];
        int n = fftSize;
        int slotIndex = head;
        for (int p = 0; p < parts; p++) {
            macPacked(y, delayLine[slotIndex], h[p], n);
            slotIndex = slotIndex + 1 == maxPartitions ? 0 : slotIndex + 1;
        }
        fft.realInverse(y, false);
        System.arraycopy(y, blockSize, out, outOffset, blockSize);
    }

    /** y += x * h for spectra in JTransforms' packed real-FFT layout (n even). */
    static void macPacked(float[] y, float[] x, float[] h, int n) {
        y[0] += x[0] * h[0];
        y[1] += x[1] * h[1];
        for (int i = 2; i < n; i += 2) {
            float xr = x[i];
            float xi = x[i + 1];
            float hr = h[i];
            float hi = h[i + 1];
            y[i] += xr * hr - xi * hi;
            y[i + 1] += xr * hi + xi * hr;
        }
    }

    /**
     * The block size that minimises {@link #flopsPerInputSample} for a filter length, among powers of
     * two in [minBlockSize, maxBlockSize]. Larger blocks mean more latency for a caller that must fill
     * them, so callers pass their own upper bound.
     *
     * @param irLength     impulse response length, &ge; 1
     * @param outputs      number of outputs, &ge; 1
     * @param minBlockSize smallest acceptable block size, a power of two &ge; 2
     * @param maxBlockSize largest acceptable block size, a power of two &ge; minBlockSize, &le; 2^20
     * @return the cheapest block size by the flop model
     * @throws IllegalArgumentException on bad bounds
     */
    public static int cheapestBlockSize(int irLength, int outputs, int minBlockSize, int maxBlockSize) {
        if (minBlockSize < 2 || Integer.bitCount(minBlockSize) != 1 || Integer.bitCount(maxBlockSize) != 1
                || maxBlockSize < minBlockSize || maxBlockSize > (1 << 20)) {
            throw new IllegalArgumentException("need powers of two 2 <= minBlockSize <= maxBlockSize <= 2^20, got "
                    + minBlockSize + ", " + maxBlockSize);
        }
        int best = minBlockSize;
        double bestFlops = Double.MAX_VALUE;
        for (int b = minBlockSize; b <= maxBlockSize; b <<= 1) {
            double f = flopsPerInputSample(irLength, b, outputs);
            if (f < bestFlops) {
                bestFlops = f;
                best = b;
            }
        }
        return best;
    }

    /**
     * Floating-point operations per input sample of this scheme, all outputs together.
     *
     * <p>Counting convention: a real FFT or inverse real FFT of size N costs 2.5 N log2 N flops (half
     * the classic 5 N log2 N of a complex radix-2 FFT); a complex multiply-accumulate costs 8 flops per
     * bin (4 multiplies, 4 adds) and there are N/2 + 1 bins per partition. Per block of B input
     * samples: one forward FFT, then for each output P multiply-accumulates and one inverse FFT. Block
     * copies and zeroing are not counted. Example: a 512-tap filter with B = 512 costs
     * (2 x 2.5 x 1024 x 10 + 8 x 513) / 512 = 108.0 flops per sample (direct convolution: 1024).
     *
     * @param irLength  impulse response length in samples (every output), &ge; 1
     * @param blockSize block size B, &ge; 1
     * @param outputs   number of outputs sharing the input spectrum, &ge; 1
     * @return flops per input sample
     */
    public static double flopsPerInputSample(int irLength, int blockSize, int outputs) {
        if (irLength < 1 || blockSize < 1 || outputs < 1) {
            throw new IllegalArgumentException("need irLength, blockSize, outputs >= 1, got "
                    + irLength + ", " + blockSize + ", " + outputs);
        }
        double n = 2.0 * blockSize;
        double fftFlops = 2.5 * n * (Math.log(n) / Math.log(2));
        long parts = ((long) irLength + blockSize - 1) / blockSize;
        double macFlops = 8.0 * (n / 2 + 1) * parts;
        return (fftFlops + outputs * (macFlops + fftFlops)) / blockSize;
    }
}
