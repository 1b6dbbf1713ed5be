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
 * &le; n, so the latency is zero. {@link #process} allocates nothing. Spectra are stored split
 * (separate real and imaginary arrays of the B + 1 bins) so that the multiply-accumulate loops
 * vectorise; the FFTs are JTransforms' real FFTs.
 *
 * <p>The impulse responses may be replaced between blocks ({@link #setImpulseResponse}); the input
 * history is kept, so after a swap the output is the convolution of the whole past input with the new
 * filter (switching is not click-free by itself). For click-free filter changes, give one
 * convolver two sets of outputs (for binaural: old left/right and new left/right, four outputs) and
 * crossfade between them: because all outputs share the input history, a freshly loaded set is
 * correct from its first block. {@link #setOutputEnabled} skips the idle set outside crossfades, so
 * it costs nothing then.
 *
 * <p>Not thread-safe; one instance per stream. Block sizes up to 2048 run entirely on the calling
 * thread; from 4096 on, JTransforms may split each FFT over its worker threads (which allocates per
 * call), so real-time callers should stay at or below 2048.
 */
public final class MultiPartitionedConvolver {
    private final int blockSize;
    private final int fftSize;
    private final int maxPartitions;
    private final int bins;
    private final FloatFFT_1D fft;
    private final float[] previous;
    /** FFT work buffer (JTransforms packed layout). */
    private final float[] work;
    /** Delay line of input spectra, split layout: real and imaginary parts of bins 0..B. */
    private final float[][] delayRe;
    private final float[][] delayIm;
    /** Filter partition spectra [output][partition][bin], split layout, scaled for the inverse FFT. */
    private final float[][][] specRe;
    private final float[][][] specIm;
    private final int[] partitions;
    private final int[] irLengths;
    private final float[] accRe;
    private final float[] accIm;
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
        this.bins = blockSize + 1;
        this.fft = new FloatFFT_1D(fftSize);
        this.previous = new float[blockSize];
        this.work = new float[fftSize];
        this.delayRe = new float[maxPartitions][bins];
        this.delayIm = new float[maxPartitions][bins];
        this.specRe = new float[impulseResponses.length][maxPartitions][bins];
        this.specIm = new float[impulseResponses.length][maxPartitions][bins];
        this.partitions = new int[impulseResponses.length];
        this.irLengths = new int[impulseResponses.length];
        this.accRe = new float[bins];
        this.accIm = new float[bins];
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
        return specRe.length;
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
        if (output < 0 || output >= specRe.length) {
            throw new IndexOutOfBoundsException("output " + output + " of " + specRe.length);
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

    /**
     * @param output output index, 0-based
     * @return the length in samples of that output's current impulse response
     * @throws IndexOutOfBoundsException if output is not a valid output index
     */
    public int impulseResponseLength(int output) {
        if (output < 0 || output >= irLengths.length) {
            throw new IndexOutOfBoundsException("output " + output + " of " + irLengths.length);
        }
        return irLengths[output];
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
        if (output < 0 || output >= specRe.length) {
            throw new IndexOutOfBoundsException("output " + output + " of " + specRe.length);
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
        float[] s = work;
        for (int p = 0; p < parts; p++) {
            int from = p * blockSize;
            int count = Math.min(blockSize, impulseResponse.length - from);
            for (int i = 0; i < count; i++) {
                s[i] = impulseResponse[from + i] * scale;
            }
            Arrays.fill(s, count, fftSize, 0f);
            fft.realForward(s);
            unpack(s, specRe[output][p], specIm[output][p]);
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
        if (impulseResponses == null || impulseResponses.length != specRe.length) {
            throw new IllegalArgumentException("impulseResponses: expected " + specRe.length + " filters, got "
                    + (impulseResponses == null ? "null" : impulseResponses.length));
        }
        for (int k = 0; k < impulseResponses.length; k++) {
            setImpulseResponse(k, impulseResponses[k]);
        }
    }

    /** Clears the input history (as if only zeros had been processed); keeps the filters. */
    public void reset() {
        Arrays.fill(previous, 0f);
        for (int p = 0; p < maxPartitions; p++) {
            Arrays.fill(delayRe[p], 0f);
            Arrays.fill(delayIm[p], 0f);
        }
        head = 0;
    }

    /**
     * Convolves the next block. The input is consumed before any output is written, so an output
     * array may be the input array itself.
     *
     * @param in  exactly blockSize input samples
     * @param out one array per output, each of at least blockSize samples; the first blockSize are
     *            written (for enabled outputs)
     * @throws IllegalArgumentException if an array is too short or the output count is wrong
     */
    public void process(float[] in, float[][] out) {
        if (out == null || out.length != specRe.length) {
            throw new IllegalArgumentException("out: expected " + specRe.length + " arrays");
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
        for (int k = 0; k < specRe.length; k++) {
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
        if (out.length != specRe.length) {
            throw new IllegalArgumentException("out: expected " + specRe.length + " arrays");
        }
        java.util.Objects.checkFromIndexSize(inOffset, blockSize, in.length);
        for (float[] o : out) {
            java.util.Objects.checkFromIndexSize(outOffset, blockSize, o.length);
        }
        pushInput(in, inOffset);
        for (int k = 0; k < specRe.length; k++) {
            if (enabled[k]) {
                convolveInto(k, out[k], outOffset);
            }
        }
    }

    /** Pushes one input block into the delay line (shared by all outputs). */
    void pushInput(float[] in, int inOffset) {
        head = head == 0 ? maxPartitions - 1 : head - 1;
        float[] w = work;
        System.arraycopy(previous, 0, w, 0, blockSize);
        System.arraycopy(in, inOffset, w, blockSize, blockSize);
        System.arraycopy(in, inOffset, previous, 0, blockSize);
        fft.realForward(w);
        unpack(w, delayRe[head], delayIm[head]);
    }

    /** Computes output k for the most recently pushed block. */
    void convolveInto(int k, float[] out, int outOffset) {
        float[][] hr = specRe[k];
        float[][] hi = specIm[k];
        int parts = partitions[k];
        int slot = head;
        multiply(accRe, accIm, delayRe[slot], delayIm[slot], hr[0], hi[0], bins);
        for (int p = 1; p < parts; p++) {
            slot = slot + 1 == maxPartitions ? 0 : slot + 1;
            multiplyAdd(accRe, accIm, delayRe[slot], delayIm[slot], hr[p], hi[p], bins);
        }
        float[] w = work;
        pack(accRe, accIm, w);
        fft.realInverse(w, false);
        System.arraycopy(w, blockSize, out, outOffset, blockSize);
    }

    /** Packed JTransforms spectrum (n = 2(bins-1) values) to split real/imaginary bins 0..n/2. */
    private void unpack(float[] packed, float[] re, float[] im) {
        int half = blockSize;
        re[0] = packed[0];
        im[0] = 0f;
        re[half] = packed[1];
        im[half] = 0f;
        for (int k = 1; k < half; k++) {
            re[k] = packed[2 * k];
            im[k] = packed[2 * k + 1];
        }
    }

    /** Split bins 0..n/2 to JTransforms' packed layout (the imaginary parts of bins 0 and n/2 are dropped). */
    private void pack(float[] re, float[] im, float[] packed) {
        int half = blockSize;
        packed[0] = re[0];
        packed[1] = re[half];
        for (int k = 1; k < half; k++) {
            packed[2 * k] = re[k];
            packed[2 * k + 1] = im[k];
        }
    }

    /** y = x * h, complex, split layout (a loop the JIT vectorises). */
    static void multiply(float[] yr, float[] yi, float[] xr, float[] xi, float[] hr, float[] hi, int n) {
        for (int i = 0; i < n; i++) {
            float a = xr[i];
            float b = xi[i];
            float c = hr[i];
            float d = hi[i];
            yr[i] = a * c - b * d;
            yi[i] = a * d + b * c;
        }
    }

    /** y += x * h, complex, split layout (a loop the JIT vectorises). */
    static void multiplyAdd(float[] yr, float[] yi, float[] xr, float[] xi, float[] hr, float[] hi, int n) {
        for (int i = 0; i < n; i++) {
            float a = xr[i];
            float b = xi[i];
            float c = hr[i];
            float d = hi[i];
            yr[i] += a * c - b * d;
            yi[i] += a * d + b * c;
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
