package dev.earshot.ml.text.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.ml.text.IntentField;
import dev.earshot.ml.text.SpatialIntent;
import dev.earshot.spatial.geom.Direction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnedTextModelTest {

    private static final LearnedTextModel MODEL = LearnedTextModel.shipped();

    private static void assertInRange(SpatialIntent i) {
        for (double v : new double[] {i.startAzimuthDeg(), i.endAzimuthDeg(), i.startElevationDeg(), i.endElevationDeg(),
            i.distanceM(), i.endDistanceM(), i.spreadDeg(), i.wetMix(), i.gainDb()}) {
            assertTrue(Double.isFinite(v));
        }
        assertTrue(i.startElevationDeg() >= -60 && i.startElevationDeg() <= 60, "elevation " + i.startElevationDeg());
        assertTrue(i.distanceM() >= 0.6 && i.distanceM() <= 6, "distance " + i.distanceM());
        assertTrue(i.spreadDeg() >= 5 && i.spreadDeg() <= 120, "spread " + i.spreadDeg());
        assertTrue(i.gainDb() >= -6 && i.gainDb() <= 6, "gain " + i.gainDb());
        for (IntentField f : IntentField.values()) {
            assertTrue(i.confidence(f) >= 0 && i.confidence(f) <= 1);
        }
    }

    @Test
    void shippedManifestCarriesLicenceSeedAndDataHash() {
        var m = MODEL.manifest();
        assertTrue(m.get("licence").asText().contains("academic research use"));
        assertEquals(7, m.get("seed").asLong());
        assertEquals(64, m.get("training_data").get(0).get("sha256").asText().length());
        assertEquals(1092, m.get("training_data").get(0).get("rows").asInt());
    }

    @Test
    void readsPlainDirectionsInEnglishAndKorean() {
        // Earshot convention: +azimuth = left
        assertEquals(90, MODEL.parse("a bell rings from the left").startAzimuthDeg(), 20);
        assertEquals(-90, MODEL.parse("오른쪽에서 부드럽게 들려").startAzimuthDeg(), 20);
        double back = MODEL.parse("footsteps behind you, far away").startAzimuthDeg();
        assertTrue(Math.abs(Direction.wrapDeg(back - 180)) <= 50, "behind -> " + back);
    }

    @Test
    void outputsStayInRangeForVariedTexts() {
        for (String t : new String[] {"sweeps quickly from the back-right to the front, far away in a big hall",
            "왼쪽 앞에서 천천히 다가와", "very loud and dry, right in front", "whispers overhead", "x", "123 456",
            "Сзади слева тихо", "左から近づいてくる"}) {
            assertInRange(MODEL.parse(t));
        }
    }

    @Test
    void movementFromRulesGivesATrajectory() {
        SpatialIntent i = MODEL.parse("moves from the left to the right");
        assertTrue(i.moving());
        assertEquals(180, Math.abs(Direction.wrapDeg(i.endAzimuthDeg() - i.startAzimuthDeg())), 1e-6);
    }

    @Test
    void blankAndNullTextGiveNeutralDefaultsWithZeroConfidence() {
        for (String t : new String[] {null, "", "   \n\t"}) {
            SpatialIntent i = MODEL.parse(t);
            assertEquals(0, i.startAzimuthDeg());
            assertEquals(2.0, i.distanceM());
            for (IntentField f : IntentField.values()) {
                assertEquals(0.0, i.confidence(f), f.name());
            }
        }
    }

    @Test
    void textWithoutSpatialCueHasLowConfidence() {
        SpatialIntent i = MODEL.parse("the quarterly report is attached");
        assertInRange(i);
        assertTrue(i.confidence(IntentField.AZIMUTH) <= 0.3, "azimuth confidence " + i.confidence(IntentField.AZIMUTH));
        for (IntentField f : new IntentField[] {IntentField.DISTANCE, IntentField.SPREAD, IntentField.WET,
            IntentField.GAIN}) {
            assertTrue(i.confidence(f) <= 0.2, f.name());
        }
    }

    @Test
    void veryLongTextIsCutAndStillParsed() {
        String longText = "from the left, ".repeat(20_000);
        SpatialIntent i = MODEL.parse(longText);
        assertInRange(i);
        assertEquals(90, i.startAzimuthDeg(), 20);
    }

    @Test
    void oddCodePointsNeverBreakIt() {
        assertInRange(MODEL.parse("\uD83D\uDD0A\u0000\uFFFF"));
        assertInRange(MODEL.parse("\uD800"));
    }

    @Test
    void sameTextGivesTheSameIntent() {
        assertEquals(MODEL.parse("a train passes from left to right"), MODEL.parse("a train passes from left to right"));
    }

    @Test
    void loadingAFolderWithoutAModelNamesTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(LearnedTextModel.MANIFEST_FILE), "{\"config\": {}}");
        Files.write(dir.resolve(LearnedTextModel.WEIGHTS_FILE), new byte[16]);
        IOException e = assertThrows(IOException.class, () -> LearnedTextModel.load(dir));
        assertTrue(e.getMessage().contains(LearnedTextModel.MANIFEST_FILE), e.getMessage());
    }

    @Test
    void aHeadTrainedOnAnotherEmbeddingIsRefusedNamingTheField(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(LearnedTextModel.MANIFEST_FILE), "{\"config\": {\"ngramBuckets\": 4096,"
                + " \"scale\": 16}, \"features\": {\"sentence_embedding\": \"some-other-embedding:1\"}}");
        Files.write(dir.resolve(LearnedTextModel.WEIGHTS_FILE), new byte[16]);
        IOException e = assertThrows(IOException.class, () -> LearnedTextModel.load(dir));
        assertTrue(e.getMessage().contains("features.sentence_embedding"), e.getMessage());
    }

    @Test
    void shippedHeadWasTrainedOnTheEmbeddingItRuns() {
        assertEquals(SentenceEmbedder.MODEL_ID, MODEL.manifest().path("features").path("sentence_embedding").asText());
    }

    @Test
    void textWithNoCueInAnUnknownScriptIsParsedInRange() {
        assertInRange(MODEL.parse("𒀀𒀁𒀂 ᚠᚢᚦ"));
        assertInRange(MODEL.parse("\u0001\u0002"));
    }
}
