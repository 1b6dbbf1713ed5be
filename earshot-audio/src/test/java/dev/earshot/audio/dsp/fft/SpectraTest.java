package dev.earshot.audio.dsp.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Spectra's pointwise complex products against the closed form in double, for lengths with tails. */
class SpectraTest {

    @Test
    void multiplyIsTheComplexProductAtEveryLength() {
        Random r = new Random(3);
        for (int n = 0; n <= 37; n++) {
            float[][] a = random(r, 6, n);
            Spectra.multiply(a[4], a[5], a[0], a[1], a[2], a[3], n);
            for (int i = 0; i < n; i++) {
                assertEquals((double) a[0][i] * a[2][i] - (double) a[1][i] * a[3][i], a[4][i], 1e-6, "re " + i);
                assertEquals((double) a[0][i] * a[3][i] + (double) a[1][i] * a[2][i], a[5][i], 1e-6, "im " + i);
            }
        }
    }

    @Test
    void multiplyAccumulateAddsTheProductAndLeavesTheRestAlone() {
        Random r = new Random(4);
        for (int n = 0; n <= 37; n++) {
            float[][] a = random(r, 6, n + 3);
            float[] accRe0 = a[4].clone();
            float[] accIm0 = a[5].clone();
            Spectra.multiplyAccumulate(a[4], a[5], a[0], a[1], a[2], a[3], n);
            for (int i = 0; i < n; i++) {
                assertEquals(accRe0[i] + (double) a[0][i] * a[2][i] - (double) a[1][i] * a[3][i], a[4][i], 1e-5);
                assertEquals(accIm0[i] + (double) a[0][i] * a[3][i] + (double) a[1][i] * a[2][i], a[5][i], 1e-5);
            }
            for (int i = n; i < n + 3; i++) {
                assertEquals(accRe0[i], a[4][i]);
                assertEquals(accIm0[i], a[5][i]);
            }
        }
    }

    private static float[][] random(Random r, int count, int n) {
        float[][] a = new float[count][n];
        for (float[] x : a) {
            for (int i = 0; i < n; i++) {
                x[i] = (float) r.nextGaussian();
            }
        }
        return a;
    }
}
