package dev.earshot.spatial.render;

/**
 * Where a parallel render writes: output frames in runs ({@link Region}s) that start anywhere in the
 * output, one region per thread, regions disjoint. {@link #open} may be called from several threads.
 */
@FunctionalInterface
public interface RegionSink {
    /**
     * Opens a run of consecutive output frames.
     *
     * @param firstFrame the output frame the region's first block goes to
     * @return the region; blocks written to it follow each other in the output
     */
    Region open(long firstFrame);

    /** Consecutive output frames written by one thread. */
    interface Region extends BlockSink {
        /**
         * Finishes the region (flushes what it holds). Called once, also after a failure.
         *
         * @throws java.io.UncheckedIOException if flushing fails
         */
        void close();
    }
}
