package dev.earshot.spark;

import dev.earshot.data.bank.SoundBanks;
import dev.earshot.data.job.DatasetSummary;
import dev.earshot.data.job.Datasets;
import dev.earshot.data.job.JobSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code spark-submit} entry point of {@code earshot simulate --engine spark}. On a Spark 4.2
 * (Scala 2.13, Java 17+) cluster, from the folder holding the app's {@code lib/} (Spark, Scala and Jackson
 * come from the cluster; ship only Earshot's jars and the few libraries they need):
 * <pre>
 * spark-submit --master spark://HOST:7077 --class dev.earshot.spark.SparkSimulate \
 *   --jars "$(ls lib/earshot-audio-*.jar lib/earshot-spatial-*.jar lib/earshot-data-*.jar lib/JTransforms-*.jar \
 *     lib/JLargeArrays-*.jar lib/jflac-codec-*.jar lib/vorbisspi-*.jar lib/tritonus-share-*.jar lib/jorbis-*.jar \
 *     lib/jhdf-*.jar lib/javaosc-core-*.jar | paste -sd, -)" \
 *   lib/earshot-spark-0.1.0-SNAPSHOT.jar \
 *   --count 100000 --seed 1 --format spatial-ast --bank /shared/bank --out /shared/datasets/sa-train
 * </pre>
 * The bank and output folders must be on a filesystem that the driver and every executor see at the same
 * path; leave {@code spark.speculation} off. Options (as {@code earshot simulate}): {@code --count N}
 * (required), {@code --out DIR} (required), {@code --seed S} (0),
 * {@code --format native|spatial-ast|spatialsoundqa|disse} (native), {@code --receiver binaural|foa}
 * (binaural), {@code --split NAME} (train), {@code --bank DIR} (the built-in bank), {@code --shard-size N}
 * (100 scenes, the unit of work and of resumption), {@code --master URL} (the one spark-submit sets, else
 * local[*]). Prints one line per finished shard to stderr and a summary to stdout; exit status 0 on
 * success, 2 on bad options, 1 on failure (run the same command again to resume).
 */
public final class SparkSimulate {
    private static final List<String> OPTIONS = List.of("--count", "--out", "--seed", "--format", "--receiver",
            "--split", "--bank", "--shard-size", "--master");

    private SparkSimulate() {
    }

    /**
     * @param args the options above
     */
    public static void main(String[] args) {
        int status;
        try {
            status = run(args, System.out, System.err);
        } catch (IOException | RuntimeException e) {
            System.err.println("earshot-spark: " + e.getMessage());
            status = 1;
        }
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Parses the options, runs the job and prints the summary.
     *
     * @param args options
     * @param out  where the summary goes
     * @param err  where progress and usage errors go
     * @return 0 on success, 2 on bad options
     * @throws IOException if the bank is invalid or writing fails
     */
    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> o;
        JobSpec spec;
        try {
            o = parse(args);
            spec = spec(o);
        } catch (IllegalArgumentException e) {
            err.println("earshot-spark: " + e.getMessage());
            err.println("usage: SparkSimulate --count N --out DIR [--seed S] [--format native|spatial-ast|"
                    + "spatialsoundqa|disse] [--receiver binaural|foa] [--split NAME] [--bank DIR] [--shard-size N]"
                    + " [--master URL]");
            return 2;
        }
        String bank = o.get("--bank");
        try {
            spec = Datasets.withBankSplit(spec, SoundBanks.openOrBuiltin(bank == null ? null : Path.of(bank)));
        } catch (IllegalArgumentException e) {
            err.println("earshot-spark: " + (bank == null ? "built-in bank" : bank) + ": " + e.getMessage());
            return 2;
        }
        long start = System.nanoTime();
        AtomicLong scenes = new AtomicLong();
        long total = spec.count();
        ShardProgress progress = (shard, first, end) -> {
            long done = scenes.addAndGet(end - first);
            double s = (System.nanoTime() - start) / 1e9;
            err.printf(Locale.ROOT, "shard %d done: %d/%d scenes, %.3g clips/s%n", shard, done, total, done / s);
        };
        Path outDir = Path.of(o.get("--out"));
        DatasetSummary sum = SparkDatasetJob.run(bank == null ? null : Path.of(bank), spec,
                o.getOrDefault("--format", "native"), outDir, o.get("--master"), progress);
        out.printf(Locale.ROOT, "%d scenes: %d written, %d skipped -> %s (%.1f s)%n", sum.scenes(), sum.written(),
                sum.skipped().size(), outDir.resolve("manifest.json"), (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /**
     * @param o parsed options
     * @return the job spec they ask for: the format's preset with the count, seed, split, receiver and
     *         shard size given
     * @throws IllegalArgumentException naming a missing or invalid option
     */
    static JobSpec spec(Map<String, String> o) {
        if (!o.containsKey("--count") || !o.containsKey("--out")) {
            throw new IllegalArgumentException("--count and --out are required");
        }
        JobSpec spec = Datasets.preset(o.getOrDefault("--format", "native"), o.getOrDefault("--receiver", "binaural"),
                number(o, "--count"), number(o, "--seed"), o.getOrDefault("--split", "train"));
        if (o.containsKey("--shard-size")) {
            spec = new JobSpec(spec.seed(), spec.count(), (int) number(o, "--shard-size"), spec.scenes(),
                    spec.render(), spec.split());
        }
        return spec;
    }

    private static long number(Map<String, String> o, String key) {
        String v = o.getOrDefault(key, "0");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + key + " needs an integer, got '" + v + "'", e);
        }
    }

    /**
     * @param args command-line options, each followed by its value
     * @return option -> value
     * @throws IllegalArgumentException on an unknown option or a missing value
     */
    static Map<String, String> parse(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String k = args[i];
            if (!OPTIONS.contains(k)) {
                throw new IllegalArgumentException("unknown option '" + k + "', expected one of " + OPTIONS);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + k + " needs a value");
            }
            o.put(k, args[++i]);
        }
        return o;
    }
}
