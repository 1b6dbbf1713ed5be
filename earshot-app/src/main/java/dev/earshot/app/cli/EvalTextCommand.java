package dev.earshot.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.ml.text.RuleBaseline;
import dev.earshot.ml.text.RuleGuessBaseline;
import dev.earshot.ml.text.RuleParser;
import dev.earshot.ml.text.TextToSpatial;
import dev.earshot.ml.text.model.LearnedTextModel;
import dev.earshot.ml.text.model.TextEvaluation;
import dev.earshot.ml.text.text2hoa.Text2HoaSample;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code earshot eval-text}: the learned text model and the rule baselines side by side on a text2hoa file. */
@Command(name = "eval-text", mixinStandardHelpOptions = true,
        description = {"Evaluate text -> spatial parameters on a text2hoa jsonl file (flat or v4 format):",
                "3-D angular error, distance log error, spread/wet/gain/room MAE, per language and azimuth bin,",
                "on all rows and on rows whose direction mask is 1.0; model, rule parser and both text2hoa rule baselines."})
public final class EvalTextCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE.jsonl", description = "text2hoa jsonl (flat or v4)")
    Path data;

    @Option(names = "--stats", paramLabel = "STATS.json", description = "v4 normalisation stats (default: the text2hoa v4 stats)")
    Path stats;

    @Option(names = "--az-sc", defaultValue = "sin-cos", description = "flat format az_sc order: sin-cos (text2hoa eval) | cos-sin (baseline/renderer)")
    String azSc;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Override
    public Integer call() throws IOException {
        List<Text2HoaSample> rows = TextModels.read(data, stats, azSc);
        List<TextToSpatial> parsers = List.of(LearnedTextModel.shipped(), new RuleParser(), new RuleGuessBaseline(),
                new RuleBaseline());
        List<TextEvaluation.Entry> entries = TextEvaluation.evaluate(rows, parsers);
        if (json) {
            spec.commandLine().getOut().println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(TextEvaluation.toJson(entries)));
        } else {
            spec.commandLine().getOut().println(TextEvaluation.toText(entries));
        }
        return 0;
    }
}
