package dev.earshot.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.dsp.Resampler;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.ml.baseline.ClassicalBaseline;
import dev.earshot.ml.baseline.ClassicalDoaEstimator;
import dev.earshot.ml.baseline.ShippedBaseline;
import dev.earshot.ml.perception.EventScore;
import dev.earshot.ml.perception.InputScreen;
import dev.earshot.ml.perception.Perception;
import dev.earshot.ml.perception.PerceptionJson;
import dev.earshot.ml.train.NeuralPerceiver;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code earshot analyze}: sound events, direction and distance of a binaural file. Perceiver: {@code --checkpoint},
 * else the neural model shipped on the class path ({@link ShippedModels}), else the shipped fitted classical
 * baseline ({@link ShippedBaseline}); the output names which one answered.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Sound events (probabilities), azimuth/elevation (Earshot convention: 0 = front, +90 = left,",
                "elevation +90 = up) and distance of a binaural audio file. Works out of the box: without",
                "--checkpoint it uses the shipped neural model if this build has one, else the shipped classical",
                "baseline; the output says which perceiver answered. Any sample rate (resampled to 32 kHz, noted on",
                "stderr) and length (both analyse up to the first 30 s; a neural model in windows of its clip length:",
                "events from any window, direction and distance from the first audible one). Mono,",
                "silent, heavily clipped or non-finite audio is refused (exit 1); mild problems are warned about."})
