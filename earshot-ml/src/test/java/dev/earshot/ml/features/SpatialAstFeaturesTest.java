package dev.earshot.ml.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SpatialAstFeaturesTest {
    private static float[][][] ref;
    private static float[][][] out;

    @BeforeAll
    static void compute() {
        float[][] in = Fixtures.matrix("binaural_in.npy");
        ref = Fixtures.cube("spatial_ast_out.npy");
        out = new SpatialAstFeatures().compute(in[0], in[1]);
    }

    @Test
    void shapeIsFourMapsOfFramesByMels() {
        assertEquals(4, out.length);
        assertEquals(1 + 8000 / 320, out[0].length);
        assertEquals(128, out[0][0].length);
    }

    @Test
    void logMelOfBothEarsMatchesNumpyWithin1e4() {
        assertTrue(Fixtures.maxAbsDiff(ref[0], out[0]) <= 1e-4, "left " + Fixtures.maxAbsDiff(ref[0], out[0]));
        assertTrue(Fixtures.maxAbsDiff(ref[1], out[1]) <= 1e-4, "right " + Fixtures.maxAbsDiff(ref[1], out[1]));
    }

    @Test
    void ipdTermsMatchNumpyWithin1e5() {
        assertTrue(Fixtures.maxAbsDiff(ref[2], out[2]) <= 1e-5, "cos " + Fixtures.maxAbsDiff(ref[2], out[2]));
        assertTrue(Fixtures.maxAbsDiff(ref[3], out[3]) <= 1e-5, "sin " + Fixtures.maxAbsDiff(ref[3], out[3]));
    }

    @Test
    void bandsWithoutEnergySitExactlyOnTheMinus100DbFloor() {
        // the fixture segment starts in digital silence: some early bands are 10 log10(1e-10) = -100 dB
        int floored = 0;
        for (int t = 0; t < ref[0].length; t++) {
            for (int m = 0; m < 128; m++) {
                if (ref[0][t][m] == -100f) {
                    assertEquals(-100f, out[0][t][m], 0f);
                    floored++;
                }
            }
        }
        assertTrue(floored > 0, "the fixture has floored bands");
    }

    @Test
    void identicalEarsGiveZeroIpdSoCosIsTheMelRowSumAndSinIsZero() {
        float[] x = new float[4000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(0.05 * i) * 0.3f + (float) Math.cos(0.31 * i) * 0.1f;
        }
        float[][][] f = new SpatialAstFeatures().compute(x, x.clone());
        MelFilterbank mel = MelFilterbank.spatialAst();
        for (int m = 0; m < 128; m += 9) {
            double rowSum = 0;
            for (int k = 0; k < 513; k++) {
                rowSum += mel.weight(k, m);
            }
            assertEquals(rowSum, f[2][3][m], 1e-6);
            assertEquals(0.0, f[3][3][m], 1e-9);
            assertEquals(f[0][3][m], f[1][3][m], 0f);
        }
    }

    @Test
    void monoBufferIsRejectedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SpatialAstFeatures().compute(AudioBuffer.mono(new float[32000], 32000)));
        assertTrue(e.getMessage().contains("2 channels"), e.getMessage());
    }

    @Test
    void wrongSampleRateIsRejectedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SpatialAstFeatures().compute(new AudioBuffer(new float[2][48000], 48000)));
        assertTrue(e.getMessage().contains("32000 Hz"), e.getMessage());
    }
}
