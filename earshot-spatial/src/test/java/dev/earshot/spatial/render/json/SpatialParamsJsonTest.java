package dev.earshot.spatial.render.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.spatial.render.RoomAcoustics;
import dev.earshot.spatial.render.SpatialParams;
import org.junit.jupiter.api.Test;

class SpatialParamsJsonTest {

    @Test
    void staticSourceWithRoomIsRead() throws Exception {
        SpatialParams p = SpatialParamsJson.parse(
                "{\"azimuth_deg\": 30, \"elevation_deg\": 10, \"distance_m\": 2.5, \"wet\": 0.3, \"room\": {\"rt60_s\": 1.2}}",
                "p.json", 5);
        assertEquals(30, p.start().direction().azimuthDeg(), 1e-12);
        assertEquals(10, p.start().direction().elevationDeg(), 1e-12);
        assertEquals(2.5, p.start().distanceM(), 1e-12);
        assertEquals(0.3, p.wetMix(), 1e-12);
        assertEquals(1.2, ((RoomAcoustics.Rt60) p.room()).rt60S(), 1e-12);
    }

    @Test
    void moveWithoutDurationUsesTheDefault() throws Exception {
        SpatialParams p = SpatialParamsJson.parse("{\"azimuth_deg\": 90, \"to\": {\"azimuth_deg\": -90}}", "p.json", 4);
        assertEquals(4, p.trajectory().keyframes().get(1).timeS(), 1e-12);
        assertEquals(-90, p.trajectory().at(4).direction().azimuthDeg(), 1e-9);
    }

    @Test
    void writtenJsonReadsBackEqual() throws Exception {
        SpatialParams p = SpatialParamsJson.parse(
                "{\"keyframes\": [{\"time_s\": 0, \"azimuth_deg\": 10, \"elevation_deg\": 0, \"distance_m\": 1},"
                        + "{\"time_s\": 2, \"azimuth_deg\": 50, \"elevation_deg\": 20, \"distance_m\": 3}],"
                        + " \"gain_db\": -3, \"room\": {\"drr_db\": 4}}", "p.json", 1);
        assertEquals(p, SpatialParamsJson.parse(SpatialParamsJson.toJson(p), "again", 1));
    }

    @Test
    void unknownKeyIsNamedInTheError() {
        SpatialParamsFormatException e = assertThrows(SpatialParamsFormatException.class,
                () -> SpatialParamsJson.parse("{\"azimuth\": 30}", "p.json", 1));
        assertEquals("azimuth", e.field());
        assertTrue(e.getMessage().startsWith("p.json: azimuth: unknown key"));
    }

    @Test
    void outOfRangeValueNamesTheSource() {
        SpatialParamsFormatException e = assertThrows(SpatialParamsFormatException.class,
                () -> SpatialParamsJson.parse("{\"wet\": 1.5}", "p.json", 1));
        assertTrue(e.getMessage().contains("p.json") && e.getMessage().contains("wetMix"), e.getMessage());
    }

    @Test
    void nonNumberNamesTheKeyframeField() {
        SpatialParamsFormatException e = assertThrows(SpatialParamsFormatException.class,
                () -> SpatialParamsJson.parse("{\"keyframes\": [{\"time_s\": \"soon\"}]}", "k.json", 1));
        assertEquals("keyframes[0].time_s", e.field());
    }

    @Test
    void syntaxErrorGivesLineNumber() {
        SpatialParamsFormatException e = assertThrows(SpatialParamsFormatException.class,
                () -> SpatialParamsJson.parse("{\n\"wet\": }", "bad.json", 1));
        assertInstanceOf(SpatialParamsFormatException.class, e);
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
