package dev.earshot.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.dsp.Resampler;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.audio.io.WavEncoding;
import dev.earshot.ml.checkpoint.Tensor;
import dev.earshot.ml.model.ModelConfig;
import dev.earshot.ml.model.ModelKind;
import dev.earshot.ml.model.StateDictLayout;
import dev.earshot.ml.train.TrainCheckpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code earshot analyze} out of the box (shipped perceiver), on awkward input, and on a broken checkpoint. */
class AnalyzeCommandTest {
    @TempDir
    static Path dir;
    static Path wav;
    static AudioBuffer audio;
    static String shippedPerceiver;

    @BeforeAll
    static void simulate() throws Exception {
        CliTestSupport.Run r = CliTestSupport.run("simulate", "--count", "1", "--seconds", "1.5", "--seed", "9",
                "--quiet", "-o", dir.resolve("ds").toString());
        assertEquals(0, r.exitCode(), r.err());
        try (Stream<Path> s = Files.walk(dir.resolve("ds"))) {
            wav = s.filter(p -> p.toString().endsWith(".wav")).findFirst().orElseThrow();
        }
        audio = AudioFiles.read(wav);
        shippedPerceiver = ShippedModels.neuralCheckpoint(AnalyzeCommand.class.getClassLoader()).isPresent()
                ? "spatial-ast-small+dspast-small+spatial-ast-small-events" : "classical-baseline";
    }

