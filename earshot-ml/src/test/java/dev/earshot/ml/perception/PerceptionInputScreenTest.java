package dev.earshot.ml.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link InputScreen}: what is refused, what is warned about, and clean input passing silently. */
class PerceptionInputScreenTest {
    /** Independent noise in both ears at about -20 dBFS RMS. */
    private static AudioBuffer noise(int frames, int rate, double gain) {
        SplittableRandom r = new SplittableRandom(3);
        float[][] x = new float[2][frames];
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < frames; i++) {
                x[c][i] = (float) (gain * r.nextGaussian());
            }
        }
        return new AudioBuffer(x, rate);
    }

    @Test
    void cleanBinauralNoiseHasNoWarnings() {
        assertEquals(List.of(), InputScreen.screen(noise(32000, 32000, 0.1), "a.wav"));
    }

    @Test
    void monoIsRefusedSayingWhyDirectionNeedsTwoEars() {
        var e = assertThrows(UnusableInputException.class,
                () -> InputScreen.screen(AudioBuffer.mono(new float[4000], 16000), "m.wav"));
        assertTrue(e.getMessage().startsWith("m.wav: 1 channel(s); expected binaural audio"), e.getMessage());
        assertTrue(e.getMessage().contains("no interaural cues"), e.getMessage());
    }

    @Test
    void fourChannelsAreRefused() {
        var e = assertThrows(UnusableInputException.class,
                () -> InputScreen.screen(new AudioBuffer(new float[4][4000], 48000), "foa.wav"));
        assertTrue(e.getMessage().contains("4 channel(s)"), e.getMessage());
    }

    @Test
    void nanIsRefusedNamingSampleAndChannel() {
        AudioBuffer b = noise(32000, 32000, 0.1);
        b.channel(1)[1600] = Float.NaN;
        var e = assertThrows(UnusableInputException.class, () -> InputScreen.screen(b, "n.wav"));
        assertTrue(e.getMessage().contains("sample 1600 of the right channel (0.050 s) is NaN"), e.getMessage());
    }

    @Test
    void infinityIsRefused() {
        AudioBuffer b = noise(32000, 32000, 0.1);
        b.channel(0)[7] = Float.NEGATIVE_INFINITY;
        var e = assertThrows(UnusableInputException.class, () -> InputScreen.screen(b, "i.wav"));
        assertTrue(e.getMessage().contains("left channel") && e.getMessage().contains("Infinity"), e.getMessage());
    }

    @Test
    void digitalSilenceIsRefused() {
        var e = assertThrows(UnusableInputException.class,
                () -> InputScreen.screen(AudioBuffer.silence(2, 32000, 32000), "s.wav"));
        assertTrue(e.getMessage().contains("silent (RMS -inf dBFS)"), e.getMessage());
    }

    @Test
    void levelBelowMinus100DbfsIsRefusedAsSilent() {
        // Gaussian noise of std 1e-6 is -120 dBFS RMS.
        var e = assertThrows(UnusableInputException.class, () -> InputScreen.screen(noise(32000, 32000, 1e-6), "q.wav"));
        assertTrue(e.getMessage().contains("silent (RMS -120."), e.getMessage());
    }

    @Test
    void lowLevelIsWarnedAbout() {
        List<String> w = InputScreen.screen(noise(32000, 32000, 1e-4), "q.wav"); // -80 dBFS
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("very low level (RMS -80."), w.get(0));
    }

    @Test
    void heavyClippingIsRefused() {
        AudioBuffer b = noise(32000, 32000, 0.1);
        for (int i = 0; i < 1600; i++) { // 1600 of 64000 samples = 2.5 %
            b.channel(0)[i * 20] = 1.0f;
        }
        var e = assertThrows(UnusableInputException.class, () -> InputScreen.screen(b, "c.wav"));
        assertTrue(e.getMessage().contains("clipped (2.5% of samples at full scale)"), e.getMessage());
    }

    @Test
    void lightClippingIsWarnedAbout() {
        AudioBuffer b = noise(32000, 32000, 0.1);
        for (int i = 0; i < 320; i++) { // 320 of 64000 = 0.5 %
            b.channel(1)[i * 50] = -1.0f;
        }
        List<String> w = InputScreen.screen(b, "c.wav");
        assertEquals(List.of("320 samples (0.50%) are at full scale (clipped); estimates may be off"), w);
    }

    @Test
    void tooShortIsRefusedAndShortIsWarned() {
        var e = assertThrows(UnusableInputException.class, () -> InputScreen.screen(noise(500, 32000, 0.1), "t.wav"));
        assertTrue(e.getMessage().contains("expected at least 0.032 s"), e.getMessage());
        List<String> w = InputScreen.screen(noise(8000, 16000, 0.1), "t.wav");
        assertEquals(List.of("short clip (0.50 s); estimates are less reliable below 1 s"), w);
    }

    @Test
    void identicalChannelsAreWarnedAbout() {
        AudioBuffer n = noise(32000, 32000, 0.1);
        AudioBuffer b = new AudioBuffer(new float[][] {n.channel(0), n.channel(0).clone()}, 32000);
        List<String> w = InputScreen.screen(b, "d.wav");
        assertEquals(1, w.size());
        assertTrue(w.get(0).startsWith("left and right channels are identical"), w.get(0));
    }
}
