package dev.earshot.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.ml.perception.LabelledClip;
import dev.earshot.ml.perception.Perception;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NeuralPerceiverTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void trainTiny() throws Exception {
        TrainerTest.trainer(2).train(TrainerTest.clips(), dir, false, s -> { });
    }

    @Test
    void perceptionListsEveryClassWithAProbabilityAndADecodedDirection() throws Exception {
        try (NeuralPerceiver p = NeuralPerceiver.load(dir)) {
            LabelledClip c = TrainerTest.clips().get(0);
            Perception r = p.perceive(c.binaural());
            assertEquals(2, r.events().size());
            assertTrue(r.distanceM() >= 0.25 && r.distanceM() <= 10);
            assertEquals(List.of("tone", "noise"), p.classes());
        }
    }

    @Test
    void otherRatesAreResampledAndLongClipsAnalysedInWindowsWithNotes() throws Exception {
        try (NeuralPerceiver p = NeuralPerceiver.load(dir)) {
            float[][] x = new float[2][48000];
            for (int i = 0; i < x[0].length; i++) {
                x[0][i] = (float) (0.1 * Math.sin(i * 0.05));
                x[1][i] = (float) (0.05 * Math.sin(i * 0.05));
            }
            NeuralPerceiver.Analysis a = p.analyze(new AudioBuffer(x, 48000));
            assertEquals(2, a.notes().size(), a.notes().toString());
            assertTrue(a.notes().get(0).contains("resampled from 48000 Hz"));
            assertTrue(a.notes().get(1).contains("analysed 4 windows of 0.31 s"), a.notes().get(1));
        }
    }

    @Test
    void aLongClipTakesItsDirectionFromTheFirstAudibleWindowAndEachEventFromItsLikeliestWindow() throws Exception {
        try (NeuralPerceiver p = NeuralPerceiver.load(dir)) {
            List<LabelledClip> clips = TrainerTest.clips();
            int w = (int) Math.round(p.clipSeconds() * 32000);
            float[][] loud = clips.get(0).binaural().samples(); // tone, 0.3 amplitude: the loudest window
            float[][] quiet = new float[2][w]; // noise at half its level: -8 dB from the tone, kept
            float[][] x = new float[2][3 * w]; // window 0 at -70 dB (left out), then quiet, then loud
            for (int c = 0; c < 2; c++) {
                for (int i = 0; i < w; i++) {
                    x[c][i] = (i % 7 - 3) * 1e-4f;
                    quiet[c][i] = 0.5f * clips.get(1).binaural().channel(c)[i];
                    x[c][w + i] = quiet[c][i];
                    x[c][2 * w + i] = loud[c][i];
                }
            }
            Perception one = p.perceive(new AudioBuffer(loud, 32000));
            Perception two = p.perceive(new AudioBuffer(quiet, 32000));
            NeuralPerceiver.Analysis all = p.analyze(new AudioBuffer(x, 32000));
            Perception both = all.perception();
            assertEquals(two.azimuthDeg(), both.azimuthDeg(), 1e-9);
            assertEquals(two.elevationDeg(), both.elevationDeg(), 1e-9);
            assertEquals(two.distanceM(), both.distanceM(), 1e-9);
            for (int k = 0; k < both.events().size(); k++) {
                assertEquals(Math.max(one.events().get(k).probability(), two.events().get(k).probability()),
                        both.events().get(k).probability(), 1e-5, both.events().get(k).label());
            }
            assertTrue(all.notes().get(0).contains("analysed 2 of 3 windows") && all.notes().get(0).contains("at 0.31 s"),
                    all.notes().toString());
        }
    }

    @Test
    void monoSilentAndClippedAudioAreRefused() throws Exception {
        try (NeuralPerceiver p = NeuralPerceiver.load(dir)) {
            UnusableAudioException mono = assertThrows(UnusableAudioException.class,
                    () -> p.analyze(AudioBuffer.mono(new float[32000], 32000)));
            assertTrue(mono.getMessage().contains("2 channels"));
            UnusableAudioException silent = assertThrows(UnusableAudioException.class,
                    () -> p.analyze(AudioBuffer.silence(2, 32000, 32000)));
            assertTrue(silent.getMessage().contains("silent"));
            float[][] loud = new float[2][32000];
            for (int i = 0; i < 32000; i++) {
                loud[0][i] = i % 2 == 0 ? 1f : -1f;
                loud[1][i] = 0.1f;
            }
            UnusableAudioException clipped = assertThrows(UnusableAudioException.class,
                    () -> p.analyze(new AudioBuffer(loud, 32000)));
            assertTrue(clipped.getMessage().contains("clipped (50.0% of samples"), clipped.getMessage());
        }
    }
}
