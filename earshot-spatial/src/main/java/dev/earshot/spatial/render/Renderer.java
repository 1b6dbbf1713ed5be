package dev.earshot.spatial.render;

import dev.earshot.audio.AudioBuffer;

/**
 * Places a mono source in space: mono in, {@link SpatialParams} applied, a multichannel
 * {@link RenderFormat} out. Rendering is deterministic (the same input, parameters and options give
 * bit-identical output) and streaming: the block API never needs the whole signal in memory.
 *
 * <p>The output is longer than the input by {@link #tailFrames(SpatialParams)} frames (filter
 * tails, propagation delay and reverberation), so that nothing is cut off. Implementations are not
 * thread-safe; one render at a time per instance.
 */
public interface Renderer {

    /** @return the output format */
    RenderFormat format();

    /** @return the sample rate in Hz that input must have and output has */
    int sampleRateHz();

    /**
     * @param params the source parameters
     * @return how many frames the output has beyond the input for these parameters
     */
    long tailFrames(SpatialParams params);

    /**
     * Renders a stream block by block.
     *
     * @param source   the mono input; its rate must equal {@link #sampleRateHz()}
     * @param params   where and how the source sounds
     * @param sink     receives the output, {@code format().channels()} channels
     * @param progress told after each block (output frames done / total)
     * @return the number of output frames written
     * @throws IllegalArgumentException if the source's sample rate differs from the renderer's
     */
    long render(BlockSource source, SpatialParams params, BlockSink sink, RenderProgress progress);

    /**
     * Renders a whole mono buffer.
     *
     * @param mono   the input, one channel at {@link #sampleRateHz()}
     * @param params where and how the source sounds
     * @return the output, {@code mono.frames() + tailFrames(params)} frames
     * @throws IllegalArgumentException if the buffer is not mono or has another sample rate
     */
    default AudioBuffer render(AudioBuffer mono, SpatialParams params) {
        if (mono.channels() != 1) {
            throw new IllegalArgumentException("renderer input must be mono, got " + mono.channels() + " channels");
        }
        long total = mono.frames() + tailFrames(params);
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("output of " + total + " frames is too long for one buffer;"
                    + " use the streaming render");
        }
        int channels = format().channels();
        float[][] out = new float[channels][(int) total];
        int[] pos = {0};
        render(BlockSource.of(mono, 0), params, (block, frames) -> {
            for (int c = 0; c < channels; c++) {
                System.arraycopy(block[c], 0, out[c], pos[0], frames);
            }
            pos[0] += frames;
        }, RenderProgress.NONE);
        return new AudioBuffer(out, sampleRateHz());
    }
}
