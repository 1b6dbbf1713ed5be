package dev.earshot.spark;

import dev.earshot.data.job.ShardResult;
import dev.earshot.data.job.SkippedItem;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ShardResult} in a form Spark can ship back to the driver.
 *
 * @param shard    shard number
 * @param written  scenes written
 * @param skipped  skipped scenes as (scene index, clip id, reason) triples
 * @param reused   true if the shard was already done
 */
record ShardOutcome(int shard, long written, ArrayList<String[]> skipped, boolean reused) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    static ShardOutcome of(ShardResult r) {
        ArrayList<String[]> s = new ArrayList<>();
        for (SkippedItem k : r.skipped()) {
            s.add(new String[] {Long.toString(k.sceneIndex()), k.clipId(), k.reason()});
        }
        return new ShardOutcome(r.shard(), r.written(), s, r.reused());
    }

    ShardResult toResult() {
        List<SkippedItem> s = new ArrayList<>();
        for (String[] k : skipped) {
            s.add(new SkippedItem(Long.parseLong(k[0]), k[1], k[2]));
        }
        return new ShardResult(shard, written, s, reused);
    }
}