    private static JsonNode json(CliTestSupport.Run r) throws Exception {
        assertEquals(0, r.exitCode(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void withoutCheckpointTheShippedPerceiverAnswersAndIsNamed() throws Exception {
        JsonNode n = json(CliTestSupport.run("analyze", wav.toString(), "--json"));
        assertEquals(shippedPerceiver, n.get("perceiver").asText());
        assertTrue(n.get("model").asText().startsWith("shipped:"), n.toString());
        assertTrue(n.get("azimuth_deg").isNumber() && n.get("elevation_deg").isNumber()
                && n.get("distance_m").isNumber(), n.toString());
        assertTrue(n.get("events").size() > 1, n.toString());
        assertTrue(n.get("events").get(0).get("probability").asDouble()
                >= n.get("events").get(1).get("probability").asDouble(), "events sorted by probability");
    }

    @Test
    void defaultTakesDirectionFromTheNeuralModelDistanceFromTheDistanceModelAndEventsFromTheEventsModel()
            throws Exception {
        ClassLoader cl = AnalyzeCommand.class.getClassLoader();
        org.junit.jupiter.api.Assumptions.assumeTrue(ShippedModels.neuralCheckpoint(cl).isPresent(), "no shipped neural model");
        Path distanceModel = ShippedModels.distanceCheckpoint(cl).orElseThrow();
        Path eventsModel = ShippedModels.eventsCheckpoint(cl).orElseThrow();
        JsonNode auto = json(CliTestSupport.run("analyze", wav.toString(), "--json"));
        JsonNode neural = json(CliTestSupport.run("analyze", wav.toString(), "--json", "--perceiver", "neural"));
        JsonNode distance = json(CliTestSupport.run("analyze", wav.toString(), "--json", "--checkpoint",
                distanceModel.toString()));
        JsonNode events = json(CliTestSupport.run("analyze", wav.toString(), "--json", "--checkpoint",
                eventsModel.toString()));
        assertEquals(neural.get("azimuth_deg").asDouble(), auto.get("azimuth_deg").asDouble(), 0.0);
        assertEquals(neural.get("elevation_deg").asDouble(), auto.get("elevation_deg").asDouble(), 0.0);
        assertEquals(distance.get("distance_m").asDouble(), auto.get("distance_m").asDouble(), 0.0);
        assertEquals("dspast-small", distance.get("perceiver").asText());
        assertEquals(events.get("events"), auto.get("events"));
        assertEquals("spatial-ast-small", neural.get("perceiver").asText());
        assertEquals("spatial-ast-small+dspast-small+spatial-ast-small-events", auto.get("perceiver").asText());
    }

    @Test
    void classicalPerceiverIsNamedInTheTextOutput() {
        CliTestSupport.Run r = CliTestSupport.run("analyze", wav.toString(), "--perceiver", "classical");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("perceiver: classical-baseline (shipped:"), r.out());
        assertTrue(r.out().contains("direction: azimuth") && r.out().contains("distance:"), r.out());
    }

    @Test
    void otherSampleRateIsResampledAndSaidOnStderr() throws Exception {
        Path f = dir.resolve("44k.wav");
        AudioFiles.writeWav(f, Resampler.resample(audio, 44100), WavEncoding.FLOAT32);
        CliTestSupport.Run r = CliTestSupport.run("analyze", f.toString(), "--perceiver", "classical", "--json");
        JsonNode n = json(r);
        assertTrue(r.err().contains("note: resampled from 44100 Hz to 32000 Hz"), r.err());
        assertEquals("resampled from 44100 Hz to 32000 Hz", n.get("notes").get(0).asText());
    }

    @Test
    void resampledFileGivesNearlyTheSameDirection() throws Exception {
        Path f = dir.resolve("48k.wav");
        AudioFiles.writeWav(f, Resampler.resample(audio, 48000), WavEncoding.FLOAT32);
        JsonNode a = json(CliTestSupport.run("analyze", wav.toString(), "--perceiver", "classical", "--json"));
        JsonNode b = json(CliTestSupport.run("analyze", f.toString(), "--perceiver", "classical", "--json"));
        double d = Math.abs(a.get("azimuth_deg").asDouble() - b.get("azimuth_deg").asDouble()) % 360;
        assertTrue(Math.min(d, 360 - d) <= 10, a + " vs " + b);
    }

    @Test
    void longFileIsAnalysedOverTheFirst30SecondsAndSaysSo() throws Exception {
        Path f = dir.resolve("long.wav");
        int n = 32000 * 32;
        float[][] x = new float[2][n];
        for (int i = 0; i < n; i++) { // the clip repeated for 32 s
            x[0][i] = audio.channel(0)[i % audio.frames()];
            x[1][i] = audio.channel(1)[i % audio.frames()];
        }
        AudioFiles.writeWav(f, new AudioBuffer(x, 32000), WavEncoding.FLOAT32);
        CliTestSupport.Run r = CliTestSupport.run("analyze", f.toString(), "--perceiver", "classical", "--json");
        JsonNode n2 = json(r);
        assertTrue(r.err().contains("note: analysed the first 30.00 s of 32.00 s"), r.err());
        assertEquals(32.0, n2.get("duration_s").asDouble(), 1e-9);
    }

    @Test
    void nanSampleIsRefusedNamingIt() throws Exception {
        Path f = dir.resolve("nan.wav");
        AudioBuffer b = audio.copy();
        b.channel(0)[100] = Float.NaN;
        AudioFiles.writeWav(f, b, WavEncoding.FLOAT32);
        CliTestSupport.Run r = CliTestSupport.run("analyze", f.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("sample 100 of the left channel") && r.err().contains("NaN"), r.err());
    }

    @Test
    void heavilyClippedFileIsRefused() throws Exception {
        Path f = dir.resolve("clipped.wav");
        AudioBuffer b = audio.copy();
        for (float[] ch : b.samples()) {
            for (int i = 0; i < ch.length; i++) {
                ch[i] = Math.max(-1f, Math.min(1f, ch[i] * 1000f));
            }
        }
        AudioFiles.writeWav(f, b, WavEncoding.PCM16);
        CliTestSupport.Run r = CliTestSupport.run("analyze", f.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("the audio is clipped"), r.err());
    }

    @Test
    void threeChannelFileIsRefused() throws Exception {
        Path f = dir.resolve("three.wav");
        float[][] x = {audio.channel(0), audio.channel(1), audio.channel(0)};
        AudioFiles.writeWav(f, new AudioBuffer(x, 32000), WavEncoding.PCM16);
        CliTestSupport.Run r = CliTestSupport.run("analyze", f.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("3 channel(s); expected binaural audio"), r.err());
    }

    @Test
    void unknownPerceiverIsRefused() {
        CliTestSupport.Run r = CliTestSupport.run("analyze", wav.toString(), "--perceiver", "oracle");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("--perceiver: expected auto, neural or classical"), r.err());
    }

    @Test
    void checkpointWithMissingAndMisshapenTensorsNamesThem() throws Exception {
        ModelConfig c = new ModelConfig(32, 1, 4, 4, 64, 128, 16, 3, 16);
        Map<String, Tensor> w = new HashMap<>();
        StateDictLayout.of(ModelKind.SPATIAL_AST, c).required().forEach((k, shape) -> {
            int n = 1;
            for (int s : shape) {
                n *= s;
            }
            w.put(k, new Tensor(shape, new float[n]));
        });
        assertTrue(w.containsKey("cls_tokens") && w.containsKey("head.weight"), w.keySet().toString());
        w.remove("cls_tokens");
        w.put("head.weight", new Tensor(new int[] {5, 32}, new float[160]));
        Path ck = dir.resolve("broken");
        new TrainCheckpoint(ModelKind.SPATIAL_AST, c, List.of("a", "b", "c"), "spatial-ast", 1, 1L, 0L, w, Map.of(), Map.of()).write(ck);
        CliTestSupport.Run r = CliTestSupport.run("analyze", wav.toString(), "--checkpoint", ck.toString());
        assertEquals(1, r.exitCode(), r.out());
        assertTrue(r.err().contains("1 missing [cls_tokens]"), r.err());
        assertTrue(r.err().contains("1 misshapen [head.weight: expected [3, 32], got [5, 32]]"), r.err());
    }
}
