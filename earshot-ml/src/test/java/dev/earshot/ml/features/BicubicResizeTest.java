package dev.earshot.ml.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BicubicResizeTest {
    @Test
    void frames1001To1024MatchTheNumpyTorchReimplementation() {
        float[][] in = Fixtures.matrix("bicubic_in_1001x8.npy");
        float[][] ref = Fixtures.matrix("bicubic_out_1024x8.npy");
        float[][] out = BicubicResize.alignCorners(in, 1024, 8);
        assertTrue(Fixtures.maxAbsDiff(ref, out) <= 1e-5, "max abs " + Fixtures.maxAbsDiff(ref, out));
    }

    @Test
    void twoDimensionalUpsamplingMatchesTheFixture() {
        float[][] in = Fixtures.matrix("bicubic_in_7x5.npy");
        float[][] ref = Fixtures.matrix("bicubic_out_12x9.npy");
        assertTrue(Fixtures.maxAbsDiff(ref, BicubicResize.alignCorners(in, 12, 9)) <= 1e-6);
    }

    @Test
    void alignCornersKeepsTheCornerValuesExactly() {
        float[][] in = Fixtures.matrix("bicubic_in_7x5.npy");
        float[][] out = BicubicResize.alignCorners(in, 12, 9);
        assertEquals(in[0][0], out[0][0], 0f);
        assertEquals(in[6][4], out[11][8], 0f);
        assertEquals(in[0][4], out[0][8], 0f);
    }

    @Test
    void sameSizeIsTheIdentity() {
        float[][] in = Fixtures.matrix("bicubic_in_7x5.npy");
        float[][] out = BicubicResize.alignCorners(in, 7, 5);
        assertEquals(0.0, Fixtures.maxAbsDiff(in, out), 0.0);
    }

    @Test
    void keysKernelWithAMinus075AtHalfwayIsMinusThreeThirtySecondsAndNineteenThirtySeconds() {
        // A = -0.75: w(0.5) = 1.25*0.125 - 2.25*0.25 + 1 = 0.59375; w(1.5) = -0.09375
        assertEquals(0.59375f, BicubicResize.cubic1(0.5f), 0f);
        assertEquals(-0.09375f, BicubicResize.cubic2(1.5f), 0f);
    }

    @Test
    void resizeFramesStretchesEveryChannelAndKeepsBins() {
        float[][][] maps = new float[4][1001][128];
        float[][][] out = BicubicResize.resizeFrames(maps, 1024);
        assertEquals(4, out.length);
        assertEquals(1024, out[0].length);
        assertEquals(128, out[3][1023].length);
    }

    @Test
    void mapsAlreadyLongEnoughAreNotResized() {
        float[][][] maps = new float[2][1100][16];
        assertSame(maps, BicubicResize.resizeFramesIfShorter(maps, 1024));
        assertEquals(1024, BicubicResize.resizeFramesIfShorter(new float[2][1001][16], 1024)[1].length);
    }

    @Test
    void raggedInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> BicubicResize.alignCorners(new float[][] {{1, 2}, {3}}, 4, 4));
    }
}
