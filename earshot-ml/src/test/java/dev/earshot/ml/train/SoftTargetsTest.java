package dev.earshot.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SoftTargetsTest {
    private static double sum(float[] a) {
        double s = 0;
        for (float v : a) {
            s += v;
        }
        return s;
    }

    @Test
    void zeroSigmaGivesOneHot() {
        float[] az = new float[360];
        SoftTargets.addAzimuth(az, 0, 17, 0, 1);
        assertEquals(1f, az[17]);
        assertEquals(1.0, sum(az), 1e-9);
    }

    @Test
    void gaussianAzimuthSumsToTheWeightAndFollowsTheClosedForm() {
        float[] az = new float[360];
        SoftTargets.addAzimuth(az, 0, 100, 5, 0.7);
        assertEquals(0.7, sum(az), 1e-5);
        // exp(-d^2 / (2 sigma^2)) relative to the peak, d = 5 and 10 degrees
        assertEquals(Math.exp(-0.5), az[105] / az[100], 1e-5);
        assertEquals(Math.exp(-2.0), az[90] / az[100], 1e-5);
    }

    @Test
    void azimuthWrapsAroundTheCircle() {
        float[] az = new float[360];
        SoftTargets.addAzimuth(az, 0, 0, 10, 1);
        assertEquals(az[1], az[359], 1e-9);
        assertEquals(az[20], az[340], 1e-9);
    }

    @Test
    void elevationDoesNotWrap() {
        float[] el = new float[180];
        SoftTargets.addElevation(el, 0, 0, 10, 1);
        assertEquals(1.0, sum(el), 1e-5);
        assertEquals(Math.exp(-0.5), el[10] / el[0], 1e-5);
        assertEquals(0f, el[179], 1e-12f);
    }

    @Test
    void writesAtTheOffsetOfItsRow() {
        float[] az = new float[720];
        SoftTargets.addAzimuth(az, 360, 3, 0, 1);
        assertEquals(1f, az[363]);
        assertEquals(0f, az[3]);
    }

    @Test
    void rejectsAClassOutsideTheRange() {
        assertThrows(IllegalArgumentException.class, () -> SoftTargets.addAzimuth(new float[360], 0, 360, 0, 1));
    }

    @Test
    void distanceSigmaIsInMetresOverHalfMetreClasses() {
        float[] d = new float[21];
        SoftTargets.addDistance(d, 0, 4, 0.5, 1);
        assertEquals(1.0, sum(d), 1e-5);
        // class 5 is 0.5 m from class 4 (one sigma), class 6 is 1 m away (two sigma)
        assertEquals(Math.exp(-0.5), d[5] / d[4], 1e-5);
        assertEquals(Math.exp(-2.0), d[6] / d[4], 1e-5);
        assertEquals(d[3], d[5], 1e-9);
    }

    @Test
    void zeroDistanceSigmaGivesOneHot() {
        float[] d = new float[21];
        SoftTargets.addDistance(d, 0, 20, 0, 0.25);
        assertEquals(0.25f, d[20]);
        assertEquals(0.25, sum(d), 1e-9);
    }
}
