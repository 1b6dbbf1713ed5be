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
 * dataset from the built-in bank, short clips in small rooms), in A-B-B-A order so that a drifting machine
 * load weighs on both, after a warm-up run. For each run it prints the wall time, the process CPU time,
 * the cores the process actually got (CPU / wall) and the 1-minute load average before and after; then
 * the speed-up (mean wall local[1] / mean wall local[2]), the clips per core-second of each, their ratio
 * (the parallel efficiency, 1 when local[2] wastes nothing) and the speed-up projected from it for two
 * otherwise idle cores ({@code 2 * min(1, efficiency)}); on a shared machine the wall-clock speed-up is
 * bounded by the cores the process obtained, which the output shows. Usage:
 * {@code SparkScalingBenchmark [--count 200] [--clip-seconds 1.0] [--shard-size 10] [--out DIR]}.
 */
public final class SparkScalingBenchmark {
    private SparkScalingBenchmark() {
    }

    /** One timed run. */
    record Run(int cores, double wallS, double cpuS, double loadBefore, double loadAfter, long written) {
    }

    /**
     * @param args options above
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        long count = 200;
        double clipS = 1.0;
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
        JobSpec warm = new JobSpec(99, Math.max(1, count / 2), shardSize, scenes, render, "bench");
        System.out.printf(Locale.ROOT, "%d scenes, %.2f s binaural 32 kHz clips, 1-2 sources, T30 200-400 ms, "
                + "%d scenes per shard; %d CPUs visible%n", count, clipS, shardSize,
                Runtime.getRuntime().availableProcessors());
        time(2, warm, dir.resolve("warm"));
        Run[] runs = {time(1, spec, dir.resolve("a1")), time(2, spec, dir.resolve("b1")),
            time(2, spec, dir.resolve("b2")), time(1, spec, dir.resolve("a2"))};
        for (Run r : runs) {
            System.out.printf(Locale.ROOT, "local[%d]: wall %.2f s, cpu %.2f s, cores obtained %.2f, "
                            + "load %.2f -> %.2f, %.1f clips/s, %.2f clips per core-second%n", r.cores(), r.wallS(),
                    r.cpuS(), r.cpuS() / r.wallS(), r.loadBefore(), r.loadAfter(), r.written() / r.wallS(),
                    r.written() / r.cpuS());
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
        System.out.printf(Locale.ROOT, "parallel efficiency (clips per core-second local[2] / local[1]): %.2f; "
                + "projected speed-up on 2 otherwise idle cores: %.2fx%n", efficiency, 2 * Math.min(1.0, efficiency));
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
            long t0 = System.nanoTime();
            DatasetSummary s = new SparkDatasetJob(spark, null, spec, FormatFactory.named("native"), out)
                    .run(ShardProgress.NONE);
            long t1 = System.nanoTime();
            long cpu1 = processCpuNanos();
            return new Run(cores, (t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9, load0, loadAverage(), s.written());
        } finally {
            spark.stop();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
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
