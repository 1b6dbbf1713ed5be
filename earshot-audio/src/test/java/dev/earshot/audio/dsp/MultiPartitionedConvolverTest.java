package dev.earshot.audio.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultiPartitionedConvolverTest {

    @Test
    void eachOutputEqualsOneShotConvolutionWithItsFilter() {
        Random r = new Random(11);
        int b = 128;
        float[] left = ConvolutionPropertiesTest.noise(r, 512);
        float[] right = ConvolutionPropertiesTest.noise(r, 200);
        float[] x = ConvolutionPropertiesTest.noise(r, 40 * b);
        MultiPartitionedConvolver c = new MultiPartitionedConvolver(new float[][] {left, right}, b);
        assertEquals(2, c.outputs());
        float[][] out = {new float[b], new float[b]};
        float[] yl = new float[x.length];
        float[] yr = new float[x.length];
        float[] in = new float[b];
        for (int k = 0; k < 40; k++) {
            System.arraycopy(x, k * b, in, 0, b);
            c.process(in, out);
            System.arraycopy(out[0], 0, yl, k * b, b);
            System.arraycopy(out[1], 0, yr, k * b, b);
        }
        assertTrue(Fixtures.relMaxError(yl, Arrays.copyOf(FftConvolver.convolve(x, left), x.length)) <= 1e-5);
        assertTrue(Fixtures.relMaxError(yr, Arrays.copyOf(FftConvolver.convolve(x, right), x.length)) <= 1e-5);
    }

    @Test
    void offsetOverloadReadsAndWritesInsideLargerArrays() {
        Random r = new Random(12);
        int b = 64;
        float[] h = ConvolutionPropertiesTest.noise(r, 100);
        float[] x = ConvolutionPropertiesTest.noise(r, 10 * b);
        MultiPartitionedConvolver c = new MultiPartitionedConvolver(new float[][] {h, h}, b);
        float[][] y = {new float[x.length], new float[x.length]};
        for (int k = 0; k < 10; k++) {
            c.process(x, k * b, y, k * b);
        }
        float[] expected = Arrays.copyOf(FftConvolver.convolve(x, h), x.length);
        assertTrue(Fixtures.relMaxError(y[0], expected) <= 1e-5);
        assertTrue(Fixtures.relMaxError(y[1], expected) <= 1e-5);
    }

    @Test
    void inPlaceProcessingGivesTheSameResult() {
        Random r = new Random(15);
        int b = 32;
        float[] h = ConvolutionPropertiesTest.noise(r, 70);
        float[] x = ConvolutionPropertiesTest.noise(r, 8 * b);
        MultiPartitionedConvolver c = new MultiPartitionedConvolver(new float[][] {h}, b);
        float[] y = new float[x.length];
        float[] block = new float[b];
        for (int k = 0; k < 8; k++) {
            System.arraycopy(x, k * b, block, 0, b);
            c.process(block, new float[][] {block});
            System.arraycopy(block, 0, y, k * b, b);
        }
        assertTrue(Fixtures.relMaxError(y, Arrays.copyOf(FftConvolver.convolve(x, h), x.length)) <= 1e-5);
        assertEquals(70, c.impulseResponseLength(0));
    }

    @Test
    void rejectsWrongOutputCount() {
        MultiPartitionedConvolver c = new MultiPartitionedConvolver(new float[][] {{1f}, {1f}}, 8);
        assertThrows(IllegalArgumentException.class, () -> c.process(new float[8], new float[][] {new float[8]}));
        assertThrows(IllegalArgumentException.class, () -> c.setImpulseResponses(new float[][] {{1f}}));
    }

    @Test
    void crossfadeSetLoadedIntoADisabledOutputIsCorrectFromItsFirstBlock() {
        Random r = new Random(13);
        int b = 64;
        float[] oldIr = ConvolutionPropertiesTest.noise(r, 300);
        float[] newIr = ConvolutionPropertiesTest.noise(r, 300);
        float[] x = ConvolutionPropertiesTest.noise(r, 30 * b);
        MultiPartitionedConvolver c = new MultiPartitionedConvolver(new float[][] {oldIr, oldIr}, b);
        c.setOutputEnabled(1, false);
        float[][] out = {new float[b], new float[b]};
        float[] in = new float[b];
        float[] yNew = FftConvolver.convolve(x, newIr);
        for (int k = 0; k < 30; k++) {
            if (k == 20) {
                c.setImpulseResponse(1, newIr);
                c.setOutputEnabled(1, true);
            }
            Arrays.fill(out[1], 42f);
            System.arraycopy(x, k * b, in, 0, b);
            c.process(in, out);
            if (k < 20) {
                assertEquals(42f, out[1][0], "disabled output untouched");
            } else {
                float[] expected = Arrays.copyOfRange(yNew, k * b, (k + 1) * b);
                assertTrue(Fixtures.relMaxError(out[1], expected) <= 1e-5, "block " + k);
            }
        }
        assertTrue(c.isOutputEnabled(1));
    }

    @Test
    void cheapestBlockSizeMinimisesTheFlopModel() {
        int best = ConvolutionCost.cheapestBlockSize(512, 1, 64, 4096);
        assertEquals(256, best); // 106.1 flops/sample vs 112.3 at 128 and 108.0 at 512
        for (int bs = 64; bs <= 4096; bs <<= 1) {
            assertTrue(ConvolutionCost.flopsPerInputSample(512, best, 1)
                    <= ConvolutionCost.flopsPerInputSample(512, bs, 1));
        }
        assertEquals(64, ConvolutionCost.cheapestBlockSize(512, 1, 64, 64));
    }

    @Test
    void processAndFilterSwapAllocateNothing() {
        Random r = new Random(14);
        int b = 256;
        float[] h1 = ConvolutionPropertiesTest.noise(r, 700);
        float[] h2 = ConvolutionPropertiesTest.noise(r, 600);
        MultiPartitionedConvolver c = new MultiPartitionedConvolver(new float[][] {h1, h1}, b);
        float[] in = ConvolutionPropertiesTest.noise(r, b);
        float[][] out = {new float[b], new float[b]};
        for (int k = 0; k < 200; k++) {
            c.process(in, out);
        }
        long allocated = Allocations.bytesAllocatedBy(() -> {
            for (int k = 0; k < 2000; k++) {
                c.process(in, out);
                if (k % 100 == 0) {
                    c.setImpulseResponse(1, (k / 100) % 2 == 0 ? h2 : h1);
                }
            }
        });
        // 2000 blocks of 256 samples: any per-block allocation would be >= 2000 x 16 bytes
        assertTrue(allocated < 2000, "allocated " + allocated + " bytes");
    }

    @Test
    void pairReplacementEqualsTwoSingleReplacements() {
        Random r = new Random(16);
        int b = 64;
        float[] h = ConvolutionPropertiesTest.noise(r, 100);
        float[] l = ConvolutionPropertiesTest.noise(r, 90);
        float[] rr = ConvolutionPropertiesTest.noise(r, 120);
        float[] x = ConvolutionPropertiesTest.noise(r, b);
        MultiPartitionedConvolver a = new MultiPartitionedConvolver(new float[][] {h, h}, b);
        MultiPartitionedConvolver c = new MultiPartitionedConvolver(new float[][] {h, h}, b);
        a.setImpulseResponse(0, l);
        a.setImpulseResponse(1, rr);
        c.setImpulseResponsePair(0, l, rr);
        float[][] ya = {new float[b], new float[b]};
        float[][] yc = {new float[b], new float[b]};
        a.process(x, ya);
        c.process(x, yc);
        assertTrue(Arrays.equals(ya[0], yc[0]) && Arrays.equals(ya[1], yc[1]));
    }
}
