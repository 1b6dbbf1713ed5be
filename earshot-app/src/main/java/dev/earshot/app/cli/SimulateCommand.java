package dev.earshot.app.cli;

import dev.earshot.data.bank.SoundBank;
import dev.earshot.data.bank.SoundBanks;
import dev.earshot.data.job.DatasetJob;
import dev.earshot.data.job.DatasetSummary;
import dev.earshot.data.job.Datasets;
import dev.earshot.data.job.JobSpec;
import dev.earshot.data.spatialize.SpatializerOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code earshot simulate}: spatialises dry clips from a sound bank in simulated rooms into a labelled
 * dataset (Earshot native, Spatial-AST, SpatialSoundQA or DISSE layout). Deterministic for a seed,
 * sharded and resumable: a re-run skips finished shards.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Make a labelled spatial dataset: bank clips x simulated rooms (image sources + diffuse tail).",
                "Same seed -> byte-identical output; re-running resumes (finished shards are skipped)."})
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--bank", paramLabel = "DIR", description = "sound bank folder (default: the small built-in bank)")
    Path bank;

    @Option(names = "--count", required = true, description = "number of scenes")
    long count;

    @Option(names = "--seed", defaultValue = "0", description = "seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--format", defaultValue = "native", description = "native | spatial-ast | spatialsoundqa | disse (default ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--receiver", defaultValue = "binaural", description = "binaural | foa (native format; default ${DEFAULT-VALUE})")
    String receiver;

    @Option(names = "--split", defaultValue = "train", description = "split name written into the dataset; picks the bank's clips of that split (other splits than "
            + "test fall back to the bank's train clips if it has none of their own; default ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--seconds", description = "clip length in seconds (default: the format's, 10 s)")
    Double seconds;

    @Option(names = "--sources", paramLabel = "MIN[-MAX]",
            description = "sources per scene, 1..3, e.g. 1 or 1-3 (default: the format's, 1-3 for native)")
    String sources;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Option(names = "--engine", defaultValue = "local", description = "local | spark (default ${DEFAULT-VALUE})")
    String engine;

    @Option(names = "--master", defaultValue = "local[*]", description = "Spark master for --engine spark (default ${DEFAULT-VALUE})")
    String master;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        JobSpec spec0;
        try {
            spec0 = Datasets.preset(format, receiver, count, seed, split);
            if (seconds != null) {
                SpatializerOptions r = spec0.render();
                spec0 = new JobSpec(spec0.seed(), spec0.count(), spec0.shardSize(), spec0.scenes(),
                        new SpatializerOptions(r.receiver(), r.sampleRateHz(), seconds, r.targetDbfs()), spec0.split());
            }
            if (sources != null) {
                int[] mm = sourceRange(sources);
                spec0 = new JobSpec(spec0.seed(), spec0.count(), spec0.shardSize(),
                        spec0.scenes().withSources(mm[0], mm[1]), spec0.render(), spec0.split());
            }
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        SoundBank b = SoundBanks.openOrBuiltin(bank); // also validates the bank before any engine starts
        try {
            spec0 = Datasets.withBankSplit(spec0, b);
        } catch (IllegalArgumentException e) {
            throw new UserInputException((bank == null ? "built-in bank" : bank.toString()) + ": " + e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        DatasetSummary summary;
        switch (engine.toLowerCase(Locale.ROOT)) {
            case "local" -> {
                DatasetJob job = new DatasetJob(b, spec0, Datasets.format(format), out);
                try (Progress p = Progress.items("simulate", count, "scenes", quiet)) {
                    for (int s = 0; s < job.shardCount(); s++) {
                        if (job.isShardDone(s)) {
                            p.step(Math.min(spec0.shardSize(), count - (long) s * spec0.shardSize()));
                        }
                    }
                    summary = job.run((index, written, skipped) -> p.step(1));
                }
            }
            case "spark" -> {
                try (Progress p = Progress.items("simulate", count, "scenes", quiet)) {
                    summary = SparkEngine.run(bank, spec0, format, out, master, p);
                }
            }
            default -> throw new UserInputException("--engine: expected local or spark, got '" + engine + "'");
        }
        double s = (System.nanoTime() - t0) / 1e9;
        o.printf(Locale.ROOT, "%d scenes (%d written, %d skipped) in %s format -> %s in %.1f s%n",
                summary.scenes(), summary.written(), summary.skipped().size(), format, out.toAbsolutePath(), s);
        if (!summary.skipped().isEmpty()) {
            o.println("skipped items are listed in manifest.json");
        }
        return 0;
    }

    /**
     * Parses {@code --sources}: {@code N} or {@code MIN-MAX}.
     *
     * @param text the option value
     * @return {min, max}
     * @throws UserInputException if it is not one or two integers in 1..3 with min <= max
     */
    static int[] sourceRange(String text) {
        String[] parts = text.trim().split("-", -1);
        try {
            int min = Integer.parseInt(parts[0].trim());
            int max = parts.length == 2 ? Integer.parseInt(parts[1].trim()) : min;
            if (parts.length > 2 || min < 1 || max > 3 || min > max) {
                throw new NumberFormatException();
            }
            return new int[] {min, max};
        } catch (NumberFormatException e) {
            throw new UserInputException("--sources: expected N or MIN-MAX with 1 <= MIN <= MAX <= 3, got '" + text + "'");
        }
    }
}
