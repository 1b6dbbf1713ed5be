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
    void rejectsWrongOutputCount() {
        MultiPartitionedConvolver c = new MultiPartitionedConvolver(new float[][] {{1f}, {1f}}, 8);
        assertThrows(IllegalArgumentException.class, () -> c.process(new float[8], new float[][] {new float[8]}));
        assertThrows(IllegalArgumentException.class, () -> c.setImpulseResponses(new float[][] {{1f}}));
    }
}
