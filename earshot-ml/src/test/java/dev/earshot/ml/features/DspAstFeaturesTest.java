package dev.earshot.ml.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DspAstFeaturesTest {
    private static float[][][] ref;
    private static float[][][] out;

    @BeforeAll
    static void compute() {
        float[][] in = Fixtures.matrix("binaural_in.npy");
        ref = Fixtures.cube("dspast_out.npy");
        out = new DspAstFeatures().compute(in[0], in[1]);
    }

    @Test
    void shapeIsSixMapsOfFramesBy128() {
        assertEquals(6, out.length);
        for (float[][] map : out) {
            assertEquals(26, map.length);
            assertEquals(128, map[0].length);
        }
    }

    @Test
    void logMelAndIpdMapsMatchNumpy() {
        assertTrue(Fixtures.maxAbsDiff(ref[0], out[0]) <= 1e-4);
        assertTrue(Fixtures.maxAbsDiff(ref[1], out[1]) <= 1e-4);
        assertTrue(Fixtures.maxAbsDiff(ref[4], out[4]) <= 1e-5);
        assertTrue(Fixtures.maxAbsDiff(ref[5], out[5]) <= 1e-5);
    }

    @Test
    void gccPhatLags64To63MatchNumpyIrfft() {
        assertTrue(Fixtures.maxAbsDiff(ref[2], out[2]) <= 1e-5, "gcc " + Fixtures.maxAbsDiff(ref[2], out[2]));
    }

    @Test
    void ildMatchesTheFloat32ExpOfDbFormulaToRelative1e4() {
        double worst = 0;
        for (int t = 0; t < ref[3].length; t++) {
            for (int m = 0; m < 128; m++) {
                worst = Math.max(worst, Math.abs(out[3][t][m] - ref[3][t][m]) / Math.max(Math.abs(ref[3][t][m]), 1e-30));
            }
        }
        assertTrue(worst <= 1e-4, "relative ILD error " + worst);
    }

    @Test
    void gccPhatOfADelayedCopyPeaksAtTheDelay() {
        // right = left delayed by 5 samples -> X_L conj(X_R) has phase +2 pi k 5 / N -> peak at lag +5
        java.util.Random rnd = new java.util.Random(7);
        float[] l = new float[8000];
        for (int i = 0; i < l.length; i++) {
            l[i] = (float) rnd.nextGaussian();
        }
        float[] r = new float[l.length];
        System.arraycopy(l, 0, r, 5, l.length - 5);
        float[][] gcc = new DspAstFeatures().compute(l, r)[2];
        float[] frame = gcc[12];
        int best = 0;
        for (int j = 1; j < frame.length; j++) {
            if (frame[j] > frame[best]) {
                best = j;
            }
        }
        assertEquals(-5, best - 64, "lag of the peak (index 64 = lag 0)");
    }

    @Test
    void ildOfIdenticalEarsIsOneWhereTheBandIsFarAboveTheEpsilon() {
        java.util.Random rnd = new java.util.Random(11);
        float[] x = new float[3000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.3 * rnd.nextGaussian());
        }
        float[][][] f = new DspAstFeatures().compute(x, x.clone());
        for (int m = 0; m < 128; m++) {
            assertTrue(f[0][4][m] > -20, "band " + m + " is loud");
            assertEquals(1.0f, f[3][4][m], 1e-6f);
        }
    }

    @Test
    void unequalChannelLengthsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DspAstFeatures().compute(new float[2000], new float[1999]));
    }
}
