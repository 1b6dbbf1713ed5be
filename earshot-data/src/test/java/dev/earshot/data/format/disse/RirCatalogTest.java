package dev.earshot.data.format.disse;

import dev.earshot.data.format.DatasetFormatException;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RirCatalogTest {
    @TempDir
    Path tmp;

    static Path sample() throws Exception {
        return Path.of(RirCatalogTest.class.getResource("/disse/rir_catalog_sample.csv").toURI());
    }

    @Test
    void readsTheRealCatalogRows() throws Exception {
        List<RirCatalogRow> rows = RirCatalog.read(sample());
        assertEquals(7, rows.size());
        RirCatalogRow r = rows.get(0);
        assertEquals("RIR_dataset/RIR_data/train/00000.wav", r.rirPath());
        assertEquals(new Vec3(9.744, 5.428, 3.0), r.dimensionsM());
        assertEquals(52.89, r.areaM2());
        assertEquals(0.0546, r.alpha());
        assertEquals(2376.3, r.t30Ms());
        assertEquals(0.59, r.sourceDistanceM());
        assertEquals(-81, r.azimuthDeg());
        assertEquals(-26, r.elevationDeg());
        assertEquals(new Vec3(4.955, 2.19, 1.241), r.sourcePosM());
        assertEquals(48000, r.sampleRateHz());
        assertEquals("9a869d24", r.roomId());
        assertEquals("train", r.split());
    }

    @Test
    void writingTheRowsReproducesTheFileByteForByte() throws Exception {
        Path out = tmp.resolve("c.csv");
        RirCatalog.write(out, RirCatalog.read(sample()));
        assertArrayEquals(Files.readAllBytes(sample()), Files.readAllBytes(out));
    }

    @Test
    void catalogAzimuthIsPositiveToTheRightOfTheCentredReceiver() throws Exception {
        for (RirCatalogRow r : RirCatalog.read(sample())) {
            assertEquals(r.azimuthDeg(), DisseConvention.catalogAzimuthDeg(r.sourcePosM(), r.dimensionsM()), 1.0);
            // in Earshot's frame (y left) the same source has the opposite azimuth
            Vec3 rel = r.earshotSourcePosM().minus(r.dimensionsM().times(0.5));
            assertEquals(r.earshotAzimuthDeg(), Direction.of(rel).azimuthDeg(), 1.0);
            assertEquals(r.sourceDistanceM(), rel.norm(), 0.01);
        }
    }

    @Test
    void azimuthConversionFlipsSign() {
        assertEquals(-90, DisseConvention.toDisseAzimuthDeg(90));
        assertEquals(180, DisseConvention.toDisseAzimuthDeg(180));
        assertEquals(30, DisseConvention.toEarshotAzimuthDeg(-30));
    }

    @Test
    void malformedVectorNamesLineAndColumn() throws Exception {
        Path bad = tmp.resolve("bad.csv");
        List<String> lines = Files.readAllLines(sample());
        Files.writeString(bad, lines.get(0) + "\r\n" + lines.get(1).replace("\"[9.744, 5.428, 3.0]\"", "oops") + "\r\n");
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> RirCatalog.read(bad));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("dims"), e.getMessage());
    }

    @Test
    void missingColumnIsNamed() throws Exception {
        Path bad = tmp.resolve("bad2.csv");
        Files.writeString(bad, "rir_path,dims\r\na,\"[1, 2, 3]\"\r\n");
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> RirCatalog.read(bad));
        assertTrue(e.getMessage().contains("area_m2"), e.getMessage());
    }
}
