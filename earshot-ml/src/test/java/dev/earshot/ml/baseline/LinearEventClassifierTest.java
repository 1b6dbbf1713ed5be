package dev.earshot.ml.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.audio.AudioBuffer;
import dev.earshot.ml.perception.EventScore;
import dev.earshot.ml.perception.PerceptionFormatException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearEventClassifierTest {
    private static final int FS = 32000;
    private static LinearEventClassifier clf;
    private static List<AudioBuffer> testClips;
    private static List<String> testLabels;

    /** A binaural clip of a dry synthetic sound (the same signal at both ears, the right one 3 dB lower). */
    private static AudioBuffer clip(String cls, Random rng) {
        float[] l = SyntheticSounds.make(cls, rng, FS / 2, FS);
        float[] r = l.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] *= 0.7f;
        }
        return new AudioBuffer(new float[][] {l, r}, FS);
    }

    @BeforeAll
    static void train() {
        Random rng = new Random(11);
        List<String> classes = List.of("harmonic_tone", "noise_bursts");
        double[][] x = new double[24][];
        List<Set<String>> y = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            String c = classes.get(i % 2);
            x[i] = LinearEventClassifier.features(clip(c, rng));
            y.add(Set.of(c));
        }
        clf = LinearEventClassifier.fit(x, y, LinearClassifierConfig.defaults(5));
        testClips = new ArrayList<>();
        testLabels = new ArrayList<>();
        Random other = new Random(12);
        for (int i = 0; i < 20; i++) {
            String c = classes.get(i % 2);
            testClips.add(clip(c, other));
            testLabels.add(c);
        }
    }

    @Test
    void tonesAndNoiseBurstsAreToldApartOnHeldOutClips() {
        int correct = 0;
        for (int i = 0; i < testClips.size(); i++) {
            List<EventScore> p = clf.predict(testClips.get(i));
            String top = p.stream().max((a, b) -> Double.compare(a.probability(), b.probability())).orElseThrow().label();
            correct += top.equals(testLabels.get(i)) ? 1 : 0;
        }
        assertTrue(correct >= 19, correct + " of 20");
    }

    @Test
    void multinomialProbabilitiesSumToOne() {
        double sum = clf.predict(testClips.get(0)).stream().mapToDouble(EventScore::probability).sum();
        assertEquals(1, sum, 1e-12);
    }

    @Test
    void featuresAreMeanAndStdOfTheLogMelOfEachEar() {
        Random rng = new Random(13);
        float[] l = new float[FS / 2];
        float[] r = new float[l.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = (float) (0.1 * rng.nextGaussian());
            r[i] = 0.7f * l[i];
        }
        double[] f = LinearEventClassifier.features(new AudioBuffer(new float[][] {l, r}, FS));
        assertEquals(LinearEventClassifier.FEATURES, f.length);
        // right = 0.7 x left: the Spatial-AST log-mel is 10 log10 of the mel-weighted MAGNITUDE, so the right ear's
        // is 10 log10(0.7) = -1.55 dB lower in every frame and band (noise keeps every band far above the 1e-10
        // floor): the means differ by that and the standard deviations agree
        for (int m = 0; m < 128; m++) {
            assertEquals(10 * Math.log10(0.7), f[128 + m] - f[m], 1e-3, "band " + m);
            assertEquals(f[256 + m], f[384 + m], 1e-3, "band " + m);
        }
    }

    @Test
    void jsonRoundTripGivesIdenticalProbabilities(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("clf.json");
        clf.save(file);
        LinearEventClassifier back = LinearEventClassifier.load(file);
        assertEquals(clf.classes(), back.classes());
        double[] f = LinearEventClassifier.features(testClips.get(3));
        assertArrayEquals(clf.probabilities(f), back.probabilities(f), 0.0);
    }

    @Test
    void aMissingFieldIsNamedOnLoad() {
        ObjectNode n = clf.toJsonNode();
        n.remove("std");
        PerceptionFormatException e = assertThrows(PerceptionFormatException.class,
                () -> LinearEventClassifier.fromJsonNode(n, "clf.json"));
        assertTrue(e.getMessage().contains("clf.json") && e.getMessage().contains("\"std\""), e.getMessage());
    }

    @Test
    void aSingleClassCannotBeTrained() {
        assertThrows(IllegalArgumentException.class, () -> LinearEventClassifier.fit(new double[][] {{1}, {2}},
                List.of(Set.of("a"), Set.of("a")), LinearClassifierConfig.defaults(1)));
    }
}
