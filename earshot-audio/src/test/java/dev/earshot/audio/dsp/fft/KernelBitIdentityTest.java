package dev.earshot.audio.dsp.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plain-Java kernels and the Vector API kernels give the same float bits
 * ({@link Float#floatToRawIntBits}, so signed zeros count) for every operation a convolver uses:
 * scrambled and natural-order forward and inverse transforms at every size from 1 to 2^17, and
 * spectral multiply and multiply-accumulate at every length. Inputs cover Gaussian noise, real-only
 * signals (exact zeros in the imaginary parts), small integers (exact cancellations, so many zero
 * results of either sign), sparse impulses with negative zeros, and subnormal and large magnitudes.
 * Runs in the surefire execution that has {@code jdk.incubator.vector} (skipped without it).
 */
class KernelBitIdentityTest {
    private static final int KINDS = 6;

    static List<Integer> sizes() {
        List<Integer> out = new ArrayList<>();
        for (int n = 1; n <= 1 << 17; n <<= 1) {
            out.add(n);
        }
        return out;
    }

    @ParameterizedTest(name = "N={0}")
    @MethodSource("sizes")
    void everyTransformIsBitIdenticalBetweenKernelSets(int n) {
        assumeTrue(Kernels.VECTOR, "needs --add-modules jdk.incubator.vector");
        ComplexFft scalar = new ComplexFft(n, false);
        ComplexFft vector = new ComplexFft(n, true);
        int seeds = n <= 1024 ? 8 : 2;
        for (int kind = 0; kind < KINDS; kind++) {
            for (int seed = 0; seed < seeds; seed++) {
                Random r = new Random(1000L * n + 31L * kind + seed);
                float[][] x = input(r, kind, n);
                for (int op = 0; op < 4; op++) {
                    float[] sRe = x[0].clone();
                    float[] sIm = x[1].clone();
                    float[] vRe = x[0].clone();
                    float[] vIm = x[1].clone();
                    apply(scalar, op, sRe, sIm);
                    apply(vector, op, vRe, vIm);
                    assertSameBits(sRe, vRe, "N=" + n + " kind " + kind + " seed " + seed + " op " + op + " re");
                    assertSameBits(sIm, vIm, "N=" + n + " kind " + kind + " seed " + seed + " op " + op + " im");
                }
            }
        }
    }

    @Test
    void pairSplitIsBitIdenticalAtEveryOctave() {
        assumeTrue(Kernels.VECTOR, "needs --add-modules jdk.incubator.vector");
        Random r = new Random(78);
        for (int n = 8; n <= 1 << 14; n <<= 1) {
            for (int kind = 0; kind < KINDS; kind++) {
                float[][] z = input(r, kind, n);
                float[][] s = new float[4][n];
                float[][] v = new float[4][n];
                ScalarKernels.splitOctave(z[0], z[1], s[0], s[1], s[2], s[3], 0, 0, 2);
                ScalarKernels.splitOctave(z[0], z[1], v[0], v[1], v[2], v[3], 0, 0, 2);
                for (int lo = 2; lo < n; lo <<= 1) {
                    ScalarKernels.splitOctave(z[0], z[1], s[0], s[1], s[2], s[3], lo, lo, 2 * lo);
                    if (lo >= VectorKernels.LANES) {
                        VectorKernels.splitOctave(z[0], z[1], v[0], v[1], v[2], v[3], lo);
                    } else {
                        ScalarKernels.splitOctave(z[0], z[1], v[0], v[1], v[2], v[3], lo, lo, 2 * lo);
                    }
                }
                for (int k = 0; k < 4; k++) {
                    assertSameBits(s[k], v[k], "split n=" + n + " kind " + kind + " output " + k);
                }
            }
        }
    }

    @Test
    void spectralProductsAreBitIdenticalAtEveryLength() {
        assumeTrue(Kernels.VECTOR, "needs --add-modules jdk.incubator.vector");
        Random r = new Random(77);
        for (int n = 0; n <= 300; n++) {
            for (int kind = 0; kind < KINDS; kind++) {
                float[][] x = input(r, kind, n);
                float[][] h = input(r, (kind + 1) % KINDS, n);
                float[][] acc = input(r, (kind + 2) % KINDS, n);
                float[] sRe = new float[n];
                float[] sIm = new float[n];
                float[] vRe = new float[n];
                float[] vIm = new float[n];
                ScalarKernels.multiply(sRe, sIm, x[0], x[1], h[0], h[1], 0, n);
                int i = VectorKernels.multiply(vRe, vIm, x[0], x[1], h[0], h[1], n);
                ScalarKernels.multiply(vRe, vIm, x[0], x[1], h[0], h[1], i, n);
                assertSameBits(sRe, vRe, "multiply n=" + n + " kind " + kind + " re");
                assertSameBits(sIm, vIm, "multiply n=" + n + " kind " + kind + " im");
                sRe = acc[0].clone();
                sIm = acc[1].clone();
                vRe = acc[0].clone();
                vIm = acc[1].clone();
                ScalarKernels.multiplyAccumulate(sRe, sIm, x[0], x[1], h[0], h[1], 0, n);
                i = VectorKernels.multiplyAccumulate(vRe, vIm, x[0], x[1], h[0], h[1], n);
                ScalarKernels.multiplyAccumulate(vRe, vIm, x[0], x[1], h[0], h[1], i, n);
                assertSameBits(sRe, vRe, "multiplyAccumulate n=" + n + " kind " + kind + " re");
                assertSameBits(sIm, vIm, "multiplyAccumulate n=" + n + " kind " + kind + " im");
            }
        }
    }

    @Test
    void aStreamingConvolutionGivesTheSameBitsWhereverTheKernelsSwitch() {
        assumeTrue(Kernels.VECTOR, "needs --add-modules jdk.incubator.vector");
        int blockSize = 256;
        int fftSize = 2 * blockSize;
        int parts = 3;
        Random r = new Random(5);
        float[][] filterRe = new float[parts][];
        float[][] filterIm = new float[parts][];
        for (int p = 0; p < parts; p++) {
            float[][] f = input(r, 0, fftSize);
            java.util.Arrays.fill(f[0], blockSize, fftSize, 0f);
            java.util.Arrays.fill(f[1], blockSize, fftSize, 0f);
            new ComplexFft(fftSize, false).forwardScrambled(f[0], f[1]);
            filterRe[p] = f[0];
            filterIm[p] = f[1];
        }
        float[] signal = input(r, 1, 64 * blockSize)[0];
        float[] allScalar = convolve(signal, filterRe, filterIm, blockSize, new Random(1), 0);
        float[] allVector = convolve(signal, filterRe, filterIm, blockSize, new Random(1), 1);
        float[] mixed = convolve(signal, filterRe, filterIm, blockSize, new Random(2), 2);
        assertSameBits(allScalar, allVector, "scalar vs vector");
        assertSameBits(allScalar, mixed, "scalar vs switching at random");
    }

    /**
     * Overlap-save partitioned convolution of a real signal (as in the convolvers: forward FFT of the
     * last two blocks, multiply and multiply-accumulate with the partition spectra, inverse FFT),
     * each operation on the scalar kernels (mode 0), the vector ones (1) or a random choice (2).
     */
    private static float[] convolve(float[] signal, float[][] hRe, float[][] hIm, int blockSize, Random choice,
                                    int mode) {
        int n = 2 * blockSize;
        int parts = hRe.length;
        ComplexFft scalar = new ComplexFft(n, false);
        ComplexFft vector = new ComplexFft(n, true);
        float[][] delayRe = new float[parts][n];
        float[][] delayIm = new float[parts][n];
        float[] previous = new float[blockSize];
        float[] accRe = new float[n];
        float[] accIm = new float[n];
        float[] out = new float[2 * signal.length];
        for (int block = 0; block * blockSize < signal.length; block++) {
            int head = block % parts;
            float[] re = delayRe[head];
            float[] im = delayIm[head];
            System.arraycopy(previous, 0, re, 0, blockSize);
            System.arraycopy(signal, block * blockSize, re, blockSize, blockSize);
            System.arraycopy(signal, block * blockSize, previous, 0, blockSize);
            java.util.Arrays.fill(im, 0f);
            (pick(choice, mode) ? vector : scalar).forwardScrambled(re, im);
            for (int p = 0; p < parts; p++) {
                int slot = Math.floorMod(head - p, parts);
                if (p == 0) {
                    multiply(pick(choice, mode), accRe, accIm, delayRe[slot], delayIm[slot], hRe[p], hIm[p], n);
                } else {
                    multiplyAccumulate(pick(choice, mode), accRe, accIm, delayRe[slot], delayIm[slot], hRe[p], hIm[p],
                            n);
                }
            }
            (pick(choice, mode) ? vector : scalar).inverseScrambled(accRe, accIm);
            System.arraycopy(accRe, blockSize, out, 2 * block * blockSize, blockSize);
            System.arraycopy(accIm, blockSize, out, (2 * block + 1) * blockSize, blockSize);
        }
        return out;
    }

    private static boolean pick(Random choice, int mode) {
        return mode == 2 ? choice.nextBoolean() : mode == 1;
    }

    private static void multiply(boolean vector, float[] yRe, float[] yIm, float[] xRe, float[] xIm, float[] hRe,
                                 float[] hIm, int n) {
        int i = vector ? VectorKernels.multiply(yRe, yIm, xRe, xIm, hRe, hIm, n) : 0;
        ScalarKernels.multiply(yRe, yIm, xRe, xIm, hRe, hIm, i, n);
    }

    private static void multiplyAccumulate(boolean vector, float[] accRe, float[] accIm, float[] xRe, float[] xIm,
                                           float[] hRe, float[] hIm, int n) {
        int i = vector ? VectorKernels.multiplyAccumulate(accRe, accIm, xRe, xIm, hRe, hIm, n) : 0;
        ScalarKernels.multiplyAccumulate(accRe, accIm, xRe, xIm, hRe, hIm, i, n);
    }

    @Test
    void theCheckSeesADifferenceInOneLastBitOrTheSignOfAZero() {
        float[] a = {1f, 0f};
        assertThrowsAssertion(() -> assertSameBits(a, new float[] {Math.nextUp(1f), 0f}, "last bit"));
        assertThrowsAssertion(() -> assertSameBits(a, new float[] {1f, -0f}, "signed zero"));
    }

    private static void assertThrowsAssertion(Runnable check) {
        try {
            check.run();
        } catch (AssertionError expected) {
            return;
        }
        fail("a differing bit pattern was not reported");
    }

    private static void apply(ComplexFft fft, int op, float[] re, float[] im) {
        switch (op) {
            case 0 -> fft.forwardScrambled(re, im);
            case 1 -> fft.inverseScrambled(re, im);
            case 2 -> fft.forward(re, im);
            default -> fft.inverse(re, im);
        }
    }

    /** Test inputs of one kind (see the class comment), real parts then imaginary parts. */
    static float[][] input(Random r, int kind, int n) {
        float[] re = new float[n];
        float[] im = new float[n];
        for (int i = 0; i < n; i++) {
            switch (kind) {
                case 0 -> {
                    re[i] = (float) r.nextGaussian();
                    im[i] = (float) r.nextGaussian();
                }
                case 1 -> re[i] = (float) r.nextGaussian();
                case 2 -> {
                    re[i] = r.nextInt(5) - 2;
                    im[i] = r.nextInt(3) - 1;
                }
                case 3 -> {
                    re[i] = r.nextInt(16) == 0 ? (float) r.nextGaussian() : (r.nextBoolean() ? -0f : 0f);
                    im[i] = r.nextInt(16) == 0 ? r.nextInt(3) - 1 : -0f;
                }
                case 4 -> {
                    re[i] = (float) r.nextGaussian() * Float.MIN_NORMAL * 8;
                    im[i] = (float) r.nextGaussian() * 1e-40f;
                }
                default -> {
                    re[i] = (float) r.nextGaussian() * 1e25f;
                    im[i] = r.nextInt(2) * (float) r.nextGaussian() * 1e23f;
                }
            }
        }
        return new float[][] {re, im};
    }

    static void assertSameBits(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            int e = Float.floatToRawIntBits(expected[i]);
            int a = Float.floatToRawIntBits(actual[i]);
            if (e != a) {
                fail(what + ": index " + i + " differs: " + expected[i] + " (0x" + Integer.toHexString(e) + ") vs "
                        + actual[i] + " (0x" + Integer.toHexString(a) + ")");
            }
        }
    }
}
