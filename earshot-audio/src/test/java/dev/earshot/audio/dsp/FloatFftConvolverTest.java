package dev.earshot.audio.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FloatFftConvolverTest {

    @ParameterizedTest
    @ValueSource(strings = {"conv_noise", "conv_len1", "conv_short_x", "conv_tiny", "conv_prime"})
    void matchesScipyFftconvolveWithin2e6Relative(String name) {
        float[] x = Fixtures.f32(name + "_x");
        float[] h = Fixtures.f32(name + "_h");
        double[] expected = Fixtures.f64(name + "_y");
        float[] y = FloatFftConvolver.convolve(x, h);
        double err = Fixtures.relMaxError(y, expected);
        assertTrue(err <= 2e-6, name + ": relative max error " + err);
    }

    @Test
    void truncatedOutputIsTheHeadOfTheScipyConvolution() {
        float[] x = Fixtures.f32("conv_noise_x");
        float[] h = Fixtures.f32("conv_noise_h");
        double[] full = Fixtures.f64("conv_noise_y");
        float[] y = FloatFftConvolver.convolve(x, new float[][] {h}, x.length)[0];
        double err = Fixtures.relMaxError(y, Arrays.copyOf(full, x.length));
        assertTrue(err <= 2e-6, "relative max error " + err);
    }

    /** Dataset-like sizes: 10 s at 32 kHz with a two-channel decaying response, against the double convolver. */
    @ParameterizedTest
    @CsvSource({"320000, 43500", "320000, 86000", "320000, 3000", "50000, 70000", "100000, 1"})
    void stereoResponseMatchesDoublePrecisionConvolverWithin2e6Relative(int n, int taps) {
        Random r = new Random(n + 31L * taps);
        float[] x = noise(r, n, 0.3);
        float[][] irs = {decaying(r, taps, taps / 6.0), decaying(r, taps - taps / 3, taps / 5.0)};
        float[][] expected = FftConvolver.convolve(x, irs);
        float[][] y = FloatFftConvolver.convolve(x, irs, n);
        for (int c = 0; c < 2; c++) {
            assertEquals(n, y[c].length);
            double err = relMaxError(y[c], Arrays.copyOf(expected[c], n));
            assertTrue(err <= 2e-6, "channel " + c + ": relative max error " + err);
        }
    }

    /** Every kind of plan (uniform partitions of lag 1 to 3, one partition) gives the same result. */
    @ParameterizedTest
    @CsvSource({"1024, 512, 512, 3, 1", "2048, 512, 1536, 1, 3", "4096, 1024, 2048, 1, 2", "8192, 7001, 1192, 1, 1",
            "512, 128, 384, 4, 3", "256, 128, 128, 10, 1"})
    void everyPlanMatchesTheDoublePrecisionConvolver(int fft, int step, int lp, int parts, int lag) {
        Random r = new Random(fft + step);
        int taps = 1192;
        float[] x = noise(r, 20000, 0.5);
        float[][] irs = {decaying(r, taps, 300), decaying(r, 1100, 250), decaying(r, 700, 100)};
        int out = 20000 + taps - 1;
        FloatFftConvolver.Streams s = FloatFftConvolver.Streams.split(x.length, taps, out);
        FloatFftConvolver.Plan plan = new FloatFftConvolver.Plan(fft, step, lp, Math.max(parts,
                (taps + lp - 1) / lp), lag);
        float[][] y = new float[3][out];
        FloatFftConvolver.run(x, s, irs, plan, y);
        float[][] expected = FftConvolver.convolve(x, irs);
        for (int c = 0; c < 3; c++) {
            double err = relMaxError(y[c], Arrays.copyOf(expected[c], out));
            assertTrue(err <= 2e-6, plan + " channel " + c + ": relative max error " + err);
        }
    }

    @Test
    void planOfADatasetClipUsesLargeBlocks() {
        // 10 s at 32 kHz, a 1.36-s response, two ears: large blocks (few FFTs, few multiply-adds) win in the
        // model; the measured costs of the plans from 2^15 to 2^18 points were within 20 % of each other
        FloatFftConvolver.Streams s = FloatFftConvolver.Streams.split(320000, 43500, 320000);
        FloatFftConvolver.Plan p = FloatFftConvolver.Plan.choose(s.streamLength(), 43500, 2, false);
        assertTrue(p.fftSize() >= (1 << 15) && p.fftSize() <= (1 << 18), "chosen " + p);
        assertTrue(p.partitions() <= 3, "chosen " + p);
    }

    @Test
    void planForAShortFilterOnALongSignalUsesSmallBlocks() {
        FloatFftConvolver.Plan p = FloatFftConvolver.Plan.choose(10_000_000, 512, 2, false);
        assertTrue(p.fftSize() <= 32768 && p.partitions() == 1, "chosen " + p);
    }

    @Test
    void splitBalancesTheTwoStreams() {
        FloatFftConvolver.Streams s = FloatFftConvolver.Streams.split(320000, 40001, 320000);
        assertEquals(140000, s.split());
        assertEquals(180000, s.lengthA());
        assertEquals(180000, s.lengthB());
    }

    @Test
    void conjugatePartnerInScrambledOrderIsTheMirrorInsideItsOctaveBlock() {
        // the identity the filter split relies on: bitReverse(-bitReverse(q)) = 3 * 2^m - 1 - q for q in [2^m, 2^(m+1))
        dev.earshot.audio.dsp.fft.ComplexFft fft = new dev.earshot.audio.dsp.fft.ComplexFft(1024);
        for (int q = 2; q < 1024; q++) {
            int m = 31 - Integer.numberOfLeadingZeros(q);
            int partner = fft.bitReverse((1024 - fft.bitReverse(q)) & 1023);
            assertEquals(3 * (1 << m) - 1 - q, partner, "q = " + q);
        }
    }

    @Test
    void scratchPoolReusesArraysAndKeepsAtMostItsLimit() {
        FftScratch pool = FftScratch.get();
        pool.releaseAll();
        float[] a = pool.take(4096);
        pool.releaseAll();
        assertTrue(a == pool.take(4096), "the released array is lent again");
        float[] big = pool.take((int) FftScratch.MAX_RETAINED_FLOATS);
        pool.releaseAll();
        assertTrue(pool.retainedFloats() <= FftScratch.MAX_RETAINED_FLOATS);
        assertTrue(big != pool.take((int) FftScratch.MAX_RETAINED_FLOATS) || pool.retainedFloats() == 0);
        pool.releaseAll();
    }

    @Test
    void repeatedCallsOnOneThreadGiveIdenticalBitsWithPooledArrays() {
        Random r = new Random(11);
        float[] x = noise(r, 60000, 0.3);
        float[][] irs = {decaying(r, 20000, 3000), decaying(r, 15000, 3000)};
        float[][] first = FloatFftConvolver.convolve(x, irs, 60000);
        // a different size in between leaves other arrays (with other contents) in the pool
        FloatFftConvolver.convolve(noise(r, 5000, 1), new float[][] {decaying(r, 900, 100)}, 5000);
        float[][] again = FloatFftConvolver.convolve(x, irs, 60000);
        assertArrayEquals(first[0], again[0]);
        assertArrayEquals(first[1], again[1]);
    }

    @Test
    void isCommutativeForFullConvolution() {
        float[] x = Fixtures.f32("conv_short_x_x");
        float[] h = Fixtures.f32("conv_short_x_h");
        assertArrayEquals(FloatFftConvolver.convolve(x, h), FloatFftConvolver.convolve(h, x));
    }

    @Test
    void sameInputGivesIdenticalBits() {
        Random r = new Random(5);
        float[] x = noise(r, 100000, 0.3);
        float[][] irs = {decaying(r, 9000, 2000), decaying(r, 9000, 2000)};
        float[][] a = FloatFftConvolver.convolve(x, irs, 100000);
        float[][] b = FloatFftConvolver.convolve(x.clone(), new float[][] {irs[0].clone(), irs[1].clone()}, 100000);
        assertArrayEquals(a[0], b[0]);
        assertArrayEquals(a[1], b[1]);
    }

    @Test
    void outputPastTheFullLengthIsZero() {
        float[] x = {1f, 2f, 3f};
        float[] h = {1f, -1f};
        float[] y = FloatFftConvolver.convolve(x, new float[][] {h}, 6)[0];
        assertArrayEquals(new float[] {1f, 1f, 1f, -3f, 0f, 0f}, y);
    }

    @Test
    void emptyFilterGivesZerosAndOthersAreUnaffected() {
        Random r = new Random(9);
        float[] x = noise(r, 30000, 0.3);
        float[] h = decaying(r, 2000, 500);
        float[][] y = FloatFftConvolver.convolve(x, new float[][] {new float[0], h}, 30000);
        assertArrayEquals(new float[30000], y[0]);
        double err = relMaxError(y[1], Arrays.copyOf(FftConvolver.convolve(x, h), 30000));
        assertTrue(err <= 2e-6, "relative max error " + err);
    }

    @Test
    void emptyInputGivesEmptyOrZeroOutput() {
        assertEquals(0, FloatFftConvolver.convolve(new float[0], new float[] {1f}).length);
        assertArrayEquals(new float[4], FloatFftConvolver.convolve(new float[0], new float[][] {{1f}}, 4)[0]);
    }

    @Test
    void rejectsNullAndNegativeLength() {
        assertThrows(IllegalArgumentException.class, () -> FloatFftConvolver.convolve(null, new float[1]));
        assertThrows(IllegalArgumentException.class,
                () -> FloatFftConvolver.convolve(new float[1], new float[][] {null}, 1));
        assertThrows(IllegalArgumentException.class,
                () -> FloatFftConvolver.convolve(new float[1], new float[][] {{1f}}, -1));
    }

    private static float[] noise(Random r, int n, double sd) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (sd * r.nextGaussian());
        }
        return x;
    }

    private static float[] decaying(Random r, int n, double tau) {
        float[] h = new float[n];
        for (int i = 0; i < n; i++) {
            h[i] = (float) (r.nextGaussian() * Math.exp(-i / tau));
        }
        return h;
    }

    private static double relMaxError(float[] a, float[] e) {
        double err = 0;
        double ref = 0;
        for (int i = 0; i < a.length; i++) {
            err = Math.max(err, Math.abs((double) a[i] - e[i]));
            ref = Math.max(ref, Math.abs(e[i]));
        }
        return err / ref;
    }
}
