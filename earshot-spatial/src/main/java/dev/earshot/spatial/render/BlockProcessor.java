package dev.earshot.spatial.render;

/**
 * One small stage of a render chain (in the manner of TarsosDSP's audio processors): it reads and
 * writes the shared {@link RenderBlock} in place. Stages are built per render, so they keep their
 * own streaming state (delay lines, filter memories, convolution history) between blocks.
 */
interface BlockProcessor {
    /**
     * Processes one block.
     *
     * @param block the block being rendered
     */
    void process(RenderBlock block);

    /**
     * Prepares a fresh stage to start at a later block of a render than the first (a segment of a
     * parallel render), with the state that a serial render has before that block, except for signal
     * history (delay lines, filter memories), which the caller rebuilds by running earlier input
     * through the stage and dropping that output. The default does nothing: the stage's only state
     * is signal history.
     *
     * @param firstBlock  index of the first block this stage will process (blocks of
     *                    {@code blockSize} frames from the start of the render)
     * @param trajectory  the render's trajectory
     * @param blockSize   frames per block
     * @param sampleRateHz the render rate in Hz
     */
    default void startAt(long firstBlock, Trajectory trajectory, int blockSize, int sampleRateHz) {
    }
}
