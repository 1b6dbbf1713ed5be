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
 * hands the shard to {@link DatasetJob#runShard}, the local engine's code, with JTransforms limited to
 * the task's own thread (one core per task).
 */
final class ShardTask implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    /** Banks opened in this JVM, by folder ("" for the built-in bank), shared by the tasks that run here. */
    private static final Map<String, SoundBank> BANKS = new ConcurrentHashMap<>();
    /** Lock stripes by (dataset folder, shard); consecutive shards of a folder never share a stripe. */
    private static final Object[] LOCKS = new Object[4096];
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final java.util.concurrent.atomic.LongAdder TASK_CPU_NS = new java.util.concurrent.atomic.LongAdder();

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
        // Parallelism comes from running shards as tasks: keep each task on its own thread. JTransforms
        // (behind the FFT convolutions) otherwise splits every large transform over a pool of its own
        // threads, so a local[1] executor used about 1.2 cores and the tasks of local[N] competed with
        // each other's FFT threads. The setting is JVM-wide and idempotent.
        org.visnow.jlargearrays.ConcurrencyUtils.setNumberOfThreads(1);
        // Two attempts of one shard in one JVM (a cancelled task still running when a re-run starts) would
        // share the shard's temporary folder: the later one waits, then finds the shard done or redoes it.
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        try {
            synchronized (LOCKS[Math.floorMod(outDir.hashCode() * 31 + shard, LOCKS.length)]) {
                return ShardOutcome.of(job().runShard(shard, ProgressListener.NONE));
            }
        } finally {
            TASK_CPU_NS.add(THREADS.getCurrentThreadCpuTime() - cpu0);
        }
    }

    /**
     * @return the CPU time in nanoseconds that the threads running {@link #run} have spent in it in this
     *         JVM so far (in local mode, the shards' own work, for the scaling benchmark)
     */
    static long taskCpuNanos() {
        return TASK_CPU_NS.sum();
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
