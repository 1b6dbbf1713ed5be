package dev.earshot.audio.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link MultiPartitionedConvolver} with a chosen FFT size (block sizes that are not powers of two,
 * FFTs longer than two blocks) against JTransforms' one-shot convolution, and the cost model that
 * chooses them ({@link ConvolutionCost#cheapestSinglePartitionBlockSize}).
 */
class MultiPartitionedConvolverFftSizeTest {

    private static float[] reference(float[] x, float[] h) {
        return Arrays.copyOf(FftConvolver.convolve(x, h), x.length);
    }

    /** Streams {@code blocks} blocks of noise through the convolver (in pairs or one at a time) against JTransforms. */
    private static void assertStreamEqualsOneShot(Random r, float[][] h, int b, int n, int blocks, boolean pairs) {
        int maxLength = 0;
        for (float[] f : h) {
            maxLength = Math.max(maxLength, f.length);
        }
        float[] x = ConvolutionPropertiesTest.noise(r, blocks * b);
        MultiPartitionedConvolver c = new MultiPartitionedConvolver(h, b, maxLength, n);
        assertEquals(n, c.fftSize());
        float[][] y = new float[h.length][x.length];
        for (int k = 0; k < blocks; k += pairs ? 2 : 1) {
            if (pairs) {
                c.processPair(x, k * b, y, k * b);
            } else {
                c.process(x, k * b, y, k * b);
            }
        }
        for (int o = 0; o < h.length; o++) {
            assertTrue(Fixtures.relMaxError(y[o], reference(x, h[o])) <= 1e-5, "output " + o);
        }
    }

    @Test
    void singlePartitionBlockFillingTheFftEqualsOneShotConvolution() {
        Random r = new Random(31);
        int l = 57;
        // block 256 - 57 + 1 = 200: every FFT yields as many samples as it can
        float[][] h = {ConvolutionPropertiesTest.noise(r, l), ConvolutionPropertiesTest.noise(r, l - 20)};
        assertStreamEqualsOneShot(r, h, 256 - l + 1, 256, 12, false);
    }

    @Test
    void pairsWithAnOddBlockEqualOneShotConvolution() {
        Random r = new Random(32);
        int l = 100;
        // block 512 - 100 + 1 = 413, odd
        float[][] h = {ConvolutionPropertiesTest.noise(r, l), ConvolutionPropertiesTest.noise(r, l)};
        assertStreamEqualsOneShot(r, h, 512 - l + 1, 512, 10, true);
    }

    @Test
    void severalPartitionsWithAnFftLongerThanTwoBlocks() {
        // history longer than a block: the window spans three blocks
        Random r = new Random(33);
        int b = 100;
        int n = 512;
        float[] h = ConvolutionPropertiesTest.noise(r, 350);
        float[] x = ConvolutionPropertiesTest.noise(r, 24 * b);
        MultiPartitionedConvolver c = new MultiPartitionedConvolver(new float[][] {h}, b, h.length, n);
        float[][] y = {new float[x.length]};
        for (int k = 0; k < 24; k += 2) {
            if (k % 4 == 0) {
                c.processPair(x, k * b, y, k * b);
            } else {
                c.process(x, k * b, y, k * b);
                c.process(x, (k + 1) * b, y, (k + 1) * b);
            }
        }
        assertTrue(Fixtures.relMaxError(y[0], reference(x, h)) <= 1e-5);
    }

    @Test
    void defaultFftSizeIsTwoBlocks() {
        MultiPartitionedConvolver c = new MultiPartitionedConvolver(new float[][] {{1f, 2f}}, 64);
        assertEquals(128, c.fftSize());
    }

    @Test
    void rejectsAnFftTooShortForTheBlockAndFilter() {
        float[][] h = {new float[57]};
        // 200 + 57 - 1 = 256 fits; 201 + 57 - 1 = 257 does not
        new MultiPartitionedConvolver(h, 200, 57, 256);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MultiPartitionedConvolver(h, 201, 57, 256));
        assertTrue(e.getMessage().contains("257"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MultiPartitionedConvolver(h, 100, 57, 300));
        assertThrows(IllegalArgumentException.class, () -> new MultiPartitionedConvolver(h, 100, 57, 1 << 22));
    }

    @Test
    void cheapestSinglePartitionBlockFollowsTheFlopModelByHand() {
        // 653 taps, 2 outputs: N = 2048, 4096, 8192 give B = 1396, 3444, 7540 and
        // (2.5 N log2 N * 3 + 2 * 8 (N/2 + 1)) / B = 132.8, 116.6, 114.6 flops per sample
        assertEquals(132.8, ConvolutionCost.flopsPerInputSample(653, 1396, 2048, 2), 0.05);
        assertEquals(116.6, ConvolutionCost.flopsPerInputSample(653, 3444, 4096, 2), 0.05);
        assertEquals(114.6, ConvolutionCost.flopsPerInputSample(653, 7540, 8192, 2), 0.05);
        assertEquals(7540, ConvolutionCost.cheapestSinglePartitionBlockSize(653, 2, 8192));
        assertEquals(3444, ConvolutionCost.cheapestSinglePartitionBlockSize(653, 2, 4096));
        // the smallest FFT that holds the filter twice: 2 * 653 - 1 = 1305 -> 2048
        assertEquals(1396, ConvolutionCost.cheapestSinglePartitionBlockSize(653, 2, 2048));
        assertThrows(IllegalArgumentException.class, () -> ConvolutionCost.cheapestSinglePartitionBlockSize(653, 2, 1024));
    }

    @Test
    void defaultFlopCountIsTheChosenSizeCountAtTwoBlocks() {
        assertEquals(ConvolutionCost.flopsPerInputSample(558, 1024, 2), ConvolutionCost.flopsPerInputSample(558, 1024,
                2048, 2), 0);
        assertThrows(IllegalArgumentException.class, () -> ConvolutionCost.flopsPerInputSample(653, 1500, 2048, 2));
    }

    @Test
    void fftSizeForIsTheSmallestPowerOfTwoHoldingABlocksOutput() {
        assertEquals(2048, ConvolutionCost.fftSizeFor(1024, 653)); // 1676
        assertEquals(1024, ConvolutionCost.fftSizeFor(512, 653)); // 1023: partitions of 512
        assertEquals(8192, ConvolutionCost.fftSizeFor(7540, 653)); // exactly 8192
        assertEquals(16384, ConvolutionCost.fftSizeFor(7541, 653));
        assertEquals(2, ConvolutionCost.fftSizeFor(1, 1));
    }
}
