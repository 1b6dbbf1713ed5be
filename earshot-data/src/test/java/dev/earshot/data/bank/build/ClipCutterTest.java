package dev.earshot.data.bank.build;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** At 1000 Hz a 10 ms analysis frame is exactly 10 samples and the 5 ms fade exactly 5 samples. */
class ClipCutterTest {
    private static final int RATE = 1000;
    private final ClipCutter cutter = new ClipCutter(50, -70, 0.1, 5.0);

    private static float[] signal(int before, int active, int after, float level, float floor) {
        float[] x = new float[before + active + after];
        Arrays.fill(x, floor);
        Arrays.fill(x, before, before + active, level);
        return x;
    }

    @Test
    void activeSpanIsFromFirstToLastFrameAboveThreshold() {
        float[] x = signal(200, 300, 500, 0.5f, 0f);
        assertArrayEquals(new int[] {200, 500}, cutter.activeSpan(x, RATE));
    }

    @Test
    void backgroundMoreThanFiftyDbBelowThePeakIsSilence() {
        // 0.5 is -6.0 dBFS; 5e-4 is -66 dBFS: above the -70 dB floor but 60 dB below the peak
        float[] x = signal(200, 300, 500, 0.5f, 5e-4f);
        assertArrayEquals(new int[] {200, 500}, cutter.activeSpan(x, RATE));
    }

    @Test
    void backgroundWithinFiftyDbOfThePeakIsKept() {
        // 0.005 is -46 dBFS, 40 dB below the peak
        float[] x = signal(200, 300, 500, 0.5f, 0.005f);
        assertArrayEquals(new int[] {0, 1000}, cutter.activeSpan(x, RATE));
    }

    @Test
    void signalBelowTheAbsoluteFloorIsAllSilence() {
        float[] x = signal(100, 300, 100, 1e-4f, 0f); // -80 dBFS
        assertArrayEquals(new int[] {0, 0}, cutter.activeSpan(x, RATE));
        assertTrue(cutter.cut(x, RATE, 10).isEmpty());
    }

    @Test
    void trimReturnsTheActivePart() {
        float[] x = signal(30, 70, 20, 0.25f, 0f);
        float[] t = cutter.trim(x, RATE);
        assertEquals(70, t.length);
        assertEquals(0.25f, t[0]);
    }

    @Test
    void longRecordingIsCutIntoMaxLengthClipsWithFadesOnlyAtCuts() {
        float[] x = signal(500, 12000, 500, 0.5f, 0f);
        List<float[]> clips = cutter.cut(x, RATE, 10);
        assertEquals(List.of(5000, 5000, 2000), clips.stream().map(c -> c.length).toList());
        float[] first = clips.get(0);
        assertEquals(0.5f, first[0]);                       // natural onset: untouched
        assertEquals(0.5f * 0.5f / 5, first[4999], 1e-7);   // cut: faded to (0 + 0.5) / 5
        assertEquals(0.5f * 4.5f / 5, first[4995], 1e-7);
        assertEquals(0.5f, first[4994]);
        float[] second = clips.get(1);
        assertEquals(0.5f * 0.5f / 5, second[0], 1e-7);     // cut on both sides
        assertEquals(0.5f * 0.5f / 5, second[4999], 1e-7);
        float[] last = clips.get(2);
        assertEquals(0.5f * 0.5f / 5, last[0], 1e-7);
        assertEquals(0.5f, last[1999]);                     // natural end: untouched
    }

    @Test
    void maxClipsKeepsTheFirstClips() {
        float[] x = signal(0, 12000, 0, 0.5f, 0f);
        assertEquals(2, cutter.cut(x, RATE, 2).size());
    }

    @Test
    void piecesShorterThanTheMinimumAreDropped() {
        float[] x = signal(100, 50, 100, 0.5f, 0f); // 50 ms < 100 ms
        assertTrue(cutter.cut(x, RATE, 5).isEmpty());
        float[] tail = signal(0, 5060, 0, 0.5f, 0f); // 5 s clip + 60 ms tail, dropped
        assertEquals(1, cutter.cut(tail, RATE, 5).size());
    }

    @Test
    void rejectsInconsistentSettings() {
        assertThrows(IllegalArgumentException.class, () -> new ClipCutter(50, -70, 2.0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new ClipCutter(-5, -70, 0.1, 1.0));
    }
}
