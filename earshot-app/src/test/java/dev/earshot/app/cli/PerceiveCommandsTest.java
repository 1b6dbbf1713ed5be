package dev.earshot.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.audio.io.WavEncoding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** earshot train / eval / analyze end to end on a tiny simulated dataset (built-in bank, 1-block model). */
class PerceiveCommandsTest {
    @TempDir
    static Path dir;
    static Path ck;
    static Path wav;

    @BeforeAll
    static void simulateAndTrain() throws Exception {
        for (String split : new String[] {"train", "test"}) {
            CliTestSupport.Run r = CliTestSupport.run("simulate", "--count", split.equals("train") ? "6" : "3", "--seconds", "0.5", "--seed",
                    split.equals("train") ? "1" : "2", "--split", split, "--quiet", "-o", dir.resolve(split).toString());
            assertEquals(0, r.exitCode(), r.err());
        }
        ck = dir.resolve("ck");
        CliTestSupport.Run t = CliTestSupport.run("train", "--data", dir.resolve("train").toString(), "--out",
                ck.toString(), "--epochs", "1", "--seconds", "0.5", "--depth", "1", "--batch", "6");
        assertEquals(0, t.exitCode(), t.err());
        assertTrue(t.out().contains("epoch 1/1  loss "), t.out());
        try (Stream<Path> s = Files.walk(dir.resolve("test"))) {
            wav = s.filter(p -> p.toString().endsWith(".wav")).findFirst().orElseThrow();
        }
    }

    @Test
    void analyzeJsonHasDirectionDistanceAndEvents() throws Exception {
        CliTestSupport.Run r = CliTestSupport.run("analyze", wav.toString(), "--checkpoint", ck.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertTrue(n.get("azimuth_deg").isNumber() && n.get("elevation_deg").isNumber() && n.get("distance_m").isNumber());
        assertTrue(n.get("events").size() > 0);
        assertTrue(n.get("events").get(0).has("label") && n.get("events").get(0).has("probability"));
    }

    @Test
    void evalPrintsNeuralAndBaselineSideBySide() throws Exception {
        CliTestSupport.Run r = CliTestSupport.run("eval", "--data", dir.resolve("test").toString(), "--checkpoint",
                ck.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode s = new ObjectMapper().readTree(r.out()).get("summary");
        assertEquals(2, s.size());
        assertEquals("spatial-ast-small", s.get(0).get("perceiver").asText());
        assertEquals("classical-baseline", s.get(1).get("perceiver").asText());
        assertTrue(s.get(1).has("er20_pct") && s.get(1).has("der_pct") && s.get(1).has("mae_deg"));
    }

    @Test
    void monoFileIsRefusedWithExitOne() throws Exception {
        Path mono = dir.resolve("mono.wav");
        float[] x = new float[8000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.1 * Math.sin(i * 0.1));
        }
        AudioFiles.writeWav(mono, AudioBuffer.mono(x, 16000), WavEncoding.PCM16);
        CliTestSupport.Run r = CliTestSupport.run("analyze", mono.toString(), "--checkpoint", ck.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("1 channel(s); expected binaural audio"), r.err());
    }

    @Test
    void silentFileIsRefusedWithExitOne() throws Exception {
        Path silent = dir.resolve("silent.wav");
        AudioFiles.writeWav(silent, AudioBuffer.silence(2, 8000, 32000), WavEncoding.PCM16);
        CliTestSupport.Run r = CliTestSupport.run("analyze", silent.toString(), "--checkpoint", ck.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("silent"), r.err());
    }

    @Test
    void analyzeWithoutCheckpointNamesTheShippedPerceiver() {
        CliTestSupport.Run r = CliTestSupport.run("analyze", wav.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("perceiver: "), r.out());
    }

    @Test
    void analyzeWithCheckpointNamesTheNeuralPerceiver() throws Exception {
        CliTestSupport.Run r = CliTestSupport.run("analyze", wav.toString(), "--checkpoint", ck.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("spatial-ast-small", new ObjectMapper().readTree(r.out()).get("perceiver").asText());
    }
}
