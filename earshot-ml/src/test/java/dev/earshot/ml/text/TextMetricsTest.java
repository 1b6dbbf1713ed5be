package dev.earshot.ml.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.ml.text.text2hoa.Fixtures;
import dev.earshot.ml.text.text2hoa.Text2HoaSample;
import dev.earshot.spatial.render.RoomAcoustics;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMetricsTest {

    @Test
    void angularErrorMatchesNumpyReferenceOnRandomPairs() throws IOException {
        JsonNode pairs = new ObjectMapper().readTree(Fixtures.open("reference_metrics.json")).get("angular_error_pairs");
        for (JsonNode p : pairs) {
            assertEquals(p.get("ae").asDouble(), TextMetrics.angularErrorDeg(p.get("az1").asDouble(),
                    p.get("el1").asDouble(), p.get("az2").asDouble(), p.get("el2").asDouble()), 1e-9);
        }
    }

    @Test
    void identicalDirectionsScoreTheClampFloor() {
        assertEquals(Math.toDegrees(Math.acos(1 - 1e-7)), TextMetrics.angularErrorDeg(30, 10, 30, 10), 1e-12);
    }

    @Test
    void angularErrorIsMirrorInvariant() {
        assertEquals(TextMetrics.angularErrorDeg(40, 5, -100, 20), TextMetrics.angularErrorDeg(-40, 5, 100, 20), 1e-12);
    }

    @Test
    void logDistanceErrorUsesLog1p() {
        assertEquals(Math.abs(Math.log(2.0) - Math.log(5.0)), TextMetrics.logDistanceError(1, 4), 1e-15);
    }

    @Test
    void azimuthBinsFollowText2HoaClockwiseAngles() {
        assertEquals(0, TextMetrics.azimuthBin(0));
        assertEquals(3, TextMetrics.azimuthBin(-90));   // text2hoa +90 (right)
        assertEquals(9, TextMetrics.azimuthBin(90));    // text2hoa 270 (left)
        assertEquals(6, TextMetrics.azimuthBin(180));
        assertEquals(11, TextMetrics.azimuthBin(1));    // text2hoa 359
    }

    @Test
    void perfectPredictionsHaveZeroErrorsExceptTheAngularClamp() {
        List<Text2HoaSample> rows = Fixtures.valid();
        List<SpatialIntent> preds = rows.stream().map(Text2HoaSample::target).toList();
        TextMetrics.Report r = TextMetrics.evaluate(preds, rows, TextMetrics.Point.START);
        assertEquals(Math.toDegrees(Math.acos(1 - 1e-7)), r.aeDeg(), 1e-6);
        assertEquals(0, r.dLog(), 1e-15);
        assertEquals(0, r.spreadMaeDeg(), 1e-15);
        assertEquals(0, r.gainMaeDb(), 1e-15);
        assertFalse(r.roomMae().isPresent());
        assertEquals(rows.size(), r.byLanguage().values().stream().mapToInt(TextMetrics.Group::n).sum());
        assertEquals(rows.size(), r.byAzimuthBin().values().stream().mapToInt(TextMetrics.Group::n).sum());
    }

    @Test
    void roomErrorOnlyCountsMatchingRoomKinds() {
        Text2HoaSample g = new Text2HoaSample(1, "x", "en", SpatialIntent.builder()
                .room(new RoomAcoustics.Drr(1.0)).build(), 0, 1);
        SpatialIntent drr = SpatialIntent.builder().room(new RoomAcoustics.Drr(4.0)).build();
        SpatialIntent rt = SpatialIntent.builder().room(new RoomAcoustics.Rt60(1.0)).build();
        TextMetrics.Report r = TextMetrics.evaluate(List.of(drr, rt), List.of(g, g), TextMetrics.Point.START);
        assertEquals(1, r.roomN());
        assertEquals(3.0, r.roomMae().getAsDouble(), 1e-12);
    }

    @Test
    void endPointComparesTheEndOfAMovement() {
        Text2HoaSample g = new Text2HoaSample(1, "x", "en", SpatialIntent.builder().direction(90, 0).build(), -1, 0);
        SpatialIntent p = SpatialIntent.builder().start(0, 0).end(90, 0).moving(true).build();
        assertEquals(90, TextMetrics.evaluate(List.of(p), List.of(g), TextMetrics.Point.START).aeDeg(), 1e-9);
        assertEquals(0.0256, TextMetrics.evaluate(List.of(p), List.of(g), TextMetrics.Point.END).aeDeg(), 1e-3);
    }

    @Test
    void mismatchedListsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> TextMetrics.evaluate(List.of(), List.of(), TextMetrics.Point.START));
    }
}
