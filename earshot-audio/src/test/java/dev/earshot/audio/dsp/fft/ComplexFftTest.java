package dev.earshot.audio.dsp.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ComplexFft against numpy.fft fixtures and a direct DFT. Each check runs on the plain-Java kernels
 * and, when this JVM has the jdk.incubator.vector module (the vector-kernels surefire execution),
 * on the Vector API kernels too.
 */
class ComplexFftTest {

    static List<Boolean> kernels() {
        return Kernels.VECTOR ? List.of(false, true) : List.of(false);
    }

    static List<Arguments> fixtureCases() {
        List<Arguments> out = new ArrayList<>();
        for (boolean vector : kernels()) {
            for (int n : FftFixtures.SIZES) {
                out.add(Arguments.of(n, vector));
            }
        }
        return out;
    }

    static List<Arguments> allSizes() {
        List<Arguments> out = new ArrayList<>();
        for (boolean vector : kernels()) {
            for (int n = 1; n <= 1 << 16; n <<= 1) {
                out.add(Arguments.of(n, vector));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "N={0} vector={1}")
    @MethodSource("fixtureCases")
    void forwardMatchesNumpyWithin1e6OfPeak(int n, boolean vector) {
        FftFixtures.Case c = FftFixtures.load(n);
        float[] re = c.re().clone();
        float[] im = c.im().clone();
        new ComplexFft(n, vector).forward(re, im);
        double err = FftFixtures.relError(re, im, c);
        assertTrue(err <= 1e-6, "N=" + n + ": relative error " + err);
    }

    @ParameterizedTest(name = "N={0} vector={1}")
    @MethodSource("fixtureCases")
    void scrambledForwardHoldsBinKAtBitReversedIndex(int n, boolean vector) {
        FftFixtures.Case c = FftFixtures.load(n);
        float[] re = c.re().clone();
        float[] im = c.im().clone();
        ComplexFft fft = new ComplexFft(n, vector);
        fft.forwardScrambled(re, im);
        float[] natRe = new float[n];
        float[] natIm = new float[n];
        for (int k = 0; k < n; k++) {
            natRe[k] = re[fft.bitReverse(k)];
            natIm[k] = im[fft.bitReverse(k)];
        }
        assertTrue(FftFixtures.relError(natRe, natIm, c) <= 1e-6);
    }

    @ParameterizedTest(name = "N={0} vector={1}")
    @MethodSource("fixtureCases")
    void inverseOfNumpySpectrumIsNTimesTheInput(int n, boolean vector) {
        FftFixtures.Case c = FftFixtures.load(n);
        if (c.stride() != 1) {
            return; // only whole spectra can be inverted
        }
        float[] re = new float[n];
        float[] im = new float[n];
        for (int k = 0; k < n; k++) {
            re[k] = (float) c.specRe()[k];
            im[k] = (float) c.specIm()[k];
        }
        new ComplexFft(n, vector).inverse(re, im);
        double err = 0;
        double peak = 0;
        for (int i = 0; i < n; i++) {
            err = Math.max(err, Math.hypot(re[i] / n - c.re()[i], im[i] / n - c.im()[i]));
            peak = Math.max(peak, Math.hypot(c.re()[i], c.im()[i]));
        }
        assertTrue(err / peak <= 1e-6, "N=" + n + ": relative error " + err / peak);
    }

    @ParameterizedTest(name = "N={0} vector={1}")
    @MethodSource("allSizes")
    void scrambledRoundTripIsNTimesTheInput(int n, boolean vector) {
        Random r = new Random(n);
        float[] re = new float[n];
        float[] im = new float[n];
        for (int i = 0; i < n; i++) {
            re[i] = (float) r.nextGaussian();
            im[i] = (float) r.nextGaussian();
        }
        float[] re0 = re.clone();
        float[] im0 = im.clone();
        ComplexFft fft = new ComplexFft(n, vector);
        fft.forwardScrambled(re, im);
        fft.inverseScrambled(re, im);
        double err = 0;
        double peak = 0;
        for (int i = 0; i < n; i++) {
            err = Math.max(err, Math.hypot(re[i] / n - re0[i], im[i] / n - im0[i]));
            peak = Math.max(peak, Math.hypot(re0[i], im0[i]));
        }
        assertTrue(err / peak <= 1e-6, "N=" + n + ": relative error " + err / peak);
    }

    @ParameterizedTest(name = "N={0} vector={1}")
    @MethodSource("allSizes")
    void smallSizesMatchTheDirectDft(int n, boolean vector) {
        if (n > 64) {
            return;
        }
        Random r = new Random(100 + n);
        float[] re = new float[n];
        float[] im = new float[n];
        for (int i = 0; i < n; i++) {
            re[i] = (float) r.nextGaussian();
            im[i] = (float) r.nextGaussian();
        }
        double[] dRe = new double[n];
        double[] dIm = new double[n];
        double peak = 0;
        for (int k = 0; k < n; k++) {
            for (int t = 0; t < n; t++) {
                double a = -2 * Math.PI * ((long) t * k % n) / n;
                dRe[k] += re[t] * Math.cos(a) - im[t] * Math.sin(a);
                dIm[k] += re[t] * Math.sin(a) + im[t] * Math.cos(a);
            }
            peak = Math.max(peak, Math.hypot(dRe[k], dIm[k]));
        }
        new ComplexFft(n, vector).forward(re, im);
        for (int k = 0; k < n; k++) {
            assertEquals(0, Math.hypot(re[k] - dRe[k], im[k] - dIm[k]) / peak, 1e-6, "bin " + k);
        }
    }

    @Test
    void permuteIsAnInvolutionMatchingBitReverse() {
        ComplexFft fft = new ComplexFft(16);
        float[] re = new float[16];
        float[] im = new float[16];
        for (int i = 0; i < 16; i++) {
            re[i] = i;
            im[i] = -i;
        }
        fft.permute(re, im);
        assertEquals(8f, re[1]); // 0001 -> 1000
        assertEquals(-6f, im[6]); // 0110 -> 0110
        assertEquals(12f, re[3]); // 0011 -> 1100
        fft.permute(re, im);
        for (int i = 0; i < 16; i++) {
            assertEquals(i, re[i]);
        }
    }

    @Test
    void rejectsSizesThatAreNotPowersOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new ComplexFft(0));
        assertThrows(IllegalArgumentException.class, () -> new ComplexFft(12));
        assertThrows(IllegalArgumentException.class, () -> new ComplexFft(1 << 27));
    }

