package dev.earshot.spatial.render;

/** Receives a renderer's multichannel output block by block. */
@FunctionalInterface
public interface BlockSink {
    /**
     * Accepts the next block. The arrays are reused by the renderer after the call returns, so a
     * sink that keeps the samples must copy them.
     *
     * @param block  channel-major samples, {@code block[channel][frame]}
     * @param frames number of valid frames at the start of each channel array
     */
    void write(float[][] block, int frames);
}
