package dev.earshot.ml.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AveragePrecisionTest {
    @Test
    void stepwiseSumOfRecallIncrementsTimesPrecision() {
        // thresholds 0.9 (P 1, R 1/2), 0.8 (P 1/2, R 1/2), 0.7 (P 2/3, R 1): AP = 1/2 * 1 + 1/2 * 2/3
        double ap = AveragePrecision.of(new double[] {0.9, 0.8, 0.7, 0.6}, new boolean[] {true, false, true, false});
        assertEquals(0.5 + 1.0 / 3, ap, 1e-15);
    }

    @Test
    void tiedScoresFormOneThresholdWhateverTheirOrder() {
        // 0.5 x3 (one positive): P 1/3, R 1/2; then 0.1: P 1/2, R 1 -> AP = 1/6 + 1/4 (not 1/2 + 1/4)
        double ap = AveragePrecision.of(new double[] {0.5, 0.5, 0.5, 0.1}, new boolean[] {false, true, false, true});
        assertEquals(1.0 / 6 + 0.25, ap, 1e-15);
        double swapped = AveragePrecision.of(new double[] {0.5, 0.5, 0.5, 0.1}, new boolean[] {true, false, false, true});
        assertEquals(ap, swapped, 0.0);
    }

    @Test
    void perfectRankingGivesOne() {
        assertEquals(1.0, AveragePrecision.of(new double[] {3, 2, 1, 0}, new boolean[] {true, true, false, false}), 0.0);
    }

    @Test
    void allScoresTiedGivesThePositiveRate() {
        assertEquals(0.25, AveragePrecision.of(new double[] {1, 1, 1, 1}, new boolean[] {false, true, false, false}), 1e-15);
    }

    @Test
    void classWithoutPositivesIsUndefined() {
        assertTrue(Double.isNaN(AveragePrecision.of(new double[] {0.3, 0.2}, new boolean[] {false, false})));
    }

    @Test
    void perClassApMatchesTheNumpySklearnReimplementation() {
        double[][] scores = MetricFixtures.matrix("ap_scores.npy");
        double[][] labels = MetricFixtures.matrix("ap_labels.npy");
        double[] expected = MetricFixtures.npy("ap_expected.npy").data();
        double[] s = new double[scores.length];
        boolean[] y = new boolean[scores.length];
        for (int k = 0; k < expected.length; k++) {
            for (int i = 0; i < scores.length; i++) {
                s[i] = scores[i][k];
                y[i] = labels[i][k] == 1.0;
            }
            double ap = AveragePrecision.of(s, y);
            if (Double.isNaN(expected[k])) {
                assertTrue(Double.isNaN(ap), "class " + k);
            } else {
                assertEquals(expected[k], ap, 1e-12, "class " + k);
            }
        }
    }

    @Test
    void nanScoreIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> AveragePrecision.of(new double[] {Double.NaN, 1}, new boolean[] {true, false}));
    }

    @Test
    void lengthMismatchIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> AveragePrecision.of(new double[] {1, 2}, new boolean[] {true}));
    }
}
