package dev.earshot.audio.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FftConvolverTest {

    @ParameterizedTest
    @ValueSource(strings = {"conv_noise", "conv_len1", "conv_short_x", "conv_tiny", "conv_prime"})
    void matchesScipyFftconvolveWithin1e6Relative(String name) {
        float[] x = Fixtures.f32(name + "_x");
        float[] h = Fixtures.f32(name + "_h");
        double[] expected = Fixtures.f64(name + "_y");
        float[] y = FftConvolver.convolve(x, h);
        double err = Fixtures.relMaxError(y, expected);
        assertTrue(err <= 1e-6, name + ": relative max error " + err);
    }

    @Test
    void isCommutative() {
        float[] x = Fixtures.f32("conv_short_x_x");
        float[] h = Fixtures.f32("conv_short_x_h");
        float[] a = FftConvolver.convolve(x, h);
        float[] b = FftConvolver.convolve(h, x);
        assertTrue(Fixtures.relMaxError(a, b) <= 1e-7);
    }

    @Test
    void blockedOverlapSaveEqualsSingleFft() {
        float[] x = Fixtures.f32("conv_noise_x");
        float[] h = Fixtures.f32("conv_noise_h");
        float[] blocked = FftConvolver.overlapSave(x, h, 2048);
        float[] single = FftConvolver.overlapSave(x, h, 65536);
        assertTrue(Fixtures.relMaxError(blocked, single) <= 1e-7);
    }

    @Test
    void fftSizeChoiceBlocksALongSignalWithAShortFilter() {
        int n = FftConvolver.chooseFftSize(10_000_000, 512);
        assertTrue(n >= 1024 && n <= 65536, "chosen " + n);
        // 7999 outputs: two overlap-save blocks of 8192 (5 FFTs x 8192 x 13) beat one of 16384 (3 x 16384 x 14)
        assertEquals(8192, FftConvolver.chooseFftSize(4000, 4000));
    }

    @Test
    void multiFilterConvolutionEqualsScipyPerFilter() {
        float[] x = Fixtures.f32("conv_noise_x");
        float[] h = Fixtures.f32("conv_noise_h");
        float[] hLong = Fixtures.f32("conv_short_x_h"); // 3001 taps, longer than h
        float[][] y = FftConvolver.convolve(x, new float[][] {h, hLong, {0.5f}});
        assertTrue(Fixtures.relMaxError(y[0], Fixtures.f64("conv_noise_y")) <= 1e-6);
        // first 4000 outputs depend only on the first 4000 inputs: check them against the direct sum
        float[] head = java.util.Arrays.copyOf(y[1], 4000);
        float[] directHead = java.util.Arrays.copyOf(FftConvolver.direct(java.util.Arrays.copyOf(x, 4000), hLong), 4000);
        assertTrue(Fixtures.relMaxError(head, directHead) <= 1e-6);
        assertEquals(x.length + hLong.length - 1, y[1].length);
        assertEquals(x.length, y[2].length);
        assertEquals(0.5f * x[123], y[2][123], 1e-7f);
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        assertEquals(0, FftConvolver.convolve(new float[0], new float[] {1f}).length);
        assertEquals(0, FftConvolver.convolve(new float[] {1f}, new float[0]).length);
    }

    @Test
    void rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> FftConvolver.convolve(null, new float[1]));
    }
}
