package dev.earshot.spatial.hrtf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.spatial.geom.Direction;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SofaReaderTest {
    private static void assertDirection(double az, double el, Direction d) {
        assertEquals(az, d.azimuthDeg(), 1e-9, "azimuth of " + d);
        assertEquals(el, d.elevationDeg(), 1e-9, "elevation of " + d);
    }

    @Test
    void kemarHas710Directions512TapsAt44100Hz() throws Exception {
        HrtfSet s = SofaReader.read(Fixtures.kemarFile());
        assertEquals(710, s.measurementCount());
        assertEquals(512, s.irLength());
        assertEquals(44100, s.sampleRateHz());
        assertEquals("MIT_KEMAR_normal_pinna.sofa", s.name());
        assertEquals("SimpleFreeFieldHRIR", s.attributes().get("SOFAConventions"));
        assertEquals("MIT", s.attributes().get("DatabaseName"));
        assertFalse(s.attributes().containsKey(SofaReader.NOTES_ATTRIBUTE), "KEMAR needs no conversion");
        for (double d : s.distancesM()) {
            assertEquals(1.4, d, 1e-9);
        }
        // first row of SourcePosition is (0, -40, 1.4); elevations span -40..90
        assertDirection(0, -40, s.directions().get(0));
        double elMin = s.directions().stream().mapToDouble(Direction::elevationDeg).min().orElseThrow();
        double elMax = s.directions().stream().mapToDouble(Direction::elevationDeg).max().orElseThrow();
        assertEquals(-40, elMin, 1e-9);
        assertEquals(90, elMax, 1e-9);
    }

    @Test
    void kemarLeftEarIsLouderForSourcesOnTheLeft() throws Exception {
        // reference (numpy, same file): ILD at az +90 el 0 is 8.0 dB in 1-4 kHz and 17.7 dB in 4-12 kHz;
        // the compact MIT set is left/right mirrored, so az -90 gives exactly the opposite
        HrtfSet s = SofaReader.read(Fixtures.kemarFile());
        NearestHrirLookup nearest = new NearestHrirLookup(s);
        Hrir leftSource = nearest.lookup(new Direction(90, 0));
        Hrir rightSource = nearest.lookup(new Direction(-90, 0));
        assertTrue(ildDb(leftSource, 1000, 4000) >= 6, "az +90, 1-4 kHz: " + ildDb(leftSource, 1000, 4000));
        assertTrue(ildDb(leftSource, 4000, 12000) >= 10, "az +90, 4-12 kHz: " + ildDb(leftSource, 4000, 12000));
        assertTrue(ildDb(rightSource, 1000, 4000) <= -6, "az -90, 1-4 kHz: " + ildDb(rightSource, 1000, 4000));
        assertTrue(ildDb(rightSource, 4000, 12000) <= -10, "az -90, 4-12 kHz: " + ildDb(rightSource, 4000, 12000));
    }

    /** Interaural level difference left minus right in dB over a band. */
    private static double ildDb(Hrir h, double loHz, double hiHz) {
        return 10 * Math.log10(Fixtures.bandEnergy(h.left(), h.sampleRateHz(), loHz, hiHz, 512)
                / Fixtures.bandEnergy(h.right(), h.sampleRateHz(), loHz, hiHz, 512));
    }

    @Test
    void minimalFileReadsValuesPositionsAndAttributes() throws Exception {
        HrtfSet s = SofaReader.read(Fixtures.sofa("valid_minimal.sofa"));
        assertEquals(4, s.measurementCount());
        assertEquals(8, s.irLength());
        assertEquals(48000, s.sampleRateHz());
        assertDirection(0, 0, s.directions().get(0));
        assertDirection(90, 0, s.directions().get(1));
        assertDirection(-90, 0, s.directions().get(2));
        assertDirection(45, 30, s.directions().get(3));
        assertEquals(1.2, s.distancesM()[3], 1e-12);
        // measurement i: left 0.5 + 0.1 i at tap 1 and -0.25 at tap 3; right the same one tap later
        assertArrayEquals(new float[] {0, 0.7f, 0, -0.25f, 0, 0, 0, 0}, s.left()[2]);
        assertArrayEquals(new float[] {0, 0, 0.7f, 0, -0.25f, 0, 0, 0}, s.right()[2]);
        assertEquals("CC0-1.0", s.attributes().get("License"));
        assertEquals("Earshot test fixture valid_minimal.sofa", s.attributes().get("Title"));
        assertEquals("earshot developers", s.attributes().get("AuthorContact"));
    }

    @Test
    void generalFirConventionIsReadWithANote() throws Exception {
        HrtfSet s = SofaReader.read(Fixtures.sofa("general_fir.sofa"));
        assertEquals(4, s.measurementCount());
        assertTrue(s.attributes().get(SofaReader.NOTES_ATTRIBUTE).contains("GeneralFIR"));
    }

    @Test
    void cartesianSourcePositionsBecomeDirectionsAndDistances() throws Exception {
        HrtfSet s = SofaReader.read(Fixtures.sofa("cartesian_sources.sofa"));
        assertDirection(0, 0, s.directions().get(0));
        assertDirection(90, 0, s.directions().get(1));
        assertDirection(-90, 0, s.directions().get(2));
        assertEquals(90, s.directions().get(3).elevationDeg(), 1e-9);
        assertArrayEquals(new double[] {2, 1, 1, 0.5}, s.distancesM(), 1e-12);
    }

    @Test
    void integerDelaysArePrependedAsZeros() throws Exception {
        HrtfSet s = SofaReader.read(Fixtures.sofa("delays.sofa"));
        // delays: measurement i gets i (left) and i + 2 (right) samples; the longest is 3 + 2 = 5
        assertEquals(8 + 5, s.irLength());
        for (int i = 0; i < 4; i++) {
            assertEquals(0.5f + 0.1f * i, s.left()[i][1 + i], 1e-6f, "left peak of measurement " + i);
            assertEquals(0.5f + 0.1f * i, s.right()[i][2 + i + 2], 1e-6f, "right peak of measurement " + i);
            assertEquals(0f, s.left()[i][i], "left sample before the peak of measurement " + i);
        }
        assertTrue(s.attributes().get(SofaReader.NOTES_ATTRIBUTE).contains("Data.Delay"));
    }

    @Test
    void listenerLookingLeftIsConvertedToHeadCoordinates() throws Exception {
        HrtfSet s = SofaReader.read(Fixtures.sofa("listener_looks_left.sofa"));
        assertDirection(-90, 0, s.directions().get(0)); // the room's front is on the listener's right
        assertDirection(0, 0, s.directions().get(1));   // the room's left is the listener's front
        assertDirection(180, 0, s.directions().get(2));
        assertDirection(-45, 30, s.directions().get(3));
        assertTrue(s.attributes().get(SofaReader.NOTES_ATTRIBUTE).contains("ListenerView"));
    }

    @Test
    void kemarValuesMatchAnIndependentH5pyReading() throws Exception {
        HrtfSet s = SofaReader.read(Fixtures.kemarFile());
        java.util.List<String> lines;
        try (var in = SofaReaderTest.class.getResourceAsStream("kemar_reference.txt")) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).toList();
        }
        assertEquals(6, lines.size());
        for (String line : lines) {
            String[] parts = line.split("\\|");
            String[] head = parts[0].trim().split(" ");
            int m = Integer.parseInt(head[0]);
            assertDirection(Direction.wrapDeg(Double.parseDouble(head[1])), Double.parseDouble(head[2]),
                    s.directions().get(m));
            assertEquals(Double.parseDouble(head[3]), s.distancesM()[m], 1e-12);
            String[] l = parts[1].trim().split(" ");
            String[] r = parts[2].trim().split(" ");
            for (int k = 0; k < 64; k++) {
                assertEquals(Float.parseFloat(l[k]), s.left()[m][k], 1e-9f, "left " + m + " tap " + k);
                assertEquals(Float.parseFloat(r[k]), s.right()[m][k], 1e-9f, "right " + m + " tap " + k);
            }
        }
    }

    @Test
    void compressedFloat32DataAndPerMeasurementRatesAreRead() throws Exception {
        HrtfSet s = SofaReader.read(Fixtures.sofa("float32_deflate.sofa"));
        assertEquals(48000, s.sampleRateHz());
        assertArrayEquals(new float[] {0, 0.5f, 0, -0.25f, 0, 0, 0, 0}, s.left()[0]);
        assertArrayEquals(new float[] {0, 0, 0.8f, 0, -0.25f, 0, 0, 0}, s.right()[3]);
    }

    @Test
    void missingFileIsNoSuchFile() {
        Path p = Path.of("does-not-exist.sofa");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> SofaReader.read(p));
        assertTrue(e.getMessage().contains("does-not-exist.sofa"));
    }
}
