package dev.earshot.data.scene;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoomRangesTest {

    @Test
    void builtInTrainvalRangesAreDisses() {
        RoomRanges r = RoomRanges.disse("TRAINVAL");
        assertEquals(13.3, r.areaMinM2());
        assertEquals(277.4, r.areaMaxM2());
        assertEquals(-47.5, r.elMinDeg());
        assertEquals(48.7, r.elMaxDeg());
        assertEquals(0.5, r.distMinM());
        assertEquals(4.0, r.distMaxM());
        assertEquals(144.5, r.t30MinMs());
        assertEquals(2671.9, r.t30MaxMs());
        assertEquals(0.05, r.absMin());
        assertEquals(0.95, r.absMax());
    }

    @Test
    void builtInTestRangesAreDisses() {
        RoomRanges r = RoomRanges.disse("TEST");
        assertEquals(14.3, r.areaMinM2());
        assertEquals(-29.8, r.elMinDeg());
        assertEquals(0.9, r.distMinM());
        assertEquals(1254.8, r.t30MaxMs());
    }

    @Test
    void builtInCopyEqualsTheSharedFile() throws IOException {
        Path shared = Path.of("/work/shared/data/disse/spatial_ranges.yml");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(shared));
        RoomRanges fromShared = RoomRanges.parse(Files.readString(shared, StandardCharsets.UTF_8), "TRAINVAL", "shared");
        assertEquals(fromShared, RoomRanges.disse("TRAINVAL"));
    }

    @Test
    void missingKeyIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RoomRanges.parse("TEST:\n  AREA_MIN: 1\n", "TEST", "x.yml"));
        assertTrue(e.getMessage().contains("x.yml") && e.getMessage().contains("TEST.AREA_MAX"), e.getMessage());
    }

    @Test
    void malformedNumberNamesLineAndKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RoomRanges.parse("# c\nTEST:\n  AREA_MIN: big\n", "TEST", "x.yml"));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("TEST.AREA_MIN"), e.getMessage());
    }
}
