package dev.earshot.spatial.hrtf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriangulationCacheTest {
    @TempDir
    Path tmp;
    Path cache;

    @BeforeEach
    void setUp() {
        cache = tmp.resolve("cache");
        System.setProperty("earshot.sofa.cache", cache.toString());
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("earshot.sofa.cache");
    }

    /** Seeded random directions, all above -40 deg elevation (so virtual vertices fill the bottom). */
    private static double[][] units(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] u = new double[n][];
        for (int i = 0; i < n; i++) {
            double z = r.nextDouble(Math.sin(Math.toRadians(-40)), 1);
            double phi = r.nextDouble(0, 2 * Math.PI);
            double c = Math.sqrt(1 - z * z);
            u[i] = new double[] {c * Math.cos(phi), c * Math.sin(phi), z};
        }
        return u;
    }

    private static void assertSameTriangulation(SphericalTriangulation a, SphericalTriangulation b) {
        assertEquals(a.inputCount(), b.inputCount());
        assertEquals(a.vertexCount(), b.vertexCount());
        assertEquals(a.faceCount(), b.faceCount());
        for (int v = 0; v < a.vertexCount(); v++) {
            assertArrayEquals(a.vertex(v), b.vertex(v));
            assertArrayEquals(a.sources(v), b.sources(v));
        }
        for (int f = 0; f < a.faceCount(); f++) {
            assertArrayEquals(a.face(f), b.face(f));
        }
        for (int az = -180; az < 180; az += 7) {
            for (int el = -90; el <= 90; el += 9) {
                assertEquals(a.locate(az, el), b.locate(az, el), az + ", " + el);
            }
        }
    }

    private Path onlyEntry() throws IOException {
        try (var s = Files.list(cache)) {
            Path[] all = s.filter(p -> p.getFileName().toString().startsWith("tri-")).toArray(Path[]::new);
            assertEquals(1, all.length, Arrays.toString(all));
            return all[0];
        }
    }

    @Test
    void secondLookupReadsAnEqualTriangulationFromTheCache() throws IOException {
        double[][] u = units(1, 150);
        SphericalTriangulation fresh = new SphericalTriangulation(u);
        SphericalTriangulation first = TriangulationCache.forUnits(u);
        Path entry = onlyEntry();
        assertNotNull(TriangulationCache.read(entry, u), "the entry reads back");
        SphericalTriangulation second = TriangulationCache.forUnits(u);
        assertSameTriangulation(fresh, first);
        assertSameTriangulation(fresh, second);
        assertTrue(fresh.vertexCount() > fresh.inputCount(), "the test set has virtual vertices");
    }

    @Test
    void entryHoldingOtherDirectionsIsNeverUsed() throws IOException {
        double[][] a = units(2, 120);
        double[][] b = units(3, 120);
        TriangulationCache.forUnits(a);
        Path entryA = onlyEntry();
        assertNull(TriangulationCache.read(entryA, b));
        // even under b's key, a's entry is rejected and b is built afresh
        Files.copy(entryA, cache.resolve("tri-" + TriangulationCache.key(b) + ".bin"));
        assertSameTriangulation(new SphericalTriangulation(b), TriangulationCache.forUnits(b));
    }

    @Test
    void truncatedEntryIsRebuiltAndRewritten() throws IOException {
        double[][] u = units(4, 100);
        TriangulationCache.forUnits(u);
        Path entry = onlyEntry();
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, Arrays.copyOf(bytes, bytes.length / 2));
        assertNull(TriangulationCache.read(entry, u));
        assertSameTriangulation(new SphericalTriangulation(u), TriangulationCache.forUnits(u));
        assertArrayEquals(bytes, Files.readAllBytes(entry));
    }

    @Test
    void cacheOffBuildsWithoutWriting() {
        System.setProperty("earshot.sofa.cache", "off");
        double[][] u = units(5, 80);
        assertSameTriangulation(new SphericalTriangulation(u), TriangulationCache.forUnits(u));
        assertTrue(!Files.exists(cache));
    }
}
