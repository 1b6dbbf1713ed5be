package dev.earshot.audio.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link MultiPartitionedConvolver#processPair}: two blocks per forward FFT, checked against JTransforms. */
class MultiPartitionedConvolverPairTest {

    private static float[] reference(float[] x, float[] h) {
        return Arrays.copyOf(FftConvolver.convolve(x, h), x.length);
    }

    @Test
    void pairsEqualOneShotConvolutionForEveryOutput() {
        Random r = new Random(21);
        int b = 64;
        // three outputs (one pair and a single), filters of 4, 2 and 1 partitions
        float[][] h = {ConvolutionPropertiesTest.noise(r, 250), ConvolutionPropertiesTest.noise(r, 100),
            ConvolutionPropertiesTest.noise(r, 33)};
        float[] x = ConvolutionPropertiesTest.noise(r, 30 * b);
        MultiPartitionedConvolver c = new MultiPartitionedConvolver(h, b);
        float[][] y = {new float[x.length], new float[x.length], new float[x.length]};
        for (int k = 0; k < 30; k += 2) {
            c.processPair(x, k * b, y, k * b);
        }
        for (int o = 0; o < 3; o++) {
            assertTrue(Fixtures.relMaxError(y[o], reference(x, h[o])) <= 1e-5, "output " + o);
        }
    }

    @Test
    void filterFillingEveryPartitionStillSeesTheOldestBlock() {
        // the pair's second spectrum is written into the delay line before the first block's output is
        // computed; with a filter as long as the capacity that must not overwrite the oldest block
        Random r = new Random(22);
        int b = 32;
        float[] h = ConvolutionPropertiesTest.noise(r, 3 * b);
        float[] x = ConvolutionPropertiesTest.noise(r, 20 * b);
        MultiPartitionedConvolver c = new MultiPartitionedConvolver(new float[][] {h, h}, b);
        float[][] y = {new float[x.length], new float[x.length]};
        for (int k = 0; k < 20; k += 2) {
            c.processPair(x, k * b, y, k * b);
        }
        assertTrue(Fixtures.relMaxError(y[0], reference(x, h)) <= 1e-5);
        assertTrue(Fixtures.relMaxError(y[1], reference(x, h)) <= 1e-5);
    }

    @Test
    void pairsAndSingleBlocksMixInOneStream() {
        Random r = new Random(23);
        int b = 64;
        float[] h = ConvolutionPropertiesTest.noise(r, 200);
        float[] x = ConvolutionPropertiesTest.noise(r, 21 * b);
        MultiPartitionedConvolver c = new MultiPartitionedConvolver(new float[][] {h}, b);
        float[][] y = {new float[x.length]};
        int k = 0;
        boolean pair = false;
        while (k < 21) {
            if (pair && k + 2 <= 21) {
                c.processPair(x, k * b, y, k * b);
                k += 2;
            } else {
                c.process(x, k * b, y, k * b);
                k++;
            }
            pair = !pair;
        }
        assertTrue(Fixtures.relMaxError(y[0], reference(x, h)) <= 1e-5);
    }

    @Test
    void pairMatchesTwoSingleBlocksWithinRounding() {
        Random r = new Random(24);
        int b = 512;
        float[][] h = {ConvolutionPropertiesTest.noise(r, 558), ConvolutionPropertiesTest.noise(r, 558)};
        float[] x = ConvolutionPropertiesTest.noise(r, 16 * b);
        MultiPartitionedConvolver single = new MultiPartitionedConvolver(h, b);
        MultiPartitionedConvolver paired = new MultiPartitionedConvolver(h, b);
        float[][] ys = {new float[x.length], new float[x.length]};
        float[][] yp = {new float[x.length], new float[x.length]};
        for (int k = 0; k < 16; k++) {
            single.process(x, k * b, ys, k * b);
        }
        for (int k = 0; k < 16; k += 2) {
            paired.processPair(x, k * b, yp, k * b);
        }
        assertTrue(Fixtures.relMaxError(yp[0], ys[0]) <= 1e-6);
        assertTrue(Fixtures.relMaxError(yp[1], ys[1]) <= 1e-6);
    }

    @Test
    void disabledOutputIsLeftUntouched() {
        Random r = new Random(25);
        int b = 32;
        float[] h = ConvolutionPropertiesTest.noise(r, 40);
        MultiPartitionedConvolver c = new MultiPartitionedConvolver(new float[][] {h, h, h, h}, b);
        c.setOutputEnabled(2, false);
        c.setOutputEnabled(3, false);
        float[] x = ConvolutionPropertiesTest.noise(r, 2 * b);
        float[][] y = {new float[2 * b], new float[2 * b], new float[2 * b], new float[2 * b]};
        Arrays.fill(y[2], 7f);
        Arrays.fill(y[3], 7f);
        c.processPair(x, 0, y, 0);
        float[] expected = reference(x, h);
        assertTrue(Fixtures.relMaxError(y[0], expected) <= 1e-5);
        for (float v : y[2]) {
            assertEquals(7f, v);
        }
        for (float v : y[3]) {
            assertEquals(7f, v);
        }
    }

    @Test
    void processPairAllocatesNothing() {
        Random r = new Random(26);
        int b = 256;
        float[] h = ConvolutionPropertiesTest.noise(r, 600);
        MultiPartitionedConvolver c = new MultiPartitionedConvolver(new float[][] {h, h}, b);
        float[] in = ConvolutionPropertiesTest.noise(r, 2 * b);
        float[][] out = {new float[2 * b], new float[2 * b]};
        for (int i = 0; i < 200; i++) {
            c.processPair(in, 0, out, 0);
        }
        long allocated = Allocations.bytesAllocatedBy(() -> {
            for (int i = 0; i < 2000; i++) {
                c.processPair(in, 0, out, 0);
            }
        });
        // any per-call allocation would be >= 2000 x 16 bytes; a few hundred come from JIT transitions
        assertTrue(allocated < 2000, "allocated " + allocated + " bytes");
    }

    @Test
    void rejectsRangesShorterThanTwoBlocks() {
        int b = 16;
        MultiPartitionedConvolver c = new MultiPartitionedConvolver(new float[][] {new float[] {1f}}, b);
        assertThrows(IndexOutOfBoundsException.class, () -> c.processPair(new float[2 * b - 1], 0,
                new float[][] {new float[2 * b]}, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> c.processPair(new float[2 * b], 0,
                new float[][] {new float[2 * b]}, 1));
        assertThrows(IllegalArgumentException.class, () -> c.processPair(new float[2 * b], 0,
                new float[][] {new float[2 * b], new float[2 * b]}, 0));
    }
}
