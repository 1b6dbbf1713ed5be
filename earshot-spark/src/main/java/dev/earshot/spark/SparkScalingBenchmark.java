package dev.earshot.spark;

import dev.earshot.data.job.DatasetSummary;
import dev.earshot.data.job.JobSpec;
import dev.earshot.data.scene.ReceiverPlacement;
import dev.earshot.data.scene.RoomRanges;
import dev.earshot.data.scene.SceneConfig;
import dev.earshot.data.spatialize.ReceiverKind;
import dev.earshot.data.spatialize.SpatializerOptions;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures the Spark speed-up from local[1] to local[2] on the same generation (binaural 32 kHz native
 * dataset from the built-in bank, ten-second clips in small rooms by default), in A-B-B-A order so that a
 * drifting machine load weighs on both, after warm-up runs (as many scenes on
 * local[2], half as many on local[1]). For each run it prints the wall time, the
 * process CPU time, the CPU time of the Spark task threads (the shards' own work) and the ratio of the two
 * (1 when nothing but the tasks costs CPU: no FFT worker threads, little garbage collection or JIT), the
 * cores the process actually got (CPU / wall), the collectors' time and the 1-minute load average before
 * and after; then the speed-up (mean wall local[1] / mean wall local[2]), the clips per core-second of
 * each, their ratio (the parallel efficiency, 1 when local[2] wastes nothing) and two projections for two
 * otherwise idle cores: {@code 2 * min(1, efficiency)}, and {@code 2 * taskCpu(local[1]) / cpu(local[2])}
 * (local[1] is bound by its one task thread, local[2] by all its CPU time shared by two cores). On a
 * shared machine the wall-clock speed-up is bounded by the cores the process obtained, which the output
 * shows. Usage:
 * {@code SparkScalingBenchmark [--count 160] [--clip-seconds 10] [--shard-size 10] [--out DIR]}; run the
 * JVM with {@code -XX:+UseParallelGC} or as it is (see docs/BENCHMARKS.md).
 */
public final class SparkScalingBenchmark {
    private SparkScalingBenchmark() {
    }

    /** One timed run. */
    record Run(int cores, double wallS, double cpuS, double taskCpuS, double gcS, double loadBefore, double loadAfter,
               long written, java.util.Map<String, Double> cpuByThreadKind) {
    }

    /**
     * @param args options above
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        long count = 160;
        double clipS = 10.0;
        int shardSize = 10;
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--count" -> count = Long.parseLong(args[i + 1]);
                case "--clip-seconds" -> clipS = Double.parseDouble(args[i + 1]);
                case "--shard-size" -> shardSize = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dir = out != null ? out : Files.createTempDirectory("earshot-spark-bench");
        RoomRanges rooms = new RoomRanges("BENCH", 15, 40, -30, 30, 0.5, 5, 200, 400, 0.05, 0.95);
        SceneConfig scenes = new SceneConfig(1, 2, 0.5, 5, -30, 30, rooms, 3.0, 2.5, ReceiverPlacement.RANDOM, null);
        SpatializerOptions render = new SpatializerOptions(ReceiverKind.BINAURAL, 32000, clipS, -14);
        JobSpec spec = new JobSpec(2024, count, shardSize, scenes, render, "bench");
        // as many warm-up scenes as timed ones: the JIT compilers otherwise keep working through the timed
        // runs (on other cores, which flatters local[1])
        JobSpec warm = new JobSpec(99, count, shardSize, scenes, render, "bench");
        System.out.printf(Locale.ROOT, "%d scenes, %.2f s binaural 32 kHz clips, 1-2 sources, T30 200-400 ms, "
                + "%d scenes per shard; %d CPUs visible; JVM options %s%n", count, clipS, shardSize,
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getRuntimeMXBean().getInputArguments());
        time(2, warm, dir.resolve("warm"));
        // and once more on one core: the first local[1] run otherwise still paid 2-3 s of JIT (measured)
        time(1, new JobSpec(98, Math.max(1, count / 2), shardSize, scenes, render, "bench"), dir.resolve("warm1"));
        Run[] runs = {time(1, spec, dir.resolve("a1")), time(2, spec, dir.resolve("b1")),
            time(2, spec, dir.resolve("b2")), time(1, spec, dir.resolve("a2"))};
        for (Run r : runs) {
            System.out.printf(Locale.ROOT, "local[%d]: wall %.2f s, cpu %.2f s (task threads %.2f s, process / task "
                            + "%.2f), cores obtained %.2f, gc %.2f s, load %.2f -> %.2f, %.1f clips/s, %.2f clips per "
                            + "core-second%n", r.cores(), r.wallS(), r.cpuS(), r.taskCpuS(), r.cpuS() / r.taskCpuS(),
                    r.cpuS() / r.wallS(), r.gcS(), r.loadBefore(), r.loadAfter(), r.written() / r.wallS(),
                    r.written() / r.cpuS());
            StringBuilder k = new StringBuilder();
            r.cpuByThreadKind().forEach((name, sec) -> k.append(String.format(Locale.ROOT, " %s %.2f s", name, sec)));
            System.out.println("  CPU by thread kind (/proc, 10 ms ticks):" + k);
        }
        double w1 = (runs[0].wallS() + runs[3].wallS()) / 2;
        double w2 = (runs[1].wallS() + runs[2].wallS()) / 2;
        double c1 = (runs[0].cpuS() + runs[3].cpuS()) / 2;
        double c2 = (runs[1].cpuS() + runs[2].cpuS()) / 2;
        double got1 = c1 / w1;
        double got2 = c2 / w2;
        System.out.printf(Locale.ROOT, "speed-up local[1] -> local[2]: %.2fx (wall %.2f s -> %.2f s)%n", w1 / w2, w1, w2);
        System.out.printf(Locale.ROOT, "cores obtained: %.2f -> %.2f; clips per core-second: %.2f -> %.2f%n",
                got1, got2, count / c1, count / c2);
        double efficiency = c1 / c2;
        double task1 = (runs[0].taskCpuS() + runs[3].taskCpuS()) / 2;
        System.out.printf(Locale.ROOT, "parallel efficiency (clips per core-second local[2] / local[1]): %.2f; "
                + "projected speed-up on 2 otherwise idle cores: %.2fx; from CPU times (2 x task CPU local[1] / "
                + "CPU local[2]): %.2fx%n", efficiency, 2 * Math.min(1.0, efficiency), 2 * task1 / c2);
        if (out == null) {
            delete(dir);
        }
    }

    private static Run time(int cores, JobSpec spec, Path out) throws IOException {
        delete(out);
        SparkSession spark = SparkDatasetJob.session("local[" + cores + "]");
        try {
            // one tiny job first so that executor start-up is not timed
            JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(List.of(1, 2), cores).count();
            double load0 = loadAverage();
            long cpu0 = processCpuNanos();
            long gc0 = gcMillis();
            long task0 = ShardTask.taskCpuNanos();
            java.util.Map<String, Double> kinds0 = ThreadCpu.byKind();
            long t0 = System.nanoTime();
            DatasetSummary s = new SparkDatasetJob(spark, null, spec, FormatFactory.named("native"), out)
                    .run(ShardProgress.NONE);
            long t1 = System.nanoTime();
            long cpu1 = processCpuNanos();
            long taskNs = ShardTask.taskCpuNanos() - task0;
            return new Run(cores, (t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9, taskNs / 1e9, (gcMillis() - gc0) / 1e3, load0,
                    loadAverage(), s.written(), ThreadCpu.diff(kinds0, ThreadCpu.byKind()));
        } finally {
            spark.stop();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** @return the accumulated collection time of every garbage collector in milliseconds (wall time) */
    private static long gcMillis() {
        long ms = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
