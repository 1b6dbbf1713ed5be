package dev.earshot.audio.dsp.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Spectra's pointwise complex products against the closed form in double, for lengths with tails. */
class SpectraTest {

    @Test
    void splitPairGivesEachRealSignalsOwnScrambledSpectrum() {
        // reference: each real signal transformed on its own (imaginary part zero), by the same FFT
        Random r = new Random(4);
        for (int n = 1; n <= 4096; n <<= 1) {
            ComplexFft fft = new ComplexFft(n);
            float[] a = new float[n];
            float[] b = new float[n];
            for (int i = 0; i < n; i++) {
                a[i] = (float) r.nextGaussian();
                b[i] = (float) r.nextGaussian();
            }
            float[] aRe = a.clone();
            float[] aIm = new float[n];
            fft.forwardScrambled(aRe, aIm);
            float[] bRe = b.clone();
            float[] bIm = new float[n];
            fft.forwardScrambled(bRe, bIm);
            float[] zRe = a.clone();
            float[] zIm = b.clone();
            fft.forwardScrambled(zRe, zIm);
            float[][] out = new float[4][n];
            Spectra.splitPair(zRe, zIm, out[0], out[1], out[2], out[3], n);
            double tol = 1e-5 * Math.sqrt(n) * (1 + Math.log(n));
            for (int j = 0; j < n; j++) {
                assertEquals(aRe[j], out[0][j], tol, "A re n=" + n + " j=" + j);
                assertEquals(aIm[j], out[1][j], tol, "A im n=" + n + " j=" + j);
                assertEquals(bRe[j], out[2][j], tol, "B re n=" + n + " j=" + j);
                assertEquals(bIm[j], out[3][j], tol, "B im n=" + n + " j=" + j);
            }
        }
    }

    @Test
    void splitPairRejectsSizesThatAreNotPowersOfTwo() {
        float[] x = new float[6];
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Spectra.splitPair(x, x, x.clone(), x.clone(), x.clone(), x.clone(), 6));
    }

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
