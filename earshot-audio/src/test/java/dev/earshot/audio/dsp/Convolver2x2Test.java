package dev.earshot.audio.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Convolver2x2Test {

    /** Reference: the four double-precision convolutions, summed in double. */
    private static double[][] reference(float[] x0, float[] x1, float[][][] h, int from, int count) {
        double[][] y = new double[2][count];
        for (int c = 0; c < 2; c++) {
            for (int j = 0; j < 2; j++) {
                float[] part = FftConvolver.convolve(j == 0 ? x0 : x1, h[c][j]);
                for (int t = 0; t < count; t++) {
                    if (from + t < part.length) {
                        y[c][t] += part[from + t];
                    }
                }
            }
        }
        return y;
    }

    @ParameterizedTest
    @CsvSource({"50000, 1023, 511, 50000", "3000, 300, 0, 3299", "20000, 7000, 100, 5000", "1000, 64, 900, 2000"})
    void matchesTheSumOfFourDoublePrecisionConvolutionsWithin2e6Relative(int n, int taps, int from, int count) {
        Random r = new Random(n + taps);
        float[] x0 = noise(r, n);
        float[] x1 = noise(r, n - n / 7);
        float[][][] h = {{filter(r, taps), filter(r, taps - 5)}, {filter(r, taps / 2), filter(r, taps)}};
        double[][] ref = reference(x0, x1, h, from, count);
        float[][] y = Convolver2x2.convolve(x0, x1, h, from, count);
        for (int c = 0; c < 2; c++) {
            assertEquals(count, y[c].length);
            double err = 0;
            double peak = 0;
            for (int t = 0; t < count; t++) {
                err = Math.max(err, Math.abs(y[c][t] - ref[c][t]));
                peak = Math.max(peak, Math.abs(ref[c][t]));
            }
            assertTrue(err <= 2e-6 * peak, "output " + c + ": error " + err + " of peak " + peak);
        }
    }

    @Test
    void identityFiltersSwapAndPassTheInputs() {
        float[] x0 = {1f, 2f, 3f, 4f};
        float[] x1 = {-1f, 0.5f, 0f, 2f};
        float[][][] h = {{{0f}, {1f}}, {{1f}, {0f}}};
        float[][] y = Convolver2x2.convolve(x0, x1, h, 0, 4);
        for (int t = 0; t < 4; t++) {
            assertEquals(x1[t], y[0][t], 1e-6f);
            assertEquals(x0[t], y[1][t], 1e-6f);
        }
    }

    @Test
    void emptyFiltersContributeNothing() {
        Random r = new Random(4);
        float[] x0 = noise(r, 4000);
        float[] x1 = noise(r, 4000);
        float[] f = filter(r, 200);
        float[][] y = Convolver2x2.convolve(x0, x1, new float[][][] {{f, new float[0]}, {new float[0], new float[0]}},
                0, 4000);
        float[] ref = java.util.Arrays.copyOf(FftConvolver.convolve(x0, f), 4000);
        double peak = 0;
        for (float v : ref) {
            peak = Math.max(peak, Math.abs(v));
        }
        for (int t = 0; t < 4000; t++) {
            assertEquals(ref[t], y[0][t], 2e-6 * peak);
            // the second output only holds the packed transform's rounding of the first
            assertEquals(0, y[1][t], 2e-6 * peak);
        }
    }

    @Test
    void rejectsBadArguments() {
        float[][][] h = {{{1f}, {1f}}, {{1f}, {1f}}};
        assertThrows(IllegalArgumentException.class, () -> Convolver2x2.convolve(null, new float[1], h, 0, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Convolver2x2.convolve(new float[1], new float[1], new float[][][] {{{1f}}}, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Convolver2x2.convolve(new float[1], new float[1], h, -1, 1));
    }

    private static float[] noise(Random r, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) r.nextGaussian();
        }
        return x;
    }

    private static float[] filter(Random r, int n) {
        float[] h = new float[n];
        for (int i = 0; i < n; i++) {
            h[i] = (float) (r.nextGaussian() * Math.exp(-i / (n / 4.0)));
        }
        return h;
    }
}
