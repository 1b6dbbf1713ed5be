package dev.earshot.spark;

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
 * The {@code spark-submit} entry point of {@code earshot simulate --engine spark}:
 * <pre>
 * spark-submit --class dev.earshot.spark.SparkSimulate --master spark://host:7077 \
 *   --jars "$(ls lib/*.jar | grep -v -e spark- -e scala- | paste -sd,)" lib/earshot-spark-VERSION.jar \
 *   --count 100000 --seed 1 --format spatial-ast --bank /shared/bank --out /shared/datasets/sa-train
 * </pre>
 * Options (as {@code earshot simulate}): {@code --count N} (required), {@code --out DIR} (required),
 * {@code --seed S} (0), {@code --format native|spatial-ast|spatialsoundqa|disse} (native),
 * {@code --receiver binaural|foa} (binaural), {@code --split NAME} (train), {@code --bank DIR} (the
 * built-in bank), {@code --shard-size N} (100), {@code --master URL} (the one spark-submit sets, else
 * local[*]). Prints one line per finished shard to stderr and a summary to stdout; exit status 0 on
 * success, 2 on bad options, 1 on failure (a re-run resumes).
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
            if (!o.containsKey("--count") || !o.containsKey("--out")) {
                throw new IllegalArgumentException("--count and --out are required");
            }
            String format = o.getOrDefault("--format", "native");
            spec = Datasets.preset(format, o.getOrDefault("--receiver", "binaural"),
                    Long.parseLong(o.get("--count")), Long.parseLong(o.getOrDefault("--seed", "0")),
                    o.getOrDefault("--split", "train"));
            if (o.containsKey("--shard-size")) {
                spec = new JobSpec(spec.seed(), spec.count(), Integer.parseInt(o.get("--shard-size")), spec.scenes(),
                        spec.render(), spec.split());
            }
        } catch (IllegalArgumentException e) {
            err.println("earshot-spark: " + e.getMessage());
            err.println("usage: SparkSimulate --count N --out DIR [--seed S] [--format native|spatial-ast|"
                    + "spatialsoundqa|disse] [--receiver binaural|foa] [--split NAME] [--bank DIR] [--shard-size N]"
                    + " [--master URL]");
            return 2;
        }
        long start = System.nanoTime();
        AtomicLong scenes = new AtomicLong();
        long total = spec.count();
        ShardProgress progress = (shard, first, end) -> {
            long done = scenes.addAndGet(end - first);
            double s = (System.nanoTime() - start) / 1e9;
            err.printf(Locale.ROOT, "shard %d done: %d/%d scenes, %.1f clips/s%n", shard, done, total, done / s);
        };
        String bank = o.get("--bank");
        Path outDir = Path.of(o.get("--out"));
        DatasetSummary sum = SparkDatasetJob.run(bank == null ? null : Path.of(bank), spec,
                o.getOrDefault("--format", "native"), outDir, o.get("--master"), progress);
        out.printf(Locale.ROOT, "%d scenes: %d written, %d skipped -> %s (%.1f s)%n", sum.scenes(), sum.written(),
                sum.skipped().size(), outDir.resolve("manifest.json"), (System.nanoTime() - start) / 1e9);
        return 0;
    }

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
