package dev.earshot.spark;

/**
 * Receives progress from a {@link SparkDatasetJob}, one call per shard finished by an executor (Spark
 * reports tasks, not scenes). Called on the driver from Spark's listener thread.
 */
@FunctionalInterface
public interface ShardProgress {
    /** A listener that ignores everything. */
    ShardProgress NONE = (shard, firstScene, endScene) -> { };

    /**
     * @param shard      the shard just finished
     * @param firstScene its first scene index
     * @param endScene   one past its last scene index
     */
    void shardDone(int shard, long firstScene, long endScene);
}
