package dev.earshot.spatial.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation (b): the DISSE catalog (SPEC.md 4.3), copied to test resources. */
class DisseCatalogTest {
    private static List<DisseCatalogRoom> catalog() throws Exception {
        return DisseCatalogRoom.read(Path.of(DisseCatalogTest.class.getResource("/room/rir_catalog_train.csv").toURI()));
    }

    @Test
    void readsAllThousandRows() throws Exception {
        List<DisseCatalogRoom> rows = catalog();
        assertEquals(1000, rows.size());
        DisseCatalogRoom first = rows.get(0);
        assertEquals(9.744, first.dimensionsM().x(), 0);
        assertEquals(0.0546, first.alpha(), 0);
        assertEquals(2376.3, first.t30Ms(), 0);
        assertEquals(1.241, first.sourceM().z(), 0);
    }

    @Test
    void receiverAtRoomCentreReproducesTheCatalogDistances() throws Exception {
        for (DisseCatalogRoom r : catalog()) {
            // positions are rounded to 1 mm, distances to 1 cm
            assertEquals(r.distanceM(), r.sourceM().minus(r.receiverM()).norm(), 0.006, r.toString());
        }
    }

    @Test
    void medianT30ErrorOnFiftyRoomsIsAtMostFifteenPercent() throws Exception {
        List<DisseCatalogRoom> all = catalog();
        List<DisseCatalogRoom> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 20) {
            sample.add(all.get(i));
        }
        CatalogCheck.Result r = CatalogCheck.run(sample, SimulationOptions.hybrid(16000), 1);
        double median = CatalogCheck.Result.percentile(r.all(), 50);
        System.out.printf("DISSE sample of %d rooms: median relative T30 error %.4f, p90 %.4f%n", sample.size(),
                median, CatalogCheck.Result.percentile(r.all(), 90));
        assertTrue(median <= 0.15, "median relative T30 error " + median);
    }

    @Test
    void catalogT30IsSabinesFormulaForTheUnclippedRooms() throws Exception {
        // the reference is a formula, not a measurement: say so where the check is reported
        int unclipped = 0;
        for (DisseCatalogRoom r : catalog()) {
            if (r.alpha() > 0.0501 && r.alpha() < 0.9499) {
                unclipped++;
                double sabineMs = 1000 * r.toRoomSpec().sabineRt60S();
                assertEquals(r.t30Ms(), sabineMs, 0.005 * r.t30Ms(), r.toString());
            }
        }
        assertTrue(unclipped > 900, "unclipped rooms " + unclipped);
    }

    @Test
    void malformedRowNamesFileLineAndField(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "rir_path,dims,area_m2,alpha,fullband_T30_ms,source_distance_m,azimuth_deg,"
                + "elevation_deg,source_pos_xyz,distance,fs,room_id,split\n"
                + "a.wav,\"[9.7, 5.4]\",52.9,0.05,2376.3,0.59,-81,-26,\"[4.9, 2.1, 1.2]\",0.59,48000,x,train\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DisseCatalogRoom.read(csv));
        assertTrue(e.getMessage().contains("bad.csv line 2") && e.getMessage().contains("dims"), e.getMessage());
    }
}
