package dev.earshot.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.audio.AudioBuffer;
import dev.earshot.ml.model.ModelKind;
import dev.earshot.ml.perception.Perception;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The weights shipped under dev/earshot/ml/perception/default/ (Spatial-AST), .../distance/ (DSpAST) and
 * .../events/ (Spatial-AST trained on sound events) load from the class path and match their manifests.
 */
class ShippedModelTest {
    private static final String ROOT = "/dev/earshot/ml/perception/";

    private static InputStream res(String dir, String name) {
        InputStream in = ShippedModelTest.class.getResourceAsStream(dir + name);
        assertNotNull(in, dir + name + " is not on the class path");
        return in;
    }

    @ParameterizedTest
    @CsvSource({"default", "distance", "events"})
    void checkpointBytesMatchTheManifestHash(String folder) throws Exception {
        String dir = ROOT + folder + "/";
        JsonNode m;
        try (InputStream in = res(dir, "manifest.json")) {
            m = new ObjectMapper().readTree(in);
        }
        byte[] bytes;
        try (InputStream in = res(dir, TrainCheckpoint.TENSORS)) {
            bytes = in.readAllBytes();
        }
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(m.path("files").path("checkpoint.bin").path("sha256").asText(), sha);
        JsonNode config;
        try (InputStream in = res(dir, TrainCheckpoint.MANIFEST)) {
            config = new ObjectMapper().readTree(in);
        }
        assertEquals(config.findPath("seed").asInt(), m.path("seed").asInt(), "manifest seed vs the checkpoint's");
    }

    @ParameterizedTest
    @CsvSource({"default, SPATIAL_AST", "distance, DSPAST", "events, SPATIAL_AST"})
    void loadsAsWeightsOnlyAndAnalysesAClip(String folder, ModelKind kind) throws Exception {
        String dir = ROOT + folder + "/";
        TrainCheckpoint c;
        try (InputStream m = res(dir, TrainCheckpoint.MANIFEST); InputStream t = res(dir, TrainCheckpoint.TENSORS)) {
            c = TrainCheckpoint.read(m, t, dir + "model.json", dir + "checkpoint.bin");
        }
        assertEquals(kind, c.kind());
        assertTrue(c.firstMoment().isEmpty(), "shipped weights carry no optimiser state");
        float[] l = new float[32000];
        float[] r = new float[32000];
        for (int k = 0; k < l.length; k++) {
            l[k] = (float) (0.2 * Math.sin(2 * Math.PI * 440 * k / 32000.0));
            r[k] = 0.5f * l[k];
        }
        try (NeuralPerceiver p = NeuralPerceiver.of(c, dir, ai.djl.Device.cpu())) {
            Perception out = p.perceive(new AudioBuffer(new float[][] {l, r}, 32000));
            assertEquals(c.classes().size(), out.events().size());
            assertTrue(Double.isFinite(out.azimuthDeg()) && Double.isFinite(out.distanceM()));
        }
    }
}
