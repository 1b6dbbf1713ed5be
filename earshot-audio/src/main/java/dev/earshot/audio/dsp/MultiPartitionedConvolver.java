package dev.earshot.audio.dsp;

import dev.earshot.audio.dsp.fft.ComplexFft;
import dev.earshot.audio.dsp.fft.Spectra;
import java.util.Arrays;

/**
 * Streaming convolution of one input with several impulse responses at once (for example the left
 * and right ear HRIRs of a binaural renderer), by uniformly partitioned overlap-save with a
 * frequency-domain delay line.
 *
 * <p>Scheme: block size {@code B}, FFT size {@code N} (a power of two, by default {@code 2B}), each
 * impulse response cut into {@code P = ceil(length / B)} partitions of B taps whose spectra are
 * precomputed. Per input block the last {@code N} input samples are transformed once (shared by all
 * outputs) and pushed into the delay line; output {@code k} is the inverse FFT of
 * {@code sum_p X[n - p] * H_k[p]}, of which the last B samples are exact linear-convolution output
 * whenever {@code N >= B + min(B, L) - 1} for filters of up to L taps. Output block n depends only on
 * input blocks &le; n, so the latency is zero. {@link #process} allocates nothing.
 *
 * <p>A filter that fits in one partition need not waste half of every FFT: with
 * {@code B = N - L + 1} each transform yields {@code N - L + 1} output samples instead of {@code N / 2}
 * (a 653-tap HRIR with {@code N = 8192}: 7540 samples per FFT instead of 4096), which
 * {@link ConvolutionCost#cheapestSinglePartitionBlockSize} chooses; the block size then need not be a
 * power of two.
 *
 * <p>Implementation: the FFTs are {@link ComplexFft}'s (single-threaded, split real/imaginary
 * arrays, vectorised when the JVM runs with {@code --add-modules jdk.incubator.vector}) and the
 * spectra stay in the FFT's bit-reversed order throughout, so no permutation pass runs. Outputs are
 * processed in pairs (0 and 1, 2 and 3, ...): since input and filters are real, the spectra of a
 * pair's filters are stored combined as {@code G = H_a + i H_b} (the FFT of {@code h_a + i h_b}),
 * one multiply-accumulate of {@code X} with {@code G} over the N bins gives {@code Y_a + i Y_b},
 * and one complex inverse FFT returns output a in its real part and output b in its imaginary part.
 * Per block that is one forward and one inverse complex FFT of size N per output pair, the same
 * work as one forward and two inverse real FFTs. The rounding error of a pair's outputs is relative
 * to the larger of the two.
 *
 * <p>The impulse responses may be replaced between blocks ({@link #setImpulseResponse}); the input
 * history is kept, so after a swap the output is the convolution of the whole past input with the new
 * filter (switching is not click-free by itself). For click-free filter changes, give one
 * convolver two sets of outputs (for binaural: old left/right and new left/right, four outputs) and
 * crossfade between them: because all outputs share the input history, a freshly loaded set is
 * correct from its first block. {@link #setOutputEnabled} skips the idle set outside crossfades, so
 * it costs nothing then (a pair is computed when either of its outputs is enabled).
 *
 * <p>Two blocks at a time ({@link #processPair}): the input is real, so the two blocks' FFT windows
 * go into one complex FFT as real and imaginary parts, {@code Z = X_n + i X_(n+1)}, and are split
 * with the Hermitian symmetry {@code X_n[k] = (Z[k] + conj Z[N-k]) / 2},
 * {@code X_(n+1)[k] = (Z[k] - conj Z[N-k]) / 2i} ({@link Spectra#splitPair}, in the scrambled order). That is half a complex FFT per block instead of one: a quarter
 * of the FFT work of a static binaural render. The results equal two {@link #process} calls within
 * rounding, not bit for bit; a caller that needs reproducible bits keeps one way of calling for a
 * stream (or the same block pairing, as the renderer does by always handing over two blocks).
 *
 * <p>Not thread-safe; one instance per stream. Everything runs on the calling thread, at every
 * block size.
 */
