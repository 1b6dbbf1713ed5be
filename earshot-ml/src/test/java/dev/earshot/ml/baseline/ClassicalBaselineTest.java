package dev.earshot.ml.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.dsp.Resampler;
import dev.earshot.ml.perception.LabelledClip;
import dev.earshot.ml.perception.Perception;
import dev.earshot.ml.perception.PerceptionFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassicalBaselineTest {
    private static List<LabelledClip> clips;
    private static ClassicalBaseline baseline;

    @BeforeAll
    static void fit() {
        clips = SimulatedScenes.anechoic(12, 0.5, 21);
        baseline = ClassicalBaseline.fit(ClassicalDoaEstimator.kemar(), clips, 3);
    }

    @Test
    void perceptionListsEveryClassAndADirectionNearTheTruth() {
        LabelledClip c = clips.get(0);
        Perception p = baseline.perceive(c.binaural());
        assertEquals(SyntheticSounds.CLASSES.size(), p.events().size());
        assertTrue(p.distanceM() >= 0.1 && p.distanceM() <= 10);
        // anechoic, rendered with the same HRTF set: the ITD pins the cone of confusion
        double trueItdSign = Math.signum(-Math.sin(Math.toRadians(c.azimuthDeg())));
        double predItdSign = Math.signum(-Math.sin(Math.toRadians(p.azimuthDeg())));
        assertEquals(trueItdSign, predItdSign);
    }

    @Test
    void saveAndLoadGiveTheSamePerception(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("baseline.json");
        baseline.save(f);
        ClassicalBaseline back = ClassicalBaseline.load(f, baseline.doa());
        AudioBuffer a = clips.get(5).binaural();
        assertEquals(baseline.perceive(a), back.perceive(a));
    }

    @Test
    void loadNamesTheFileWhenTheTypeIsWrong(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("other.json");
        Files.writeString(f, "{\"type\": \"something-else\"}");
        PerceptionFormatException e = assertThrows(PerceptionFormatException.class,
                () -> ClassicalBaseline.load(f, baseline.doa()));
        assertTrue(e.getMessage().contains("other.json") && e.getMessage().contains("type"), e.getMessage());
    }

    @Test
    void inputAtAnotherRateIsResampledToTheSameAnswer() {
        AudioBuffer a = clips.get(2).binaural();
        Perception at32 = baseline.perceive(a);
        Perception at48 = baseline.perceive(Resampler.resample(a, 48000));
        assertTrue(new dev.earshot.spatial.geom.Direction(at32.azimuthDeg(), at32.elevationDeg())
                .angleToDeg(new dev.earshot.spatial.geom.Direction(at48.azimuthDeg(), at48.elevationDeg())) < 5);
        assertEquals(at32.events().get(0).label(), at48.events().get(0).label());
    }

    @Test
    void monoInputIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> baseline.perceive(AudioBuffer.mono(new float[8000], 32000)));
        assertTrue(e.getMessage().contains("binaural"), e.getMessage());
    }
}
