package dev.earshot.data.job;

import dev.earshot.data.scene.SceneConfig;
import dev.earshot.data.spatialize.SpatializerOptions;

/**
 * What a {@link DatasetJob} generates.
 *
 * @param seed      dataset seed (scene {@code i} is drawn from {@code (seed, i)})
 * @param count     number of scenes, at least 1
 * @param shardSize scenes per shard, at least 1 (e.g. 100)
 * @param scenes    scene sampling configuration
 * @param render    spatializer options
 * @param split     split name written into the dataset's index files (e.g. "train", "eval")
 */
public record JobSpec(long seed, long count, int shardSize, SceneConfig scenes, SpatializerOptions render,
                      String split) {
    /** @throws IllegalArgumentException on a count or shard size below 1, nulls, or a blank split */
    public JobSpec {
        if (count < 1 || shardSize < 1) {
            throw new IllegalArgumentException("count and shardSize must be >= 1, got " + count + ", " + shardSize);
        }
        if (scenes == null || render == null) {
            throw new IllegalArgumentException("scenes and render must not be null");
        }
        if (split == null || split.isBlank() || !split.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("split must be a simple name like 'train', got '" + split + "'");
        }
    }

    /** @return the number of shards, {@code ceil(count / shardSize)} */
    public int shardCount() {
        return (int) ((count + shardSize - 1) / shardSize);
    }
}