    @Test
    void rejectsArraysShorterThanTheSize() {
        ComplexFft fft = new ComplexFft(32);
        assertThrows(IllegalArgumentException.class, () -> fft.forwardScrambled(new float[31], new float[32]));
        assertThrows(IllegalArgumentException.class, () -> fft.inverse(new float[32], null));
        assertThrows(IndexOutOfBoundsException.class, () -> fft.bitReverse(32));
    }

    @Test
    void resultsAreTheSameBitsBeforeAndAfterTheKernelsSwitch() throws InterruptedException {
        int n = 256;
        float[][] x = KernelBitIdentityTest.input(new Random(9), 0, n);
        float[] refRe = x[0].clone();
        float[] refIm = x[1].clone();
        new ComplexFft(n, false).forwardScrambled(refRe, refIm);
        ComplexFft fft = new ComplexFft(n);
        float[] re = x[0].clone();
        float[] im = x[1].clone();
        fft.forwardScrambled(re, im); // plain Java unless the warm-up already finished
        KernelBitIdentityTest.assertSameBits(refRe, re, "before, re");
        KernelBitIdentityTest.assertSameBits(refIm, im, "before, im");
        assertEquals(Kernels.VECTOR, ComplexFft.awaitVectorKernels(120_000));
        assertEquals(Kernels.VECTOR, fft.isVectorised());
        re = x[0].clone();
        im = x[1].clone();
        fft.forwardScrambled(re, im);
        KernelBitIdentityTest.assertSameBits(refRe, re, "after, re");
        KernelBitIdentityTest.assertSameBits(refIm, im, "after, im");
    }
}
