package dev.earshot.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.audio.io.AtomicFiles;
import dev.earshot.ml.baseline.ClassicalBaseline;
import dev.earshot.ml.baseline.ClassicalDoaEstimator;
import dev.earshot.ml.baseline.ShippedBaseline;
import dev.earshot.ml.eval.DoaErrorPlot;
import dev.earshot.ml.eval.EvaluationReport;
import dev.earshot.ml.eval.Evaluator;
import dev.earshot.ml.perception.LabelledClip;
import dev.earshot.ml.train.NeuralPerceiver;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code earshot eval}: SPEC 1.6 metrics (mAP, ER20, MAE, DER) of a trained Spatial-AST and of the classical baseline
 * on the same binaural dataset (Earshot native or Spatial-AST layout, detected by {@link DatasetClips}), side by side.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Metrics (mAP, ER20 %%, MAE deg, DER %%) of the neural model (--checkpoint) and the classical",
                "baseline on a binaural dataset (native or spatial-ast layout, detected from the folder), side by side.",
                "The baseline is loaded from --baseline, or else fitted (seeded) on --train (default: the sibling",
                "folder 'train' of --data, if it is a dataset), or else the shipped fitted baseline is used.",
                "Classes scored: the sorted union of the evaluated clips' labels."})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "binaural dataset to evaluate on (native or spatial-ast layout)")
    Path data;

    @Option(names = "--checkpoint", paramLabel = "DIR", description = "model from earshot train (omit for the baseline only)")
    Path checkpoint;

    @Option(names = "--baseline", paramLabel = "FILE", description = "fitted classical baseline JSON")
    Path baseline;

    @Option(names = "--train", paramLabel = "DIR", description = "dataset to fit the baseline on (default: DATA/../train)")
    Path train;

    @Option(names = "--save-baseline", paramLabel = "FILE", description = "write the fitted classical baseline as JSON (for --baseline and analyze --baseline)")
    Path saveBaseline;

    @Option(names = "--seed", defaultValue = "0", description = "seed of the baseline fit (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--max-clips", defaultValue = "2147483647", description = "evaluate at most this many clips")
    int maxClips;

    @Option(names = "--json", description = "print the full JSON (summary + per-perceiver reports)")
    boolean json;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "polar plot of the DOA errors of the first perceiver")
    Path plot;

    @Override
    public Integer call() throws IOException {
        if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
            System.setProperty("ai.djl.pytorch.num_threads", "1");
        }
        PrintWriter o = spec.commandLine().getOut();
        List<LabelledClip> test = DatasetClips.read(data, maxClips);
        Evaluator ev = new Evaluator(DatasetClips.classes(test));
        List<EvaluationReport> reports = new ArrayList<>();
        if (checkpoint != null) {
            try (NeuralPerceiver p = NeuralPerceiver.load(checkpoint)) {
                reports.add(ev.evaluate(p, test));
            }
        }
        reports.add(ev.evaluate(baseline(), test));
        if (plot != null) {
            var img = DoaErrorPlot.render(reports.get(0), 640);
            AtomicFiles.write(plot, out -> ImageIO.write(img, "png", out));
        }
        var node = EvaluationReport.comparisonJson(reports);
        if (json) {
            o.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } else {
            o.printf(Locale.ROOT, "%d clips from %s%n%-22s %8s %8s %8s %8s%n", test.size(), data, "perceiver", "mAP",
                    "ER20 %", "MAE deg", "DER %");
            for (EvaluationReport r : reports) {
                o.printf(Locale.ROOT, "%-22s %8.3f %8.1f %8.1f %8.1f%n", r.perceiver(), r.map().map(),
                        r.spatial().er20Pct(), r.spatial().maeDeg(), r.spatial().derPct());
            }
        }
        return 0;
    }

    private ClassicalBaseline baseline() throws IOException {
        if (baseline != null) {
            if (saveBaseline != null) {
                throw new UserInputException("--save-baseline: writes a baseline fitted on --train; it cannot be "
                        + "combined with --baseline");
            }
            return ClassicalBaseline.load(baseline, ClassicalDoaEstimator.kemar());
        }
        Path t = train != null ? train : data.toAbsolutePath().getParent().resolve("train");
        if (train == null && !Files.isDirectory(t)) {
            if (saveBaseline != null) {
                throw new UserInputException("--save-baseline: nothing to fit; give --train DIR");
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println("note: no --baseline and no " + t + " to fit on; using the shipped fitted baseline");
            err.flush();
            return ShippedBaseline.load(ClassicalDoaEstimator.kemar()).orElseThrow(() -> new UserInputException(
                    "--train: no fitted --baseline given, " + t + " does not exist and this build ships no baseline"));
        }
        ClassicalBaseline b = ClassicalBaseline.fit(ClassicalDoaEstimator.kemar(), DatasetClips.read(t, maxClips), seed);
        if (saveBaseline != null) {
            b.save(saveBaseline);
        }
        return b;
    }
}
