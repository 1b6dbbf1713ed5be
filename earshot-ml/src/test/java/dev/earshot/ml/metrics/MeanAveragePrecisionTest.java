package dev.earshot.ml.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class MeanAveragePrecisionTest {
    @Test
    void classesWithoutPositivesAreReportedApartAndLeftOutOfTheMean() {
        double[][] scores = {{0.9, 0.1, 0.5}, {0.2, 0.8, 0.4}, {0.6, 0.7, 0.3}};
        boolean[][] labels = {{true, false, false}, {false, true, false}, {false, false, false}};
        MeanAveragePrecision r = MeanAveragePrecision.compute(scores, labels);
        // class 0: 0.9 (+), 0.6, 0.2 -> 1.0; class 1: 0.8 (+) first -> 1.0; class 2: no positive
        assertEquals(1.0, r.perClassAp()[0], 0.0);
        assertEquals(1.0, r.perClassAp()[1], 0.0);
        assertTrue(Double.isNaN(r.perClassAp()[2]));
        assertArrayEquals(new int[] {2}, r.undefinedClasses());
        assertEquals(1.0, r.map(), 0.0);
        assertEquals(2.0 / 3, r.mapUndefinedAsZero(), 1e-15);
    }

    @Test
    void macroMeansMatchTheNumpyFixture() {
        double[][] s = MetricFixtures.matrix("ap_scores.npy");
        double[][] l = MetricFixtures.matrix("ap_labels.npy");
        boolean[][] y = new boolean[l.length][l[0].length];
        for (int i = 0; i < l.length; i++) {
            for (int k = 0; k < l[i].length; k++) {
                y[i][k] = l[i][k] == 1.0;
            }
        }
        MeanAveragePrecision r = MeanAveragePrecision.compute(s, y);
        JsonNode sum = MetricFixtures.summary();
        assertEquals(sum.get("map_excluding_undefined").asDouble(), r.map(), 1e-12);
        assertEquals(sum.get("map_undefined_as_zero").asDouble(), r.mapUndefinedAsZero(), 1e-12);
        assertArrayEquals(new int[] {sum.get("undefined_classes").get(0).asInt()}, r.undefinedClasses());
    }

    @Test
    void noClassWithPositivesGivesAnUndefinedMean() {
        MeanAveragePrecision r = MeanAveragePrecision.compute(new double[][] {{0.1, 0.2}}, new boolean[][] {{false, false}});
        assertTrue(Double.isNaN(r.map()));
        assertEquals(0.0, r.mapUndefinedAsZero(), 0.0);
        assertArrayEquals(new int[] {0, 1}, r.undefinedClasses());
    }

    @Test
    void raggedInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MeanAveragePrecision.compute(
                new double[][] {{1, 2}, {1}}, new boolean[][] {{true, false}, {true}}));
    }
}
