package dev.earshot.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TrainConfigTest {
    private final TrainConfig c = new TrainConfig(10, 4, 1e-3, 1e-5, 2, 0.05, 0.75, 0.5, 0.5, 2, 10, 2, 10, 6, true,
            1, LossWeights.SPATIAL_AST, 0);

    @Test
    void warmUpIsLinearFromZero() {
        assertEquals(0, c.learningRate(0), 1e-15);
        assertEquals(5e-4, c.learningRate(1), 1e-15);
    }

    @Test
    void cosineGoesFromPeakThroughMidpointToMin() {
        assertEquals(1e-3, c.learningRate(2), 1e-15);
        assertEquals((1e-3 + 1e-5) / 2, c.learningRate(6), 1e-15);
        assertEquals(1e-5, c.learningRate(10), 1e-15);
    }

    @Test
    void stagePresetsMatchThePapers() {
        assertEquals(new LossWeights(1250, 1, 2), LossWeights.forStage("spatial-ast"));
        assertEquals(new LossWeights(1, 0, 0), LossWeights.forStage("DSPAST1"));
        assertEquals(new LossWeights(100, 2, 1), LossWeights.forStage("dspast2"));
        assertEquals(new LossWeights(100, 2, 1), LossWeights.forStage("dspast3"));
        assertThrows(IllegalArgumentException.class, () -> LossWeights.forStage("stage4"));
    }

    @Test
    void betaSampleMeanIsOneHalfForSymmetricShape() {
        SplittableRandom r = new SplittableRandom(5);
        double sum = 0;
        double sq = 0;
        int n = 20000;
        for (int i = 0; i < n; i++) {
            double x = Augmenter.beta(0.5, r);
            sum += x;
            sq += x * x;
        }
        double mean = sum / n;
        // Beta(0.5, 0.5): mean 1/2, variance ab/((a+b)^2 (a+b+1)) = 0.125
        assertEquals(0.5, mean, 0.01);
        assertEquals(0.125, sq / n - mean * mean, 0.005);
    }

    @Test
    void rejectsANegativeDoaSigma() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new TrainConfig(10, 4, 1e-3,
                1e-5, 2, 0.05, 0.75, 0.5, 0.5, 2, 10, 2, 10, 6, true, 1, LossWeights.SPATIAL_AST, -1));
    }

    @Test
    void clipScaleIsThresholdOverNormAboveTheThresholdAndOneBelow() {
        TrainConfig k = c.withClipNorm(2);
        assertEquals(1, k.clipScale(1.5), 0);
        assertEquals(1, k.clipScale(2), 0);
        assertEquals(0.25, k.clipScale(8), 1e-15);
        assertEquals(1, c.clipScale(1e9), 0); // 0 = off
        assertEquals(1, k.clipScale(Double.NaN), 0);
        assertEquals(0, c.clipNorm(), 0);
    }

    @Test
    void rejectsANegativeClipNorm() {
        assertThrows(IllegalArgumentException.class, () -> c.withClipNorm(-1));
        assertThrows(IllegalArgumentException.class, () -> c.withClipNorm(Double.POSITIVE_INFINITY));
    }

    @Test
    void rejectsADistanceSigmaOutsideZeroToTenMetres() {
        assertThrows(IllegalArgumentException.class, () -> new TrainConfig(10, 4, 1e-3, 1e-5, 2, 0.05, 0.75, 0.5, 0.5,
                2, 10, 2, 10, 6, true, 1, LossWeights.SPATIAL_AST, 0, 0, -0.5));
        assertThrows(IllegalArgumentException.class, () -> new TrainConfig(10, 4, 1e-3, 1e-5, 2, 0.05, 0.75, 0.5, 0.5,
                2, 10, 2, 10, 6, true, 1, LossWeights.SPATIAL_AST, 0, 0, Double.NaN));
        assertEquals(0, c.distanceSigmaM(), 0);
    }
}