public final class AnalyzeCommand implements Callable<Integer> {
    /** Rate both perceivers analyse at. */
    static final int RATE_HZ = 32000;
    /** Longest stretch the classical baseline analyses (from the start), seconds; bounds memory and time. */
    static final double BASELINE_MAX_SECONDS = 30.0;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "binaural audio file (2 channels: left, right)")
    Path file;

    @Option(names = "--checkpoint", paramLabel = "DIR", description = "checkpoint folder from earshot train (default: the shipped model, if any)")
    Path checkpoint;

    @Option(names = "--perceiver", defaultValue = "auto", paramLabel = "auto|neural|classical",
            description = "which perceiver answers (default ${DEFAULT-VALUE}: --checkpoint; else the shipped neural model "
                    + "for direction, the shipped distance model (else the neural model) for distance and the shipped "
                    + "events model (else the shipped classical baseline) for events; else classical)")
    String perceiver;

    @Option(names = "--baseline", paramLabel = "FILE", description = "fitted classical baseline JSON (from earshot eval --save-baseline) instead of the shipped one")
    Path baseline;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--top", defaultValue = "5", description = "events listed in the text output (default ${DEFAULT-VALUE})")
    int top;

    @Override
    public Integer call() throws IOException {
        String mode = perceiver.toLowerCase(Locale.ROOT);
        if (!List.of("auto", "neural", "classical").contains(mode)) {
            throw new UserInputException("--perceiver: expected auto, neural or classical, got '" + perceiver + "'");
        }
        if (checkpoint != null && (mode.equals("classical") || baseline != null)) {
            throw new UserInputException("--checkpoint selects the neural model; it cannot be combined with "
                    + "--perceiver classical or --baseline");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": no such file");
        }
        AudioBuffer audio = AudioFiles.read(file);
        List<String> warnings = InputScreen.screen(audio, file.toString());
        List<String> notes = new ArrayList<>();
        if (audio.sampleRateHz() != RATE_HZ) {
            notes.add("resampled from " + audio.sampleRateHz() + " Hz to " + RATE_HZ + " Hz");
            audio = Resampler.resample(audio, RATE_HZ);
        }
        PrintWriter err = spec.commandLine().getErr();
        Result r = perceive(mode, audio, notes);
        warnings.forEach(s -> err.println("warning: " + s));
        notes.forEach(s -> err.println("note: " + s));
        err.flush();
        print(r, audio.durationS(), warnings, notes);
        return 0;
    }

    private record Result(Perception perception, String perceiver, String model) {
    }

    private Result perceive(String mode, AudioBuffer audio, List<String> notes) throws IOException {
        Optional<Path> neural = Optional.ofNullable(checkpoint);
        if (neural.isEmpty() && baseline == null && !mode.equals("classical")) {
            neural = ShippedModels.neuralCheckpoint(AnalyzeCommand.class.getClassLoader());
        }
        if (neural.isPresent()) {
            if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
                System.setProperty("ai.djl.pytorch.num_threads", "1");
            }
            String model = checkpoint != null ? checkpoint.toString() : "shipped:/" + ShippedModels.DEFAULT_MODEL;
            Result n;
            try (NeuralPerceiver p = NeuralPerceiver.load(neural.get())) {
                NeuralPerceiver.Analysis a = p.analyze(audio);
                notes.addAll(a.notes());
                n = new Result(a.perception(), p.name(), model);
            }
            if (checkpoint != null || !mode.equals("auto")) {
                return n;
            }
            // Each answer comes from the perceiver that measured best on it (RESULTS_PERCEIVE.md, "A clean test
            // split": 200 single-source clips of unseen recordings): direction from the shipped Spatial-AST (MAE 8.6
            // vs 58.5 deg for the baseline), distance from the shipped DSpAST (DER 19.0 %; Spatial-AST 30.0, baseline
            // 30.5), events from the shipped events model (mAP 0.72 vs 0.61) if this build has one, else the baseline.
            ClassLoader cl = AnalyzeCommand.class.getClassLoader();
            Result d = shippedPart(ShippedModels.distanceCheckpoint(cl), ShippedModels.DISTANCE_MODEL, "", audio).orElse(n);
            Optional<Result> e = shippedPart(ShippedModels.eventsCheckpoint(cl), ShippedModels.EVENTS_MODEL, "-events",
                    audio);
            if (e.isEmpty()) { // the baseline is loaded only when needed: its KEMAR cue tables take a while
                Optional<ClassicalBaseline> shipped = ShippedBaseline.load(ClassicalDoaEstimator.kemar());
                if (shipped.isPresent()) {
                    e = Optional.of(classical(shipped.get(), "shipped:" + ShippedBaseline.PARAMETERS, audio, notes));
                }
            }
            Result c = e.orElse(n);
            Perception pn = n.perception();
            LinkedHashSet<Result> parts = new LinkedHashSet<>(List.of(n, d, c));
            String names = String.join("+", parts.stream().map(Result::perceiver).toList());
            String models = String.join(" + ", parts.stream().map(Result::model).toList());
            notes.add("direction from " + n.perceiver() + ", distance from " + d.perceiver() + ", events from "
                    + c.perceiver() + " (each measured best on its part; --perceiver neural|classical for one alone)");
            return new Result(new Perception(c.perception().events(), pn.azimuthDeg(), pn.elevationDeg(),
                    d.perception().distanceM(), pn.doaConfidence()), names, models);
        }
        if (mode.equals("neural")) {
            throw new UserInputException("--perceiver neural: this build ships no neural model; train one with "
                    + "earshot train --data DIR --out DIR and pass --checkpoint DIR");
        }
        ClassicalDoaEstimator doa = ClassicalDoaEstimator.kemar();
        ClassicalBaseline b;
        String model;
        if (baseline != null) {
            b = ClassicalBaseline.load(baseline, doa);
            model = baseline.toString();
        } else {
            b = ShippedBaseline.load(doa).orElseThrow(() -> new UserInputException("this build ships neither a "
                    + "neural model nor a fitted classical baseline; pass --checkpoint DIR (earshot train) or "
                    + "--baseline FILE (earshot eval --save-baseline)"));
            model = "shipped:" + ShippedBaseline.PARAMETERS;
        }
        return classical(b, model, audio, notes);
    }

    /** Runs a shipped single-purpose neural model, if this build has it; its name gets {@code suffix}. */
    private static Optional<Result> shippedPart(Optional<Path> dir, String folder, String suffix, AudioBuffer audio)
            throws IOException {
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        try (NeuralPerceiver p = NeuralPerceiver.load(dir.get())) {
            return Optional.of(new Result(p.analyze(audio).perception(), p.name() + suffix, "shipped:/" + folder));
        }
    }

    private Result classical(ClassicalBaseline b, String model, AudioBuffer audio, List<String> notes) {
        AudioBuffer x = audio;
        int max = (int) (BASELINE_MAX_SECONDS * RATE_HZ);
        if (audio.frames() > max) {
            x = new AudioBuffer(new float[][] {java.util.Arrays.copyOf(audio.channel(0), max),
                java.util.Arrays.copyOf(audio.channel(1), max)}, RATE_HZ);
            notes.add(String.format(Locale.ROOT, "analysed the first %.2f s of %.2f s (the classical baseline's "
                    + "analysis window)", BASELINE_MAX_SECONDS, audio.durationS()));
        } else {
            notes.add(String.format(Locale.ROOT, "analysed the whole %.2f s with the classical baseline",
                    audio.durationS()));
        }
        return new Result(b.perceive(x), b.name(), model);
    }

    private void print(Result res, double seconds, List<String> warnings, List<String> notes) throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        Perception r = res.perception();
        if (json) {
            ObjectNode n = PerceptionJson.toNode(r);
            n.put("perceiver", res.perceiver());
            n.put("model", res.model());
            n.put("file", file.toString());
            n.put("duration_s", seconds);
            ArrayNode w = n.putArray("warnings");
            warnings.forEach(w::add);
            ArrayNode nn = n.putArray("notes");
            notes.forEach(nn::add);
            o.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(n));
            return;
        }
        o.printf(Locale.ROOT, "%s%n  perceiver: %s (%s)%n  direction: azimuth %.0f deg (%s), elevation %.0f deg"
                        + " (confidence %.2f)%n  distance: %.1f m%n", file, res.perceiver(), res.model(), r.azimuthDeg(),
                side(r.azimuthDeg()), r.elevationDeg(), r.doaConfidence(), r.distanceM());
        o.println("  events:");
        for (EventScore e : r.events().stream().limit(Math.max(1, top)).toList()) {
            o.printf(Locale.ROOT, "    %-28s %.3f%n", e.label(), e.probability());
        }
    }

    static String side(double az) {
        double a = Math.abs(az);
        String fb = a <= 30 ? "front" : a >= 150 ? "behind" : "";
        String lr = a > 15 && a < 165 ? (az > 0 ? "left" : "right") : "";
        return (fb + " " + lr).trim();
    }
}
