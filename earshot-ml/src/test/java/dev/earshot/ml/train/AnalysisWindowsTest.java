package dev.earshot.ml.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.audio.AudioBuffer;
import org.junit.jupiter.api.Test;

class AnalysisWindowsTest {
    /** Two channels at 1 kHz, every sample of channel 0 and 1 set to the level of its 100-sample block. */
    private static AudioBuffer blocks(double... levels) {
        float[][] s = new float[2][levels.length * 100];
        for (int i = 0; i < s[0].length; i++) {
            s[0][i] = (float) levels[i / 100];
            s[1][i] = (float) -levels[i / 100];
        }
        return new AudioBuffer(s, 1000);
    }

    @Test
    void aClipNoLongerThanAWindowIsOneWindowAtZero() {
        AnalysisWindows w = AnalysisWindows.of(blocks(0.5), 250);
        assertArrayEquals(new int[] {0}, w.starts());
        assertArrayEquals(new int[] {0}, w.kept());
        AudioBuffer s = w.slice(blocks(0.5), 0);
        assertEquals(250, s.frames());
        assertEquals(0.5f, s.channel(0)[99]);
        assertEquals(0f, s.channel(0)[100], "padded with zeros past the clip's end");
    }

    @Test
    void windowsAreBackToBackAndTheLastEndsAtTheClipsEnd() {
        assertArrayEquals(new int[] {0, 100, 200}, AnalysisWindows.of(blocks(1, 1, 1), 100).starts());
        assertArrayEquals(new int[] {0, 120, 180}, AnalysisWindows.of(blocks(1, 1, 1), 120).starts());
    }

    @Test
    void windowsMoreThanTwentyDecibelsBelowTheLoudestAreLeftOut() {
        // 0.5 is the loudest; 0.05 is exactly 20 dB below (kept), 0.049 just under (left out), 0 silent
        AnalysisWindows w = AnalysisWindows.of(blocks(0.05, 0.5, 0.049, 0), 100);
        assertEquals(1, w.loudest());
        assertArrayEquals(new int[] {0, 1}, w.kept());
    }

    @Test
    void theLoudestOfEqualWindowsIsTheFirst() {
        assertEquals(1, AnalysisWindows.of(blocks(0.1, 0.3, 0.3), 100).loudest());
    }

    @Test
    void eventsPoolByTheMaximumOverWindows() {
        double[][] p = {{0.1, 0.9, 0.2}, {0.7, 0.3, 0.2}};
        assertArrayEquals(new double[] {0.7, 0.9, 0.2}, AnalysisWindows.maxPool(p));
    }

    @Test
    void aWindowOfNoSamplesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AnalysisWindows.of(blocks(1), 0));
    }
}
