package dev.earshot.data.job;

import java.util.List;

/**
 * The outcome of a finished {@link DatasetJob}.
 *
 * @param scenes  scenes requested
 * @param written scenes written
 * @param skipped scenes skipped because of bad clips
 */
public record DatasetSummary(long scenes, long written, List<SkippedItem> skipped) {
    /** Copies the list. */
    public DatasetSummary {
        skipped = List.copyOf(skipped);
    }
}
