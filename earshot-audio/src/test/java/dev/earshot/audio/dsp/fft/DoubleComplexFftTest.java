package dev.earshot.audio.dsp.fft;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DoubleComplexFft against the numpy.fft fixtures (the float32 inputs are exact in double). */
class DoubleComplexFftTest {

    @ParameterizedTest(name = "N={0}")
    @ValueSource(ints = {16, 64, 256, 1024, 4096, 16384, 65536})
    void forwardMatchesNumpyWithin1e12OfPeak(int n) {
        FftFixtures.Case c = FftFixtures.load(n);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = c.re()[i];
            im[i] = c.im()[i];
        }
        new DoubleComplexFft(n).forward(re, im);
        double err = 0;
        double peak = 0;
        for (int k = 0; k < c.specRe().length; k++) {
            int bin = k * c.stride();
            err = Math.max(err, Math.hypot(re[bin] - c.specRe()[k], im[bin] - c.specIm()[k]));
            peak = Math.max(peak, Math.hypot(c.specRe()[k], c.specIm()[k]));
        }
        assertTrue(err / peak <= 1e-12, "N=" + n + ": relative error " + err / peak);
    }

    @ParameterizedTest(name = "N={0}")
    @ValueSource(ints = {1, 2, 4, 8, 32, 512, 8192})
    void scrambledRoundTripIsNTimesTheInput(int n) {
        java.util.Random r = new java.util.Random(n);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = r.nextGaussian();
            im[i] = r.nextGaussian();
        }
        double[] re0 = re.clone();
        double[] im0 = im.clone();
        DoubleComplexFft fft = new DoubleComplexFft(n);
        fft.forwardScrambled(re, im);
        fft.inverseScrambled(re, im);
        double err = 0;
        for (int i = 0; i < n; i++) {
            err = Math.max(err, Math.hypot(re[i] / n - re0[i], im[i] / n - im0[i]));
        }
        assertTrue(err <= 1e-13 * 5, "N=" + n + ": error " + err);
    }

    @Test
    void rejectsBadSizeAndShortArrays() {
        assertThrows(IllegalArgumentException.class, () -> new DoubleComplexFft(6));
        assertThrows(IllegalArgumentException.class, () -> new DoubleComplexFft(8).forward(new double[7], new double[8]));
    }
}
