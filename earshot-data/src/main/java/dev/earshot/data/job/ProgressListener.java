package dev.earshot.data.job;

/** Receives progress from a {@link DatasetJob}; called from the thread that renders the scene. */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores everything. */
    ProgressListener NONE = (scene, written, skipped) -> { };

    /**
     * Called after each scene of a shard that is rendered (not for shards skipped as already done).
     *
     * @param sceneIndex the scene just handled
     * @param written    true if it was written, false if it was skipped as bad
     * @param skipped    the skip record when it was skipped, else null
     */
    void sceneDone(long sceneIndex, boolean written, SkippedItem skipped);
}
