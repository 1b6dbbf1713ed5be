package dev.earshot.audio.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResamplerTest {

    @ParameterizedTest(name = "{0} -> {1} Hz")
    @CsvSource({"44100, 48000", "48000, 32000", "32000, 48000"})
    void matchesScipyResamplePolyWithin80Db(int fromHz, int toHz) {
        float[] x = Fixtures.f32("resample_" + fromHz + "_" + toHz + "_in");
        float[] expected = Fixtures.f32("resample_" + fromHz + "_" + toHz + "_out");
        float[] y = Resampler.resample(x, fromHz, toHz);
        assertEquals(expected.length, y.length, "output length like scipy");
        double snr = Fixtures.snrDb(y, expected);
        assertTrue(snr >= 80, "SNR vs scipy " + snr + " dB");
    }

    @Test
    void outputLengthIsCeilOfScaledInputLength() {
        assertEquals(48000, Resampler.outputLength(44100, 44100, 48000));
        assertEquals(2, Resampler.outputLength(3, 48000, 32000)); // ceil(3 * 2 / 3)
        assertEquals(3, Resampler.outputLength(4, 48000, 32000)); // ceil(8 / 3)
        assertEquals(0, Resampler.outputLength(0, 44100, 16000));
        assertEquals(3, Resampler.resample(new float[4], 48000, 32000).length);
    }

    @Test
    void equalRatesReturnACopy() {
        float[] x = {1f, 2f, 3f};
        float[] y = Resampler.resample(x, 16000, 16000);
        assertArrayEquals(x, y);
        y[0] = 9f;
        assertEquals(1f, x[0]);
    }

    @Test
    void integerUpsamplingByTwoKeepsTheOriginalSamplesOfABandLimitedSignal() {
        // output m = 2n lies exactly on input n; for a slow sine the filter passes it unchanged
        int n = 4000;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) Math.sin(2 * Math.PI * 440.0 * i / 16000.0);
        }
        float[] y = Resampler.resample(x, 16000, 32000);
        for (int i = 200; i < n - 200; i++) {
            assertEquals(x[i], y[2 * i], 2e-3, "sample " + i);
        }
    }

    @Test
    void highQualityRejectsAliasesBetterThanScipyDesign() {
        // 16.2 kHz at 48 kHz is above the 16 kHz Nyquist of the 32 kHz output: it must be removed
        float[] x = sine(16200.0, 48000, 48000);
        double scipyDb = rmsDb(Resampler.resample(x, 48000, 32000, Resampler.Quality.SCIPY));
        double highDb = rmsDb(Resampler.resample(x, 48000, 32000, Resampler.Quality.HIGH));
        assertTrue(highDb < -80, "HIGH alias level " + highDb + " dB");
        assertTrue(highDb < scipyDb - 40, "HIGH " + highDb + " dB vs SCIPY " + scipyDb + " dB");
    }

    @Test
    void highQualityPassbandIsFlat() {
        // 13 kHz (0.81 of the 16 kHz output Nyquist) keeps its level (-3.01 dB RMS for amplitude 1)
        float[] x = sine(13000.0, 48000, 48000);
        double db = rmsDb(Resampler.resample(x, 48000, 32000, Resampler.Quality.HIGH));
        assertEquals(-3.0103, db, 0.01);
    }

    private static float[] sine(double freqHz, int rateHz, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) Math.sin(2 * Math.PI * freqHz * i / rateHz);
        }
        return x;
    }

    private static double rmsDb(float[] y) {
        // steady-state part only (skip the filter's edge transients)
        double s = 0;
        int count = 0;
        for (int i = 2000; i < y.length - 2000; i++) {
            s += (double) y[i] * y[i];
            count++;
        }
        return 10 * Math.log10(s / count);
    }

    @Test
    void bufferOverloadResamplesEveryChannelIndependently() {
        float[] left = Fixtures.f32("resample_44100_48000_in");
        float[] right = new float[left.length];
        for (int i = 0; i < left.length; i++) {
            right[i] = -0.5f * left[i];
        }
        AudioBuffer out = Resampler.resample(new AudioBuffer(new float[][] {left, right}, 44100), 48000);
        assertEquals(48000, out.sampleRateHz());
        assertEquals(2, out.channels());
        assertArrayEquals(Resampler.resample(left, 44100, 48000), out.channel(0));
        assertArrayEquals(Resampler.resample(right, 44100, 48000), out.channel(1));
    }

    @Test
    void bufferAtTargetRateIsReturnedAsIs() {
        AudioBuffer in = AudioBuffer.silence(2, 10, 32000);
        assertSame(in, Resampler.resample(in, 32000));
    }

    @Test
    void rejectsNonPositiveRates() {
        assertThrows(IllegalArgumentException.class, () -> Resampler.resample(new float[3], 0, 16000));
        assertThrows(IllegalArgumentException.class, () -> Resampler.resample(new float[3], 16000, -1));
    }

    @Test
    void kaiserPrototypeMatchesClosedFormBesselI0() {
        // I0(x) tabulated values (Abramowitz & Stegun 9.8): I0(1) = 1.2660658777520082, I0(5) = 27.239871823604442
        assertEquals(1.2660658777520082, Kaiser.besselI0(1.0), 1e-15);
        assertEquals(27.239871823604442, Kaiser.besselI0(5.0), 1e-12);
        assertEquals(1.0, Kaiser.besselI0(0.0), 0.0);
    }

    @Test
    void preparedResamplerGivesTheSameSamplesAsResampleForEverySignal() {
        java.util.function.UnaryOperator<float[]> r = Resampler.prepare(44100, 48000);
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
        for (int len : new int[] {1, 17, 512, 2000}) {
            float[] x = new float[len];
            for (int i = 0; i < len; i++) {
                x[i] = (float) (rnd.nextDouble() * 2 - 1);
            }
            assertArrayEquals(Resampler.resample(x, 44100, 48000), r.apply(x), "length " + len);
        }
        float[] same = {1, 2, 3};
        assertArrayEquals(same, Resampler.prepare(48000, 48000).apply(same));
        assertThrows(IllegalArgumentException.class, () -> Resampler.prepare(0, 48000));
    }
}
