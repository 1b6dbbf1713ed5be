package dev.earshot.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.ml.text.IntentField;
import dev.earshot.ml.text.SpatialIntent;
import dev.earshot.ml.text.TextToSpatial;
import dev.earshot.ml.text.model.TextBatchParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code earshot parse}: a sentence (English or Korean) to spatial parameters. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Turn a description into spatial parameters (start/end direction, distance, spread, wet, gain, room),",
                "with a confidence and the justifying words per field. Earshot convention: +azimuth = left."})
public final class ParseCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TEXT", description = "the sentence")
    String text;

    @Option(names = "--jsonl", paramLabel = "IN.jsonl", description = "parse every line ({\"text\": ...} or a JSON string)")
    Path jsonlIn;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl", description = "output for --jsonl (one JSON object per line)")
    Path out;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--parser", defaultValue = "model", description = "model (learned, default) | rules")
    String parserName;

    @Override
    public Integer call() throws IOException {
        TextToSpatial parser = TextModels.parser(parserName);
        PrintWriter o = spec.commandLine().getOut();
        if (jsonlIn != null) {
            if (out == null) {
                throw new UserInputException("--jsonl needs -o OUT.jsonl");
            }
            int n = TextBatchParser.parseFile(parser, jsonlIn, out);
            o.printf(Locale.ROOT, "parsed %d lines -> %s%n", n, out);
            return 0;
        }
        if (text == null) {
            throw new UserInputException("give TEXT or --jsonl IN.jsonl -o OUT.jsonl");
        }
        SpatialIntent i = parser.parse(text);
        if (json) {
            o.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(TextBatchParser.toJson(i)));
            return 0;
        }
        o.printf(Locale.ROOT, "direction   az %7.1f deg  el %6.1f deg%s%n", i.startDirection().azimuthDeg(),
                i.startDirection().elevationDeg(), i.moving()
                        ? String.format(Locale.ROOT, "  -> az %7.1f deg  el %6.1f deg (moves)",
                                i.endDirection().azimuthDeg(), i.endDirection().elevationDeg()) : "");
        o.printf(Locale.ROOT, "distance    %.2f m%s%n", i.distanceM(),
                i.moving() && i.endDistanceM() != i.distanceM() ? String.format(Locale.ROOT, " -> %.2f m", i.endDistanceM()) : "");
        o.printf(Locale.ROOT, "spread %.0f deg, wet %.2f, gain %+.1f dB, room %s%n", i.spreadDeg(), i.wetMix(), i.gainDb(), i.room());
        for (IntentField f : IntentField.values()) {
            o.printf(Locale.ROOT, "  %-16s confidence %.2f  %s%n", f.name().toLowerCase(Locale.ROOT), i.confidence(f), i.evidence(f));
        }
        return 0;
    }
}
