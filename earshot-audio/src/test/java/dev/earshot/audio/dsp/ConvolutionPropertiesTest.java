package dev.earshot.audio.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ConvolutionPropertiesTest {

    static float[] noise(Random r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) r.nextGaussian();
        }
        return a;
    }

    @Property(tries = 40)
    void convolutionWithADelayedDeltaIsADelay(@ForAll @IntRange(min = 1, max = 5000) int n,
                                             @ForAll @IntRange(min = 0, max = 700) int delay,
                                             @ForAll long seed) {
        float[] x = noise(new Random(seed), n);
        float[] delta = new float[delay + 1];
        delta[delay] = 1f;
        float[] y = FftConvolver.convolve(x, delta);
        assertEquals(n + delay, y.length);
        double maxX = 0;
        for (float v : x) {
            maxX = Math.max(maxX, Math.abs(v));
        }
        for (int i = 0; i < y.length; i++) {
            double expected = i >= delay ? x[i - delay] : 0.0;
            assertEquals(expected, y[i], 1e-6 * maxX, "sample " + i);
        }
    }

    @Property(tries = 40)
    void fftPathEqualsDirectSum(@ForAll @IntRange(min = 1, max = 3000) int n,
                                @ForAll @IntRange(min = 1, max = 600) int m,
                                @ForAll long seed) {
        Random r = new Random(seed);
        float[] x = noise(r, n);
        float[] h = noise(r, m);
        float[] y = FftConvolver.convolve(x, h);
        float[] ref = FftConvolver.direct(x.length >= h.length ? x : h, x.length >= h.length ? h : x);
        assertTrue(Fixtures.relMaxError(y, ref) <= 1e-6);
    }

    @Property(tries = 40)
    void partitionedStreamingEqualsOneShot(@ForAll @IntRange(min = 1, max = 9) int log2Block,
                                           @ForAll @IntRange(min = 1, max = 2500) int irLength,
                                           @ForAll @IntRange(min = 1, max = 12) int blocks,
                                           @ForAll long seed) {
        int b = 1 << log2Block;
        Random r = new Random(seed);
        float[] h = noise(r, irLength);
        float[] x = noise(r, blocks * b);
        float[] streamed = PartitionedConvolverTest.stream(new PartitionedConvolver(h, b), x, x.length);
        float[] full = FftConvolver.convolve(x, h);
        float[] expected = java.util.Arrays.copyOf(full, x.length);
        assertTrue(Fixtures.relMaxError(streamed, expected) <= 1e-5);
    }
}
