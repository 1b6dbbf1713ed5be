package dev.earshot.spark;

import dev.earshot.data.bank.SoundBanks;
import dev.earshot.data.job.DatasetJob;
import dev.earshot.data.job.DatasetSummary;
import dev.earshot.data.job.JobSpec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The generation of {@link DatasetJob} distributed on Spark: the unfinished shards (ranges of
 * {@code shardSize} scene indices) become one Spark task each, spread over the executors; a task runs
 * {@link DatasetJob#runShard} (the local engine's code: render into {@code shards/.shard-N.partial/},
 * move the files into place, then write the shard's marker), and the driver writes the index files and
 * {@code manifest.json} with {@link DatasetJob#finish()} once every shard is done.
 *
 * <p>Since scene {@code i} depends only on {@code (seed, i)}, the output is byte-identical to
 * {@code new DatasetJob(bank, spec, format, outDir).run(...)}. A re-run skips the shards whose markers
 * exist; a failed or killed task leaves its shard without a marker, and that shard is regenerated on the
 * next run. Requirements on a cluster: the bank folder and the dataset folder must be on a filesystem
 * every executor sees at the same path (the built-in bank is a class-path resource and needs nothing),
 * and speculative execution must be off ({@code spark.speculation=false}, Spark's default) since two
 * attempts of a shard would share its temporary folder.
 */
public final class SparkDatasetJob {
    /** Longest wait for the cancelled tasks of a failed job, in milliseconds. */
    private static final long QUIET_WAIT_MS = 30 * 60 * 1000L;
    private final SparkSession spark;
    private final Path bankDir;
    private final JobSpec spec;
    private final FormatFactory format;
    private final Path outDir;

    /**
     * @param spark         the session to run on
     * @param bankDirOrNull a bank folder reachable from every executor, or null for the built-in bank
     * @param spec          what to generate
     * @param format        how to write it
     * @param outDir        dataset folder (created if missing), reachable from every executor
     * @throws IllegalArgumentException if speculation is on, or a null spec, format or folder
     */
    public SparkDatasetJob(SparkSession spark, Path bankDirOrNull, JobSpec spec, FormatFactory format, Path outDir) {
        if (spark == null || spec == null || format == null || outDir == null) {
            throw new IllegalArgumentException("spark, spec, format and outDir must not be null");
        }
        if (Boolean.parseBoolean(spark.sparkContext().getConf().get("spark.speculation", "false"))) {
            throw new IllegalArgumentException("spark.speculation must be false: two attempts of a shard would "
                    + "write into the same temporary folder");
        }
        this.spark = spark;
        this.bankDir = bankDirOrNull == null ? null : bankDirOrNull.toAbsolutePath();
        this.spec = spec;
        this.format = format;
        this.outDir = outDir.toAbsolutePath();
    }

    /**
     * Runs every unfinished shard on the executors, then writes the index files and manifest.
     *
     * @param progress called on the driver after each shard a task finishes
     * @return the manifest summary
     * @throws IOException              if the bank is not a valid bank, or writing the manifest fails
     *                                  or a task fails (after the job's other tasks have stopped; finished
     *                                  shards keep their markers and a re-run redoes the others)
     */
    public DatasetSummary run(ShardProgress progress) throws IOException {
        ShardTask task = new ShardTask(bankDir, spec, format, outDir);
        // Built on the driver too: checks the spec against the format and the bank, finds done shards,
        // and writes the manifest at the end.
        DatasetJob local = new DatasetJob(SoundBanks.openOrBuiltin(bankDir), spec, format.create(), outDir);
        List<Integer> pending = new ArrayList<>();
        for (int s = 0; s < local.shardCount(); s++) {
            if (!local.isShardDone(s)) {
                pending.add(s);
            }
        }
        if (!pending.isEmpty()) {
            runOnExecutors(task, pending, progress);
        }
        return local.finish();
    }

    private void runOnExecutors(ShardTask task, List<Integer> pending, ShardProgress progress) throws IOException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String group = "earshot-" + UUID.randomUUID();
        ProgressRelay relay = new ProgressRelay(group, pending, spec, progress);
        sc.sc().addSparkListener(relay);
        // Never interrupt a cancelled task: JTransforms (used by the renderer's FFTs) logs and ignores an
        // interrupt while waiting for its worker threads and returns an incomplete transform, which would
        // finish the shard with wrong audio. A cancelled task runs its shard to the end instead.
        sc.setJobGroup(group, "earshot dataset " + outDir + " (" + pending.size() + " shards)", false);
        // Spark reports a failed job before the cancelled tasks of the job have stopped; on failure, wait for
        // them so that no attempt of a shard is still writing when this method returns (a re-run could
        // otherwise start a second attempt of the same shard, sharing its temporary folder).
        try {
            JavaRDD<ShardOutcome> shards = sc.parallelize(pending, pending.size()).map(task::run);
            try {
                shards.collect();
            } catch (Exception e) { // SparkException is checked but undeclared
                if (!sc.sc().isStopped()) {
                    relay.awaitQuiet(QUIET_WAIT_MS);
                }
                throw new IOException("the Spark job writing " + outDir + " failed (finished shards are kept; a "
                        + "re-run redoes the others): " + rootMessage(e), e);
            }
            // Listener events arrive asynchronously: collect() can return before the last task-end events are
            // delivered, and removing the listener then would lose their progress calls. The job-end event comes
            // after them on the same bus.
            relay.awaitQuiet(QUIET_WAIT_MS);
        } finally {
            sc.clearJobGroup();
            sc.sc().removeSparkListener(relay);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (cause: " + t + ")";
    }

    /**
     * Runs a job on a Spark session made for it (or the session already active in this JVM) and stops the
     * session afterwards if it made it. Same options as the local engine, plus the master.
     *
     * @param bankDirOrNull bank folder, or null for the built-in bank
     * @param spec          what to generate
     * @param format        format name: "native", "spatial-ast", "spatialsoundqa" or "disse"
     * @param outDir        dataset folder
     * @param master        Spark master URL, e.g. "local[2]"; null means "local[*]" unless the JVM already
     *                      has a master set (as under {@code spark-submit})
     * @param progress      called after each finished shard
     * @return the manifest summary
     * @throws IOException              if the bank is invalid or writing fails
     * @throws IllegalArgumentException for an unknown format or a spec the format rejects
     */
    public static DatasetSummary run(Path bankDirOrNull, JobSpec spec, String format, Path outDir, String master,
                                     ShardProgress progress) throws IOException {
        FormatFactory f = FormatFactory.named(format);
        f.create().validate(spec);
        boolean existed = SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
        SparkSession spark = session(master);
        try {
            return new SparkDatasetJob(spark, bankDirOrNull, spec, f, outDir).run(progress);
        } finally {
            if (!existed) {
                spark.stop();
            }
        }
    }

    /**
     * The session {@link #run(Path, JobSpec, String, Path, String, ShardProgress)} uses: the active one if
     * any, else a new one with the master given (or the JVM's {@code spark.master}, or "local[*]"), the
     * web UI off, and for a local master the driver bound to 127.0.0.1.
     *
     * @param masterOrNull Spark master URL, or null
     * @return the session
     */
    public static SparkSession session(String masterOrNull) {
        String master = masterOrNull != null ? masterOrNull : System.getProperty("spark.master", "local[*]");
        SparkSession.Builder b = SparkSession.builder().appName("earshot-simulate").master(master)
                .config("spark.ui.enabled", "false");
        if (master.startsWith("local")) {
            b = b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        return b.getOrCreate();
    }

    /**
     * Follows the jobs of one job group: relays their finished tasks to a {@link ShardProgress}, and
     * counts their running tasks so that the driver can wait for a failed job's cancelled tasks to stop.
     */
    private static final class ProgressRelay extends SparkListener {
        private static final String GROUP = "spark.jobGroup.id";
        private static final long NO_JOB_WAIT_MS = 10_000;
        private final String group;
        private final List<Integer> shards;
        private final JobSpec spec;
        private final ShardProgress progress;
        private final Set<Integer> stages = ConcurrentHashMap.newKeySet();
        private final Set<Integer> jobs = ConcurrentHashMap.newKeySet();
        private final Set<Integer> endedJobs = ConcurrentHashMap.newKeySet();
        private int running;

        ProgressRelay(String group, List<Integer> shards, JobSpec spec, ShardProgress progress) {
            this.group = group;
            this.shards = List.copyOf(shards);
            this.spec = spec;
            this.progress = progress;
        }

        private boolean ours(java.util.Properties p) {
            return p != null && group.equals(p.getProperty(GROUP));
        }

        @Override
        public void onJobStart(SparkListenerJobStart event) {
            if (ours(event.properties())) {
                jobs.add(event.jobId());
                for (Object id : scala.jdk.javaapi.CollectionConverters.asJava(event.stageIds())) {
                    stages.add((Integer) id);
                }
            }
        }

        @Override
        public synchronized void onJobEnd(SparkListenerJobEnd event) {
            if (jobs.contains(event.jobId())) {
                endedJobs.add(event.jobId());
                notifyAll();
            }
        }

        @Override
        public void onStageSubmitted(SparkListenerStageSubmitted event) {
            if (ours(event.properties())) {
                stages.add(event.stageInfo().stageId());
            }
        }

        @Override
        public synchronized void onTaskStart(SparkListenerTaskStart event) {
            if (stages.contains(event.stageId())) {
                running++;
            }
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd event) {
            if (!stages.contains(event.stageId())) {
                return;
            }
            synchronized (this) {
                running--;
                notifyAll();
            }
            if (!event.taskInfo().successful()) {
                return;
            }
            int p = event.taskInfo().partitionId();
            if (p < 0 || p >= shards.size()) {
                return;
            }
            int shard = shards.get(p);
            long first = (long) shard * spec.shardSize();
            progress.shardDone(shard, first, Math.min(spec.count(), first + spec.shardSize()));
        }

        /**
         * Waits until every job of the group has ended and none of its tasks runs any more (events arrive in
         * order, so once a job's end is seen, the starts of all its tasks have been counted).
         */
        synchronized void awaitQuiet(long maxMs) {
            long start = System.currentTimeMillis();
            while (!(endedJobs.containsAll(jobs) && !jobs.isEmpty() && running <= 0)) {
                long now = System.currentTimeMillis();
                long left = start + maxMs - now;
                if (left <= 0 || (jobs.isEmpty() && now - start > NO_JOB_WAIT_MS)) {
                    return; // no job was ever started (it failed on submission)
                }
                try {
                    wait(Math.min(left, 1000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
