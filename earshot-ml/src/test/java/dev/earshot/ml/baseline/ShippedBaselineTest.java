package dev.earshot.ml.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fitted classical baseline shipped as a resource: present, intact, documented, loadable. */
class ShippedBaselineTest {
    @Test
    void isShipped() {
        assertTrue(ShippedBaseline.present());
    }

    @Test
    void parametersMatchTheManifestHash() throws Exception {
        byte[] b;
        try (InputStream in = ShippedBaseline.class.getResourceAsStream(ShippedBaseline.PARAMETERS)) {
            b = in.readAllBytes();
        }
        assertEquals(ShippedBaseline.manifest().get("parameters_sha256").asText(), ShippedBaseline.sha256(b));
    }

    @Test
    void sha256MatchesAKnownDigest() {
        // FIPS 180-2 test vector "abc"
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                ShippedBaseline.sha256("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    @Test
    void manifestSaysWhichDataSeedAndCommandMadeIt() {
        JsonNode m = ShippedBaseline.manifest();
        assertTrue(m.at("/data/command").asText().contains("earshot simulate --bank"), m.toString());
        assertTrue(m.at("/data/command").asText().contains("--seed"), m.toString());
        assertTrue(m.at("/fit/command").asText().contains("--save-baseline"), m.toString());
        assertTrue(m.at("/fit/seed").isIntegralNumber(), m.toString());
    }

    @Test
    void loadedClassifierScoresTheManifestClasses() {
        ClassicalBaseline b = ShippedBaseline.load(ClassicalDoaEstimator.kemar()).orElseThrow();
        List<String> want = new ArrayList<>();
        ShippedBaseline.manifest().get("classes").forEach(n -> want.add(n.asText()));
        assertEquals(want, b.classifier().classes());
        assertTrue(want.size() >= 2);
    }
}
