package dev.earshot.spark;

import dev.earshot.data.bank.SoundBank;
import dev.earshot.data.bank.SoundBanks;
import dev.earshot.data.job.DatasetJob;
import dev.earshot.data.job.JobSpec;
import dev.earshot.data.job.ProgressListener;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an executor needs to run shards of one dataset job: the bank's folder (null for the built-in
 * bank), the job spec as a {@link RecordTree}, the format factory and the dataset folder. {@link #run}
 * hands the shard to {@link DatasetJob#runShard}, the local engine's code.
 */
final class ShardTask implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    /** Banks opened in this JVM, by folder ("" for the built-in bank), shared by the tasks that run here. */
    private static final Map<String, SoundBank> BANKS = new ConcurrentHashMap<>();
    /** Lock stripes by (dataset folder, shard); consecutive shards of a folder never share a stripe. */
    private static final Object[] LOCKS = new Object[4096];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new Object();
        }
    }

    private final String bankDir;
    private final Serializable spec;
    private final FormatFactory format;
    private final String outDir;
    private transient DatasetJob job;

    ShardTask(Path bankDirOrNull, JobSpec spec, FormatFactory format, Path outDir) {
        this.bankDir = bankDirOrNull == null ? null : bankDirOrNull.toAbsolutePath().toString();
        this.spec = RecordTree.encode(spec);
        this.format = format;
        this.outDir = outDir.toAbsolutePath().toString();
    }

    /**
     * Runs one shard (or reads its marker when it is already done).
     *
     * @param shard the shard number
     * @return what it holds
     * @throws IOException if the bank cannot be opened or writing fails (the shard stays unfinished)
     */
    ShardOutcome run(int shard) throws IOException {
        // Two attempts of one shard in one JVM (a cancelled task still running when a re-run starts) would
        // share the shard's temporary folder: the later one waits, then finds the shard done or redoes it.
        synchronized (LOCKS[Math.floorMod(outDir.hashCode() * 31 + shard, LOCKS.length)]) {
            return ShardOutcome.of(job().runShard(shard, ProgressListener.NONE));
        }
    }

    /** @return the job on this side (built once per deserialized task object) */
    synchronized DatasetJob job() throws IOException {
        if (job == null) {
            job = new DatasetJob(bank(), (JobSpec) RecordTree.decode(spec), format.create(), Path.of(outDir));
        }
        return job;
    }

    private SoundBank bank() throws IOException {
        String key = bankDir == null ? "" : bankDir;
        try {
            return BANKS.computeIfAbsent(key, k -> {
                try {
                    return SoundBanks.openOrBuiltin(k.isEmpty() ? null : Path.of(k));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
