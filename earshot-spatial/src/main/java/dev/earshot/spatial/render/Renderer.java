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
     * The block size a render of these parameters processes, for reports (a static binaural source with
     * long blocks allowed picks its own, see {@link RenderOptions#forTrajectory}).
     *
     * @param params what would be rendered
     * @return frames per block, or 0 when this renderer does not work in fixed blocks (the default)
     */
    default int blockSizeFor(SpatialParams params) {
        return 0;
    }

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
     * Renders on up to {@code threads} threads: the output is cut into consecutive time segments,
     * each rendered by its own copy of the render chain that starts a little earlier (enough input
     * to fill every filter's memory, whose output is dropped) and, for a moving binaural source,
     * with the filter-update schedule the serial render has at that point; so the output equals
     * {@link #render(BlockSource, SpatialParams, BlockSink, RenderProgress)}'s to float rounding.
     * Chains that are not linear and time-invariant apart from their direction schedule (a changing
     * distance, spread or reverb) and short inputs are rendered serially on the calling thread, as
     * is everything when {@code threads} is 1 (the default implementation always does that).
     *
     * @param source   the mono input; its rate must equal {@link #sampleRateHz()}
     * @param params   where and how the source sounds
     * @param sink     receives the output in regions, one per segment (from several threads)
     * @param threads  the most threads to use, at least 1
     * @param progress told after each block, possibly from several threads at once (frames done in
     *                 all segments / total)
     * @return the number of output frames written ({@code totalFrames() + tailFrames(params)})
     * @throws IllegalArgumentException if threads &lt; 1 or the source's rate differs
     */
    default long renderParallel(SeekableSource source, SpatialParams params, RegionSink sink, int threads,
                                RenderProgress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        RegionSink.Region region = sink.open(0);
        try {
            return render(source.openAt(0), params, region, progress);
        } finally {
            region.close();
        }
    }

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
