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
}