public final class MultiPartitionedConvolver {
    private final int blockSize;
    private final int fftSize;
    private final int maxPartitions;
    /** Delay-line slots: one more than the partitions, so a pair can be split into two free slots. */
    private final int slots;
    private final ComplexFft fft;
    private final float[] pairInRe;
    private final float[] pairInIm;
    private final float[] previous;
    /** Delay line of input spectra (scrambled order, N bins), newest at {@link #head}. */
    private final float[][] delayRe;
    private final float[][] delayIm;
    /** Pair spectra [pair][partition][bin] of h_{2g} + i h_{2g+1}, scrambled order, scaled by 1/N. */
    private final float[][][] pairRe;
    private final float[][][] pairIm;
    private final int[] pairPartitions;
    /** Copies of the current impulse responses (capacity-long, zero beyond their length). */
    private final float[][] irs;
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
     * Builds a convolver with room for impulse responses of up to {@code maxIrLength} samples, with FFT
     * size {@code 2 * blockSize}.
     *
     * @param impulseResponses one filter per output, each of length in [1, maxIrLength] (copied)
     * @param blockSize        samples per block, a power of two in [2, 2^20]
     * @param maxIrLength      the longest impulse response {@link #setImpulseResponse} will accept
     * @throws IllegalArgumentException on an empty filter list, a filter of bad length or a bad block size
     */
    public MultiPartitionedConvolver(float[][] impulseResponses, int blockSize, int maxIrLength) {
        this(impulseResponses, powerOfTwoBlock(blockSize), maxIrLength, 2 * blockSize);
    }

    /**
     * Builds a convolver with a chosen FFT size: any block size whose output the FFT can hold, for
     * example {@code N - L + 1} for a filter of L taps in a single partition (see the class comment).
     *
     * @param impulseResponses one filter per output, each of length in [1, maxIrLength] (copied)
     * @param blockSize        samples per block (also the partition length), in [1, 2^20]
     * @param maxIrLength      the longest impulse response {@link #setImpulseResponse} will accept
     * @param fftSize          FFT size, a power of two in [2, 2^21] and at least
     *                         {@code blockSize + min(blockSize, maxIrLength) - 1}
     * @throws IllegalArgumentException on an empty filter list, a filter of bad length, or a bad block or
     *                                  FFT size (the message names the bound)
     */
    public MultiPartitionedConvolver(float[][] impulseResponses, int blockSize, int maxIrLength, int fftSize) {
        if (impulseResponses == null || impulseResponses.length == 0) {
            throw new IllegalArgumentException("impulseResponses: need at least one filter");
        }
        if (blockSize < 1 || blockSize > (1 << 20)) {
            throw new IllegalArgumentException("blockSize must be in [1, 2^20], got " + blockSize);
        }
        if (maxIrLength < 1) {
            throw new IllegalArgumentException("maxIrLength must be >= 1, got " + maxIrLength);
        }
        long needed = (long) blockSize + Math.min(blockSize, maxIrLength) - 1;
        if (fftSize < 2 || fftSize > (1 << 21) || Integer.bitCount(fftSize) != 1 || fftSize < needed) {
            throw new IllegalArgumentException("fftSize must be a power of two in [2, 2^21] and >= blockSize + "
                    + "min(blockSize, maxIrLength) - 1 = " + needed + ", got " + fftSize);
        }
        int outputs = impulseResponses.length;
        int pairs = (outputs + 1) / 2;
        this.blockSize = blockSize;
        this.fftSize = fftSize;
        this.maxPartitions = (int) (((long) maxIrLength + blockSize - 1) / blockSize);
        this.slots = maxPartitions + 1;
        this.fft = new ComplexFft(fftSize);
        this.pairInRe = new float[fftSize];
        this.pairInIm = new float[fftSize];
        this.previous = new float[fftSize - blockSize];
        this.delayRe = new float[slots][fftSize];
        this.delayIm = new float[slots][fftSize];
        this.pairRe = new float[pairs][maxPartitions][fftSize];
        this.pairIm = new float[pairs][maxPartitions][fftSize];
        this.pairPartitions = new int[pairs];
        this.irs = new float[outputs][maxPartitions * blockSize];
        this.irLengths = new int[outputs];
        this.accRe = new float[fftSize];
        this.accIm = new float[fftSize];
        this.enabled = new boolean[outputs];
        Arrays.fill(enabled, true);
        setImpulseResponses(impulseResponses);
    }

    private static int powerOfTwoBlock(int blockSize) {
        if (blockSize < 2 || blockSize > (1 << 20) || Integer.bitCount(blockSize) != 1) {
            throw new IllegalArgumentException("blockSize must be a power of two in [2, 2^20], got " + blockSize);
        }
        return blockSize;
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

    /** @return the FFT size N (a power of two; {@code 2 * blockSize()} unless chosen at construction) */
    public int fftSize() {
        return fftSize;
    }

    /** @return the number of outputs (filters) */
    public int outputs() {
        return irs.length;
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
        if (output < 0 || output >= irs.length) {
            throw new IndexOutOfBoundsException("output " + output + " of " + irs.length);
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
        store(output, impulseResponse);
        updatePair(output / 2);
    }

    /**
     * Replaces the impulse responses of outputs {@code 2 * pair} and {@code 2 * pair + 1} together,
     * computing their shared spectra once (two {@link #setImpulseResponse} calls would compute them
     * twice); takes effect from the next processed block. Allocation-free.
     *
     * @param pair   output pair index, 0-based
     * @param first  the new filter of output {@code 2 * pair} (copied)
     * @param second the new filter of output {@code 2 * pair + 1} (copied)
     * @throws IllegalArgumentException if a filter is null, empty or too long
     * @throws IndexOutOfBoundsException if the pair does not have two outputs
     */
    public void setImpulseResponsePair(int pair, float[] first, float[] second) {
        validate(2 * pair, first);
        validate(2 * pair + 1, second);
        store(2 * pair, first);
        store(2 * pair + 1, second);
        updatePair(pair);
    }

    /** Copies one impulse response (after {@link #validate}) without updating the spectra. */
    private void store(int output, float[] impulseResponse) {
        validate(output, impulseResponse);
        float[] copy = irs[output];
        int oldLength = irLengths[output];
        System.arraycopy(impulseResponse, 0, copy, 0, impulseResponse.length);
        if (oldLength > impulseResponse.length) {
            Arrays.fill(copy, impulseResponse.length, oldLength, 0f);
        }
        irLengths[output] = impulseResponse.length;
    }

    private void validate(int output, float[] impulseResponse) {
        if (output < 0 || output >= irs.length) {
            throw new IndexOutOfBoundsException("output " + output + " of " + irs.length);
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
    }

    /** Recomputes the combined spectra of one output pair from the stored impulse responses. */
    private void updatePair(int pair) {
        int a = 2 * pair;
        int b = a + 1 < irs.length ? a + 1 : -1;
        int lengthA = irLengths[a];
        int lengthB = b < 0 ? 0 : irLengths[b];
        int parts = (Math.max(lengthA, lengthB) + blockSize - 1) / blockSize;
        // the inverse FFT is unscaled (it returns N times the signal): fold 1/N into the filters
        float scale = 1f / fftSize;
        for (int p = 0; p < parts; p++) {
            float[] re = pairRe[pair][p];
            float[] im = pairIm[pair][p];
            int from = p * blockSize;
            for (int i = 0; i < blockSize; i++) {
                re[i] = irs[a][from + i] * scale;
                im[i] = b < 0 ? 0f : irs[b][from + i] * scale;
            }
            Arrays.fill(re, blockSize, fftSize, 0f);
            Arrays.fill(im, blockSize, fftSize, 0f);
            fft.forwardScrambled(re, im);
        }
        pairPartitions[pair] = parts;
    }

    /**
     * Replaces all impulse responses (see {@link #setImpulseResponse(int, float[])}); each output
     * pair's spectra are computed once. All filters are checked before any is replaced.
     *
     * @param impulseResponses one filter per output
     * @throws IllegalArgumentException if the count differs from {@link #outputs()} or a filter is bad
     */
    public void setImpulseResponses(float[][] impulseResponses) {
        if (impulseResponses == null || impulseResponses.length != irs.length) {
            throw new IllegalArgumentException("impulseResponses: expected " + irs.length + " filters, got "
                    + (impulseResponses == null ? "null" : impulseResponses.length));
        }
        for (int k = 0; k < impulseResponses.length; k++) {
            validate(k, impulseResponses[k]);
        }
        for (int k = 0; k < impulseResponses.length; k++) {
            store(k, impulseResponses[k]);
        }
        for (int pair = 0; pair < pairPartitions.length; pair++) {
            updatePair(pair);
        }
    }

    /** Clears the input history (as if only zeros had been processed); keeps the filters. */
    public void reset() {
        Arrays.fill(previous, 0f);
        for (int p = 0; p < slots; p++) {
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
        if (out == null || out.length != irs.length) {
            throw new IllegalArgumentException("out: expected " + irs.length + " arrays");
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
        convolveAll(out, 0);
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
        if (out.length != irs.length) {
            throw new IllegalArgumentException("out: expected " + irs.length + " arrays");
        }
        java.util.Objects.checkFromIndexSize(inOffset, blockSize, in.length);
        for (float[] o : out) {
            java.util.Objects.checkFromIndexSize(outOffset, blockSize, o.length);
        }
        pushInput(in, inOffset);
        convolveAll(out, outOffset);
    }

    /**
     * Convolves the next two blocks with one forward FFT for both (see the class comment): the same
     * as two {@link #process(float[], int, float[][], int)} calls within rounding, for about three
     * quarters of their FFT work. Filters cannot change between the two blocks.
     *
     * @param in        input array; samples [inOffset, inOffset + 2 blockSize) are read
     * @param inOffset  first input sample
     * @param out       one array per output; samples [outOffset, outOffset + 2 blockSize) are written
     *                  (for enabled outputs)
     * @param outOffset first output sample
     * @throws IllegalArgumentException if the output count is wrong
     * @throws IndexOutOfBoundsException if a range does not fit its array
     */
    public void processPair(float[] in, int inOffset, float[][] out, int outOffset) {
        if (out == null || out.length != irs.length) {
            throw new IllegalArgumentException("out: expected " + irs.length + " arrays");
        }
        java.util.Objects.checkFromIndexSize(inOffset, 2 * blockSize, in.length);
        for (float[] o : out) {
            java.util.Objects.checkFromIndexSize(outOffset, 2 * blockSize, o.length);
        }
        int first = head == 0 ? slots - 1 : head - 1;
        int second = first == 0 ? slots - 1 : first - 1;
        float[] zr = pairInRe;
        float[] zi = pairInIm;
        // the last N input samples up to block n as real part, up to block n+1 as imaginary part
        int h = fftSize - blockSize;
        System.arraycopy(previous, 0, zr, 0, h);
        System.arraycopy(in, inOffset, zr, h, blockSize);
        System.arraycopy(zr, blockSize, zi, 0, h);
        System.arraycopy(in, inOffset + blockSize, zi, h, blockSize);
        System.arraycopy(zi, blockSize, previous, 0, h);
        fft.forwardScrambled(zr, zi);
        Spectra.splitPair(zr, zi, delayRe[first], delayIm[first], delayRe[second], delayIm[second], fftSize);
        head = first;
        convolveAll(out, outOffset);
        head = second;
        convolveAll(out, outOffset + blockSize);
    }

    /** Pushes one input block into the delay line (shared by all outputs). */
    void pushInput(float[] in, int inOffset) {
        head = head == 0 ? slots - 1 : head - 1;
        float[] re = delayRe[head];
        float[] im = delayIm[head];
        int h = fftSize - blockSize;
        System.arraycopy(previous, 0, re, 0, h);
        System.arraycopy(in, inOffset, re, h, blockSize);
        System.arraycopy(re, blockSize, previous, 0, h);
        Arrays.fill(im, 0f);
        fft.forwardScrambled(re, im);
    }

    /** Computes every output pair with an enabled member for the most recently pushed block. */
    private void convolveAll(float[][] out, int outOffset) {
        for (int pair = 0; pair < pairPartitions.length; pair++) {
            int a = 2 * pair;
            int b = a + 1;
            boolean wantA = enabled[a];
            boolean wantB = b < enabled.length && enabled[b];
            if (!wantA && !wantB) {
                continue;
            }
            convolvePair(pair);
            int valid = fftSize - blockSize;
            if (wantA) {
                System.arraycopy(accRe, valid, out[a], outOffset, blockSize);
            }
            if (wantB) {
                System.arraycopy(accIm, valid, out[b], outOffset, blockSize);
            }
        }
    }

    /** Leaves output pair's time signal (a in accRe, b in accIm; last B samples valid) in the accumulator. */
    private void convolvePair(int pair) {
        float[][] gr = pairRe[pair];
        float[][] gi = pairIm[pair];
        int parts = pairPartitions[pair];
        int slot = head;
        Spectra.multiply(accRe, accIm, delayRe[slot], delayIm[slot], gr[0], gi[0], fftSize);
        for (int p = 1; p < parts; p++) {
            slot = slot + 1 == slots ? 0 : slot + 1;
            Spectra.multiplyAccumulate(accRe, accIm, delayRe[slot], delayIm[slot], gr[p], gi[p], fftSize);
        }
        fft.inverseScrambled(accRe, accIm);
    }
}
