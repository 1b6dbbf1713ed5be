package dev.earshot.audio.dsp;

/**
 * Streaming convolution with a long impulse response by uniformly partitioned overlap-save
 * (frequency-domain delay line). Each call to {@link #process} consumes one block of input and
 * produces one block of output; the impulse response can be swapped between blocks.
 *
 * <p>FFT size is twice the block size; latency is zero (output block n depends on input blocks
 * &le; n); {@link #process} allocates nothing. This is the single-output case of
 * {@link MultiPartitionedConvolver}, which shares one input FFT among several filters. Not
 * thread-safe.
 */
public final class PartitionedConvolver {
    private final MultiPartitionedConvolver core;
    private final float[][] outView = new float[1][];

    /**
     * @param impulseResponse the filter (any length &gt; 0; copied); later filters may be at most as long
     * @param blockSize       samples per block, a power of two in [2, 2^20]
     * @throws IllegalArgumentException on an empty filter or a bad block size
     */
    public PartitionedConvolver(float[] impulseResponse, int blockSize) {
        this(impulseResponse, blockSize, impulseResponse == null ? 1 : Math.max(1, impulseResponse.length));
    }

    /**
     * @param impulseResponse the filter, length in [1, maxIrLength] (copied)
     * @param blockSize       samples per block, a power of two in [2, 2^20]
     * @param maxIrLength     the longest filter {@link #setImpulseResponse} will accept later
     * @throws IllegalArgumentException on a filter of bad length or a bad block size
     */
    public PartitionedConvolver(float[] impulseResponse, int blockSize, int maxIrLength) {
        if (impulseResponse == null) {
            throw new IllegalArgumentException("impulseResponse must not be null");
        }
        this.core = new MultiPartitionedConvolver(new float[][] {impulseResponse}, blockSize, maxIrLength);
    }

    /** @return samples per block */
    public int blockSize() {
        return core.blockSize();
    }

    /** @return the longest impulse response, in samples, that {@link #setImpulseResponse} accepts */
    public int capacitySamples() {
        return core.capacitySamples();
    }

    /** @return the latency in samples: 0 for this scheme */
    public int latencySamples() {
        return core.latencySamples();
    }

    /**
     * Replaces the filter from the next block on, keeping the input history. Allocation-free.
     *
     * @param impulseResponse new filter, length in [1, {@link #capacitySamples()}] (copied)
     * @throws IllegalArgumentException if it is null, empty or too long
     */
    public void setImpulseResponse(float[] impulseResponse) {
        core.setImpulseResponse(0, impulseResponse);
    }

    /** Clears the input history (as if only zeros had been processed); keeps the filter. */
    public void reset() {
        core.reset();
    }

    /**
     * Convolves the next block.
     *
     * @param in  exactly blockSize input samples (at least; the first blockSize are read)
     * @param out exactly blockSize output samples (at least; the first blockSize are written)
     * @throws IllegalArgumentException if an array is shorter than the block size
     */
    public void process(float[] in, float[] out) {
        outView[0] = out;
        core.process(in, outView);
    }

    /**
     * Convolves the next block at offsets.
     *
     * @param in        input array; [inOffset, inOffset + blockSize) is read
     * @param inOffset  first input sample
     * @param out       output array; [outOffset, outOffset + blockSize) is written
     * @param outOffset first output sample
     * @throws IndexOutOfBoundsException if a range does not fit its array
     */
    public void process(float[] in, int inOffset, float[] out, int outOffset) {
        outView[0] = out;
        core.process(in, inOffset, outView, outOffset);
    }

    /**
     * Floating-point operations per output sample of this scheme (see
     * {@link ConvolutionCost#flopsPerInputSample} for the counting convention: real FFT of
     * size N = 2.5 N log2 N, complex multiply-add 8 flops per bin per partition; one forward and one
     * inverse FFT of size 2B per block of B samples).
     *
     * @param irLength  impulse response length, &ge; 1
     * @param blockSize block size, &ge; 1
     * @return flops per output sample
     */
    public static double flopsPerOutputSample(int irLength, int blockSize) {
        return ConvolutionCost.flopsPerInputSample(irLength, blockSize, 1);
    }
}
