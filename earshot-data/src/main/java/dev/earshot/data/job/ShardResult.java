package dev.earshot.data.job;

import java.util.List;

/**
 * What one shard produced.
 *
 * @param shard     shard number
 * @param written   scenes written
 * @param skipped   scenes skipped as bad
 * @param reused    true if the shard was already complete and was not regenerated
 */
public record ShardResult(int shard, long written, List<SkippedItem> skipped, boolean reused) {
    /** Copies the list. */
    public ShardResult {
        skipped = List.copyOf(skipped);
    }
}
