package dev.earshot.ml.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.audio.AudioBuffer;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClassicalDistanceEstimatorTest {

    @Test
    void onsetDrrIsTheEarlyToLatePowerRatioOfAStepEnvelope() {
        // silence, then 5 blocks (2.5 ms) of power 8 and 95 blocks of power 0.5: 10 log10(8 / 0.5) = 12.04 dB
        double[] e = new double[300];
        for (int j = 50; j < 55; j++) {
            e[j] = 8;
        }
        for (int j = 55; j < 300; j++) {
            e[j] = 0.5;
        }
        assertEquals(10 * Math.log10(16), DistanceFeatures.onsetDrrDb(e, 8), 1e-12);
    }

    @Test
    void onsetDrrIsTheMedianOverOnsets() {
        double[] e = new double[700];
        double[] early = {8, 2, 4};
        for (int o = 0; o < 3; o++) {
            int j0 = 50 + 200 * o;
            for (int j = j0; j < j0 + 5; j++) {
                e[j] = early[o];
            }
            for (int j = j0 + 5; j < j0 + 100; j++) {
                e[j] = 1;
            }
        }
        // ratios 9.03, 3.01, 6.02 dB: median 10 log10(4)
        assertEquals(10 * Math.log10(4), DistanceFeatures.onsetDrrDb(e, 8), 1e-12);
    }

    @Test
    void aSteadySignalHasEqualEarlyAndLatePower() {
        double[] e = new double[400];
        Arrays.fill(e, 1.0);
        e[0] = 0; // the step at block 1 is an onset; early and late power are equal: 0 dB
        assertEquals(0, DistanceFeatures.onsetDrrDb(e, 1), 1e-12);
    }

    @Test
    void aClipTooShortForTheLateWindowHasNoOnsetAndGivesZero() {
        double[] e = new double[50];
        e[10] = 1;
        assertEquals(0, DistanceFeatures.onsetDrrDb(e, 1), 0.0);
    }

    @Test
    void modulationIsTheStdOfTheTenMillisecondLevelInDb() {
        // 20 blocks of 0.5 ms per 10 ms level: alternate levels 1 and 100 (0 and 20 dB): std 10 dB
        double[] e = new double[20 * 40];
        for (int j = 0; j < e.length; j++) {
            e[j] = (j / 20) % 2 == 0 ? 1.0 / 20 : 100.0 / 20;
        }
        assertEquals(10, DistanceFeatures.modulationDb(e, 5), 1e-9);
    }

    @Test
    void identicalEarsAreFullyCoherentAndIndependentNoisesAreNot() {
        Random rng = new Random(1);
        int n = 32000;
        float[] a = new float[n];
        float[] b = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (0.1 * rng.nextGaussian());
            b[i] = (float) (0.1 * rng.nextGaussian());
        }
        double[] same = ClassicalDistanceEstimator.features(new AudioBuffer(new float[][] {a, a.clone()}, 32000));
        double[] indep = ClassicalDistanceEstimator.features(new AudioBuffer(new float[][] {a, b}, 32000));
        for (int k = 2; k <= 4; k++) {
            assertEquals(1, same[k], 1e-6);
            // |coherence| of independent noises over F frames is about sqrt(pi / (4 F)) ~ 0.06 for 101 frames
            assertTrue(indep[k] < 0.15, "band " + k + ": " + indep[k]);
        }
        assertEquals(10 * Math.log10(0.01), same[0], 0.1); // level of unit-variance noise x 0.1
    }

    @Test
    void regressionRecoversAnExactLogLinearRelation() {
        // ln d = 0.3 - 0.05 f0 + 0.8 f1 exactly: the fitted estimator (small lambda chosen by CV) reproduces it
        Random rng = new Random(2);
        double[][] x = new double[60][7];
        double[] d = new double[60];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 7; j++) {
                x[i][j] = rng.nextGaussian() * (j + 1);
            }
            d[i] = Math.exp(Math.max(-2, Math.min(2.2, 0.3 - 0.05 * x[i][0] + 0.08 * x[i][1])));
        }
        ClassicalDistanceEstimator est = ClassicalDistanceEstimator.fit(x, d, 3);
        double[] probe = {1, 2, 0, 0, 0, 0, 0};
        assertEquals(Math.exp(0.3 - 0.05 + 0.16), est.predictFromFeatures(probe), 0.05);
        assertEquals(0.01, est.lambda(), 0.0);
    }

    @Test
    void jsonRoundTripPredictsTheSame() {
        Random rng = new Random(4);
        double[][] x = new double[20][7];
        double[] d = new double[20];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 7; j++) {
                x[i][j] = rng.nextGaussian();
            }
            d[i] = 0.5 + 3 * rng.nextDouble();
        }
        ClassicalDistanceEstimator est = ClassicalDistanceEstimator.fit(x, d, 3);
        ClassicalDistanceEstimator back = ClassicalDistanceEstimator.fromJsonNode(
                new ObjectMapper().valueToTree(est.toJsonNode()), "test");
        assertEquals(est.predictFromFeatures(x[0]), back.predictFromFeatures(x[0]), 0.0);
        assertEquals(est.lambda(), back.lambda(), 0.0);
    }

    @Test
    void predictionsAreClampedToTheSpatialAstRange() {
        double[][] x = new double[10][7];
        double[] d = new double[10];
        for (int i = 0; i < 10; i++) {
            x[i][0] = i;
            d[i] = Math.exp(i);
        }
        ClassicalDistanceEstimator est = ClassicalDistanceEstimator.fit(x, d, 1);
        assertEquals(ClassicalDistanceEstimator.MAX_DISTANCE_M, est.predictFromFeatures(new double[] {50, 0, 0, 0, 0, 0, 0}), 0);
        assertEquals(ClassicalDistanceEstimator.MIN_DISTANCE_M, est.predictFromFeatures(new double[] {-50, 0, 0, 0, 0, 0, 0}), 0);
    }
}
