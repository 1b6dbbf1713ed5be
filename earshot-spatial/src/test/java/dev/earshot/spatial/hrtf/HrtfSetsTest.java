package dev.earshot.spatial.hrtf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HrtfSetsTest {
    @Test
    void builtinKemarIsLoadedOnceAndCached() {
        assertSame(HrtfSets.builtinKemar(), HrtfSets.builtinKemar());
    }

    @Test
    void builtinKemarMatchesTheFileOnDisk() throws Exception {
        HrtfSet builtin = HrtfSets.builtinKemar();
        HrtfSet file = HrtfSets.load(Fixtures.kemarFile());
        assertEquals(HrtfSets.KEMAR_NAME, builtin.name());
        assertEquals(710, builtin.measurementCount());
        assertEquals(file.directions(), builtin.directions());
        assertArrayEquals(file.left()[123], builtin.left()[123]);
        assertArrayEquals(file.right()[456], builtin.right()[456]);
    }

    @Test
    void noticeFileShipsNextToTheBuiltinSet() throws Exception {
        try (var in = HrtfSets.class.getResourceAsStream("MIT_KEMAR_normal_pinna.NOTICE.txt")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.contains("Gardner") && text.contains("Martin") && text.contains("libmysofa1"));
        }
    }

    @Test
    void describeSummarisesKemar() {
        String d = HrtfSets.describe(HrtfSets.builtinKemar());
        assertTrue(d.contains("SimpleFreeFieldHRIR"), d);
        assertTrue(d.contains("44100 Hz"), d);
        assertTrue(d.contains("measurements: 710"), d);
        assertTrue(d.contains("taps:         512 (11.61 ms)"), d);
        assertTrue(d.contains("distance:     1.4 m"), d);
        assertTrue(d.contains("elevation:    -40.0 .. 90.0 deg"), d);
        assertTrue(d.contains("DatabaseName: MIT"), d);
        assertTrue(d.contains("License: No license provided"), d);
        // nothing measured below -40 deg: the direction farthest from any measurement is the nadir, 50 deg away
        assertTrue(d.matches("(?s).*largest gap:  (49\\.\\d|50\\.0) deg.*"), d);
    }

    @Test
    void loadRejectsMalformedFilesWithTheTypedException() {
        assertThrows(SofaFormatException.class, () -> HrtfSets.load(Fixtures.sofa("one_receiver.sofa")));
    }
}
