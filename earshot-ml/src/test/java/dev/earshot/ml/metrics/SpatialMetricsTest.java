package dev.earshot.ml.metrics;

import dev.earshot.spatial.convention.SpatialAstTarget;

import dev.earshot.spatial.convention.SpatialAstTarget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SpatialMetricsTest {
    @Test
    void sameClassesHaveZeroError() {
        assertEquals(0.0, SpatialMetrics.doaErrorDeg(123, 77, 123, 77), 1e-6);
    }

    @Test
    void oppositeAzimuthsOnTheHorizonAre180DegreesApart() {
        assertEquals(180.0, SpatialMetrics.doaErrorDeg(0, 90, 180, 90), 1e-9);
    }

    @Test
    void azimuthIndicesAbove180WrapSo359And1AreTwoDegreesApart() {
        assertEquals(2.0, SpatialMetrics.doaErrorDeg(359, 90, 1, 90), 1e-9);
    }

    @Test
    void elevationIndexZeroIsTheSouthPoleWhateverTheAzimuth() {
        assertEquals(90.0, SpatialMetrics.doaErrorDeg(17, 0, 250, 90), 1e-9);
        assertEquals(0.0, SpatialMetrics.doaErrorDeg(17, 0, 250, 0), 1e-6);
    }

    @Test
    void handComputedSetGivesMaeEr20AndDer() {
        SpatialAstTarget[] gt = {
            new SpatialAstTarget(4, 10, 90), new SpatialAstTarget(4, 10, 90),
            new SpatialAstTarget(10, 100, 90), new SpatialAstTarget(0, 200, 90)};
        SpatialAstTarget[] pred = {
            new SpatialAstTarget(5, 10, 90),   // 0 deg, distance off by 1 bin (ok)
            new SpatialAstTarget(6, 40, 90),   // 30 deg on the horizon, distance off by 2 (error)
            new SpatialAstTarget(10, 119, 90), // 19 deg (not > 20)
            new SpatialAstTarget(0, 20, 90)};  // 180 deg
        SpatialMetrics m = SpatialMetrics.compute(pred, gt);
        assertEquals(4, m.clips());
        assertEquals((0 + 30 + 19 + 180) / 4.0, m.maeDeg(), 1e-9);
        assertEquals(50.0, m.er20Pct(), 0.0);
        assertEquals(75.0, m.distanceAccuracyPct(), 0.0);
        assertEquals(25.0, m.derPct(), 0.0);
    }

    @Test
    void errorsAndSummaryMatchTheNumpyReimplementationOfSpatialAstEvaluate() {
        double[][] c = MetricFixtures.matrix("doa_classes.npy"); // rows az_gt, el_gt, az_pred, el_pred, d_gt, d_pred
        double[] expected = MetricFixtures.npy("doa_error_deg.npy").data();
        int n = expected.length;
        SpatialAstTarget[] gt = new SpatialAstTarget[n];
        SpatialAstTarget[] pred = new SpatialAstTarget[n];
        for (int i = 0; i < n; i++) {
            gt[i] = new SpatialAstTarget((int) c[4][i], (int) c[0][i], (int) c[1][i]);
            pred[i] = new SpatialAstTarget((int) c[5][i], (int) c[2][i], (int) c[3][i]);
            assertEquals(expected[i], SpatialMetrics.doaErrorDeg((int) c[0][i], (int) c[1][i], (int) c[2][i], (int) c[3][i]),
                    1e-9, "clip " + i);
        }
        SpatialMetrics m = SpatialMetrics.compute(pred, gt);
        JsonNode s = MetricFixtures.summary();
        assertEquals(s.get("mae_deg").asDouble(), m.maeDeg(), 1e-9);
        assertEquals(s.get("er20_pct").asDouble(), m.er20Pct(), 1e-9);
        assertEquals(s.get("distance_accuracy_pct").asDouble(), m.distanceAccuracyPct(), 1e-9);
        assertEquals(s.get("der_pct").asDouble(), m.derPct(), 1e-9);
    }

    @Test
    void emptyInputIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> SpatialMetrics.compute(new SpatialAstTarget[0], new SpatialAstTarget[0]));
    }
}
