package dev.earshot.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.ml.perception.EventScore;
import dev.earshot.ml.perception.Perception;
import dev.earshot.ml.perception.PerceptionJson;
import dev.earshot.ml.train.NeuralPerceiver;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code earshot analyze}: sound events, direction and distance of a binaural file with a trained model. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Sound events (probabilities), azimuth/elevation (Earshot convention: 0 = front, +90 = left,",
                "elevation +90 = up) and distance of a binaural audio file, with a model trained by earshot train.",
                "Other sample rates are resampled to 32 kHz and the clip is cropped or padded to the model's length",
                "(both reported). Mono, silent or clipped audio is refused (exit 1)."})
public final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "binaural audio file (2 channels)")
    Path file;

    @Option(names = "--checkpoint", paramLabel = "DIR", description = "checkpoint folder from earshot train (required: no model is shipped yet)")
    Path checkpoint;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--top", defaultValue = "5", description = "events listed in the text output (default ${DEFAULT-VALUE})")
    int top;

    @Override
    public Integer call() throws IOException {
        if (checkpoint == null) {
            throw new UserInputException("--checkpoint: no model is shipped with this build; train one with "
                    + "earshot train --data DIR --out DIR and pass --checkpoint DIR");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": no such file");
        }
        AudioBuffer audio = AudioFiles.read(file);
        if (audio.channels() != 2) {
            throw new UserInputException(file + ": " + audio.channels() + " channel(s); expected binaural audio "
                    + "(2 channels: left, right)");
        }
        if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
            System.setProperty("ai.djl.pytorch.num_threads", "1");
        }
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (NeuralPerceiver p = NeuralPerceiver.load(checkpoint)) {
            NeuralPerceiver.Analysis a;
            try {
                a = p.analyze(audio);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(file + ": " + e.getMessage());
            }
            Perception r = a.perception();
            if (json) {
                ObjectNode n = PerceptionJson.toNode(r);
                n.put("file", file.toString());
                n.put("model", checkpoint.toString());
                ArrayNode notes = n.putArray("notes");
                a.notes().forEach(notes::add);
                o.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(n));
            } else {
                a.notes().forEach(s -> err.println("note: " + s));
                err.flush();
                o.printf(Locale.ROOT, "%s%n  direction: azimuth %.0f deg (%s), elevation %.0f deg%n  distance: %.1f m%n",
                        file, r.azimuthDeg(), side(r.azimuthDeg()), r.elevationDeg(), r.distanceM());
                o.println("  events:");
                for (EventScore e : r.events().stream().limit(Math.max(1, top)).toList()) {
                    o.printf(Locale.ROOT, "    %-28s %.3f%n", e.label(), e.probability());
                }
            }
        }
        return 0;
    }

    private static String side(double az) {
        double a = Math.abs(az);
        String fb = a <= 30 ? "front" : a >= 150 ? "behind" : "";
        String lr = a > 15 && a < 165 ? (az > 0 ? "left" : "right") : "";
        return (fb + " " + lr).trim();
    }
}
