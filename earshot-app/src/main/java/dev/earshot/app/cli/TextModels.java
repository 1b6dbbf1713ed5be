package dev.earshot.app.cli;

import dev.earshot.ml.text.RuleParser;
import dev.earshot.ml.text.TextToSpatial;
import dev.earshot.ml.text.model.LearnedTextModel;
import dev.earshot.ml.text.text2hoa.AzScOrder;
import dev.earshot.ml.text.text2hoa.Text2HoaReader;
import dev.earshot.ml.text.text2hoa.Text2HoaSample;
import dev.earshot.ml.text.text2hoa.Text2HoaStats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Chooses the text → spatial parser and reads text2hoa files for the text commands. */
final class TextModels {
    private TextModels() {
    }

    static TextToSpatial parser(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "model" -> LearnedTextModel.shipped();
            case "rules" -> new RuleParser();
            default -> throw new UserInputException("--parser: expected model or rules, got '" + name + "'");
        };
    }

    /** Reads either text2hoa format, told apart by the first record's keys ({@code y} = v4, {@code az_sc} = flat). */
    static List<Text2HoaSample> read(Path file, Path statsFile, String azScOrder) throws IOException {
        String first;
        try (var lines = Files.lines(file)) {
            first = lines.filter(l -> !l.isBlank()).findFirst()
                    .orElseThrow(() -> new UserInputException(file + ": no records"));
        }
        if (first.contains("\"y\"")) {
            return Text2HoaReader.readV4(file, stats(statsFile));
        }
        AzScOrder order = switch (azScOrder.toLowerCase(Locale.ROOT)) {
            case "sin-cos" -> AzScOrder.SIN_COS;
            case "cos-sin" -> AzScOrder.COS_SIN;
            default -> throw new UserInputException("--az-sc: expected sin-cos or cos-sin, got '" + azScOrder + "'");
        };
        return Text2HoaReader.readFlat(file, order);
    }

    private static Text2HoaStats stats(Path statsFile) throws IOException {
        if (statsFile != null) {
            return Text2HoaStats.read(statsFile);
        }
        String res = "/dev/earshot/ml/text/text2hoa/text2spatial_v4_stats.json";
        try (InputStream in = TextModels.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IOException("built-in text2hoa stats resource " + res + " is missing");
            }
            return Text2HoaStats.read(in, "built-in text2spatial_v4_stats.json");
        }
    }
}
