package dev.earshot.ml.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FoaIntensityFeaturesTest {
    private static IntensityVectors iv;

    @BeforeAll
    static void compute() {
        iv = new FoaIntensityFeatures().compute(Fixtures.matrix("foa_in.npy"));
    }

    private static double maxAbs(float[][][] a, float[][][] b) {
        double m = 0;
        for (int c = 0; c < 3; c++) {
            m = Math.max(m, Fixtures.maxAbsDiff(a[c], b[c]));
        }
        return m;
    }

    @Test
    void layoutIsComponentsByBinsByFrames() {
        assertEquals(201, iv.bins());
        assertEquals(1 + 2000 / 100, iv.frames());
    }

    @Test
    void activeIntensityMatchesNumpy() {
        double e = maxAbs(Fixtures.cube("foa_active.npy"), iv.active());
        assertTrue(e <= 1e-5, "active " + e);
    }

    @Test
    void reactiveIntensityMatchesNumpy() {
        double e = maxAbs(Fixtures.cube("foa_reactive.npy"), iv.reactive());
        assertTrue(e <= 1e-5, "reactive " + e);
    }

    @Test
    void activeVectorsAreUnitWhereTheNormExceedsTheThreshold() {
        float[][][] a = iv.active();
        double n = Math.sqrt(a[0][30][5] * a[0][30][5] + a[1][30][5] * a[1][30][5] + a[2][30][5] * a[2][30][5]);
        assertEquals(1.0, n, 1e-6);
    }

    @Test
    void aPlaneWaveFromTheFrontGivesActiveIntensityAlongX() {
        // W = s, Y = 0, Z = 0, X = s: conj(W) X = |S|^2 is real and positive -> I_act = (0, 0, 1), I_rea = 0
        float[] s = new float[1600];
        java.util.Random rnd = new java.util.Random(3);
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) rnd.nextGaussian();
        }
        IntensityVectors v = new FoaIntensityFeatures().compute(new float[][] {s, new float[1600], new float[1600], s.clone()});
        assertEquals(0.0, v.active()[0][50][8], 1e-9);
        assertEquals(1.0, v.active()[2][50][8], 1e-6);
        assertEquals(0.0, v.reactive()[2][50][8], 1e-6);
    }

    @Test
    void wrongChannelCountIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new FoaIntensityFeatures().compute(new float[3][1600]));
    }

    @Test
    void wrongSampleRateIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FoaIntensityFeatures().compute(new AudioBuffer(new float[4][4800], 48000)));
        assertTrue(e.getMessage().contains("16000 Hz"), e.getMessage());
    }
}
