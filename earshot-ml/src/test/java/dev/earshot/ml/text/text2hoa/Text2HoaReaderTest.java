package dev.earshot.ml.text.text2hoa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.ml.text.IntentField;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.render.RoomAcoustics;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class Text2HoaReaderTest {

    private static List<Text2HoaSample> withText(List<Text2HoaSample> rows, String phrase) {
        return rows.stream().filter(s -> s.text().toLowerCase(Locale.ROOT).contains(phrase)).toList();
    }

    private static void assertAllAt(String phrase, double earshotAz) {
        List<Text2HoaSample> rows = withText(Fixtures.train(), phrase).stream()
                .filter(s -> s.weight(IntentField.AZIMUTH) == 1.0).toList();
        assertFalse(rows.isEmpty(), "no train row says " + phrase);
        for (Text2HoaSample s : rows) {
            assertEquals(0, Direction.wrapDeg(s.target().startAzimuthDeg() - earshotAz), 1e-9, s.text());
        }
    }

    @Test
    void readsAllRowsOfBothSplits() {
        assertEquals(1092, Fixtures.train().size());
        assertEquals(136, Fixtures.valid().size());
        assertEquals(570, Fixtures.train().stream().filter(s -> s.lang().equals("ko")).count());
    }

    @Test
    void fromTheLeftIsEarshotPlusNinety() {
        assertAllAt("from the left", 90);
    }

    @Test
    void toTheRightIsEarshotMinusNinety() {
        assertAllAt("to the right", -90);
    }

    @Test
    void backRightIsEarshotMinus135() {
        assertAllAt("from the back-right", -135);
        assertAllAt("오른쪽 뒤에서", -135);
    }

    @Test
    void backLeftIsEarshotPlus135() {
        assertAllAt("from the back-left", 135);
        assertAllAt("왼쪽 뒤에서", 135);
    }

    @Test
    void stageLeftIsEarshotPlusNinety() {
        assertAllAt("from stage left", 90);
    }

    @Test
    void validTargetsMatchTheNumpyReference() throws IOException {
        JsonNode ref = new ObjectMapper().readTree(Fixtures.open("reference_metrics.json")).get("valid_targets");
        List<Text2HoaSample> valid = Fixtures.valid();
        assertEquals(ref.size(), valid.size());
        for (int i = 0; i < valid.size(); i++) {
            JsonNode r = ref.get(i);
            Text2HoaSample s = valid.get(i);
            assertEquals(r.get("az_earshot").asDouble(), s.target().startAzimuthDeg(), 1e-9, "row " + i);
            assertEquals(r.get("s").asDouble(), s.azSc0(), 1e-15);
            assertEquals(r.get("c").asDouble(), s.azSc1(), 1e-15);
            assertEquals(Math.toDegrees(r.get("el").asDouble()), s.target().startElevationDeg(), 1e-9);
            assertEquals(r.get("dist").asDouble(), s.target().distanceM(), 1e-12);
            assertEquals(r.get("spread").asDouble(), s.target().spreadDeg(), 1e-12);
            assertEquals(r.get("wet").asDouble(), s.target().wetMix(), 1e-15);
            assertEquals(r.get("gain").asDouble(), s.target().gainDb(), 1e-12);
        }
    }

    @Test
    void maskWeightsBecomeTargetConfidences() {
        Text2HoaSample first = Fixtures.train().get(0); // 앞쪽에서 멀어지며 희미해져: az mask 0.5, dist mask 1.0
        assertEquals(0.5, first.weight(IntentField.AZIMUTH));
        assertEquals(1.0, first.weight(IntentField.DISTANCE));
        assertEquals(0.0, first.weight(IntentField.ROOM));
        assertTrue(first.target().room() instanceof RoomAcoustics.Anechoic);
    }

    @Test
    void elevationTrajectoryMakesTheTargetMove() {
        Text2HoaSample second = Fixtures.train().get(1); // el 0 -> -20.05 deg
        assertTrue(second.target().moving());
        assertEquals(0.0, second.target().startElevationDeg(), 1e-12);
        assertEquals(Math.toDegrees(Math.atan2(-0.34289780745545134, 0.9393727128473789)),
                second.target().endElevationDeg(), 1e-12);
    }

    @Test
    void flatSinCosReadingAgreesWithV4Decoding() throws IOException {
        List<Text2HoaSample> flat;
        try (InputStreamReader r = new InputStreamReader(Fixtures.open("flat_from_v4_valid.jsonl"), StandardCharsets.UTF_8)) {
            flat = Text2HoaReader.readFlat(r, "flat_from_v4_valid.jsonl", AzScOrder.SIN_COS);
        }
        assertEquals(20, flat.size());
        for (int i = 0; i < flat.size(); i++) {
            Text2HoaSample f = flat.get(i);
            Text2HoaSample v = Fixtures.valid().get(i);
            assertEquals(v.text(), f.text());
            assertEquals(0, Direction.wrapDeg(v.target().startAzimuthDeg() - f.target().startAzimuthDeg()), 1e-9);
            assertEquals(v.target().startElevationDeg(), f.target().startElevationDeg(), 1e-9);
            assertEquals(v.target().distanceM(), f.target().distanceM(), 1e-9);
            assertEquals(v.target().gainDb(), f.target().gainDb(), 1e-9);
        }
        assertEquals(new RoomAcoustics.Drr(3.0), flat.get(0).target().room());
        assertEquals(new RoomAcoustics.Rt60(0.8), flat.get(1).target().room());
    }

    @Test
    void flatCosSinReadingSwapsTheComponents() throws IOException {
        String row = "{\"text\":\"t\",\"lang\":\"en\",\"az_sc\":[1.0,0.0],\"el_rad\":0,\"dist_m\":2,\"spread_deg\":30,"
                + "\"wet_mix\":0.2,\"room_depth\":{\"drr_db\":1.5},\"gain_db\":-3}";
        double sinCos = Text2HoaReader.readFlat(new StringReader(row), "x", AzScOrder.SIN_COS).get(0).target().startAzimuthDeg();
        double cosSin = Text2HoaReader.readFlat(new StringReader(row), "x", AzScOrder.COS_SIN).get(0).target().startAzimuthDeg();
        assertEquals(-90.0, sinCos, 1e-12); // sin = 1: text2hoa right
        assertEquals(0.0, cosSin, 1e-12);   // cos = 1: front
    }

    @Test
    void missingFieldIsReportedWithFileLineAndField() {
        String rows = "\n{\"text\":\"t\",\"lang\":\"en\",\"az_sc\":[1.0,0.0],\"el_rad\":0,\"spread_deg\":30,"
                + "\"wet_mix\":0.2,\"room_depth\":{\"drr_db\":1.5},\"gain_db\":-3}";
        Text2HoaFormatException e = assertThrows(Text2HoaFormatException.class,
                () -> Text2HoaReader.readFlat(new StringReader(rows), "bad.jsonl", AzScOrder.SIN_COS));
        assertTrue(e.getMessage().contains("bad.jsonl:2"), e.getMessage());
        assertTrue(e.getMessage().contains("dist_m"), e.getMessage());
    }

    @Test
    void v4RowWithoutMaskKeyIsRejected() {
        String row = "{\"text\":\"t\",\"lang\":\"en\",\"y\":{},\"mask\":{}}";
        Text2HoaFormatException e = assertThrows(Text2HoaFormatException.class,
                () -> Text2HoaReader.readV4(new StringReader(row), "v4.jsonl", Fixtures.stats()));
        assertTrue(e.getMessage().contains("y.az_sin_start"), e.getMessage());
    }

    @Test
    void notJsonIsRejected() {
        assertThrows(Text2HoaFormatException.class,
                () -> Text2HoaReader.readV4(new StringReader("{oops"), "v4.jsonl", Fixtures.stats()));
    }

    @Test
    void statsWithoutLogDistIsRejected() {
        Text2HoaFormatException e = assertThrows(Text2HoaFormatException.class, () -> Text2HoaStats.read(
                new java.io.ByteArrayInputStream("{\"normalization\":{}}".getBytes(StandardCharsets.UTF_8)), "s.json"));
        assertTrue(e.getMessage().contains("normalization.log_dist.mean"), e.getMessage());
    }
}
