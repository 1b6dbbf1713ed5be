package dev.earshot.audio.dsp;

/**
 * Streaming convolution with a long impulse response by uniformly partitioned overlap-save
 * (frequency-domain delay line). Each call to {@link #process} consumes one block of input and
 * produces one block of output; the impulse response can be swapped between blocks.
 */
public final class PartitionedConvolver {

    /**
     * @param impulseResponse the filter (any length &gt; 0)
     * @param blockSize       samples per block, a power of two
     */
    public PartitionedConvolver(float[] impulseResponse, int blockSize) {
        throw new UnsupportedOperationException("TEMPORARY: owned by the DSP helper, replaced before merge");
    }

    /**
     * Convolves the next block.
     *
     * @param in  exactly blockSize input samples
     * @param out exactly blockSize output samples (written)
     */
    public void process(float[] in, float[] out) {
        throw new UnsupportedOperationException("TEMPORARY");
    }
}
