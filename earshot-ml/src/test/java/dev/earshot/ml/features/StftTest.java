package dev.earshot.ml.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StftTest {
    @Test
    void periodicHannMatchesLibrosaGetWindowFixture() {
        double[] ref = Fixtures.npy("hann_periodic_1024.npy").data();
        assertArrayEquals(ref, Windows.hann(1024, true), 1e-15);
    }

    @Test
    void symmetricHannEndsAtZeroAndPeaksInTheMiddle() {
        double[] w = Windows.hann(5, false);
        assertArrayEquals(new double[] {0, 0.5, 1, 0.5, 0}, w, 1e-15);
    }

    @Test
    void tenSecondsAt32kHzGive1001FramesOf513Bins() {
        Stft stft = Stft.spatialAst();
        ComplexSpectrogram s = stft.transform(new float[320000]);
        assertEquals(1001, s.frames());
        assertEquals(513, s.bins());
    }

    @Test
    void tenSecondsAt16kHzGiveTheDisseShape() {
        ComplexSpectrogram s = Stft.disse().transform(new float[160000]);
        assertEquals(1601, s.frames());
        assertEquals(201, s.bins());
    }

    @Test
    void spatialAstStftMatchesNumpyReflectPaddedFixture() {
        float[][] in = Fixtures.matrix("binaural_in.npy");
        float[][][] ref = Fixtures.cube("stft_left_re_im.npy");
        ComplexSpectrogram s = Stft.spatialAst().transform(in[0]);
        assertTrue(Fixtures.maxAbsDiff(ref[0], s.real()) < 2e-5, "real part");
        assertTrue(Fixtures.maxAbsDiff(ref[1], s.imag()) < 2e-5, "imaginary part");
    }

    @Test
    void disseStftMatchesNumpyFixtureForANonPowerOfTwoSize() {
        float[][] foa = Fixtures.matrix("foa_in.npy");
        float[][][] ref = Fixtures.cube("stft_disse_w_re_im.npy");
        ComplexSpectrogram s = Stft.disse().transform(foa[0]);
        assertTrue(Fixtures.maxAbsDiff(ref[0], s.real()) < 1e-4, "real part");
        assertTrue(Fixtures.maxAbsDiff(ref[1], s.imag()) < 1e-4, "imaginary part");
    }

    @Test
    void reflectPaddingMirrorsAboutTheEdgeSampleWithoutRepeatingIt() {
        assertEquals(3, Stft.reflect(-3, 10));
        assertEquals(0, Stft.reflect(0, 10));
        assertEquals(8, Stft.reflect(10, 10));
        assertEquals(5, Stft.reflect(13, 10));
    }

    @Test
    void firstFrameOfAnImpulseAtSampleOneSeesItTwiceThroughReflection() {
        // x = [0, 1, 0, 0, ...]: the padded frame around t = 0 holds x[1] at offsets pad-1 and pad+1.
        float[] x = new float[64];
        x[1] = 1;
        double[] w = new double[8];
        java.util.Arrays.fill(w, 1.0);
        ComplexSpectrogram s = new Stft(8, 4, w).transform(x);
        // DC of frame 0 = two unit samples (x[-1] = x[1] and x[1]) under a rectangular window
        assertEquals(2.0, s.real()[0][0], 1e-6);
    }

    @Test
    void signalNotLongerThanHalfTheFftIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Stft.spatialAst().transform(new float[512]));
        assertTrue(e.getMessage().contains("513"), e.getMessage());
    }

    @Test
    void nonFiniteSamplesAreRejected() {
        float[] x = new float[2000];
        x[7] = Float.NaN;
        assertThrows(IllegalArgumentException.class, () -> Stft.spatialAst().transform(x));
    }
}
