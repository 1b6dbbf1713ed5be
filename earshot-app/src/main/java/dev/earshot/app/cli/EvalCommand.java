package dev.earshot.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.audio.io.AtomicFiles;
import dev.earshot.ml.baseline.ClassicalBaseline;
import dev.earshot.ml.baseline.ClassicalDoaEstimator;
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
 * on the same native binaural dataset, side by side.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Metrics (mAP, ER20 %, MAE deg, DER %) of the neural model (--checkpoint) and the classical",
                "baseline on a native binaural dataset, side by side. The baseline is loaded from --baseline, or else",
                "fitted (seeded) on --train (default: the sibling folder 'train' of --data, if it exists).",
                "Classes scored: the sorted union of the evaluated clips' labels."})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "native binaural dataset to evaluate on")
    Path data;

    @Option(names = "--checkpoint", paramLabel = "DIR", description = "model from earshot train (omit for the baseline only)")
    Path checkpoint;

    @Option(names = "--baseline", paramLabel = "FILE", description = "fitted classical baseline JSON")
    Path baseline;

    @Option(names = "--train", paramLabel = "DIR", description = "native dataset to fit the baseline on (default: DATA/../train)")
    Path train;

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
            return ClassicalBaseline.load(baseline, ClassicalDoaEstimator.kemar());
        }
        Path t = train != null ? train : data.toAbsolutePath().getParent().resolve("train");
        if (!Files.isRegularFile(t.resolve("manifest.json"))) {
            throw new UserInputException("--train: no fitted --baseline given and " + t
                    + " is not a native dataset to fit the classical baseline on");
        }
        return ClassicalBaseline.fit(ClassicalDoaEstimator.kemar(), DatasetClips.read(t, maxClips), seed);
    }
}
