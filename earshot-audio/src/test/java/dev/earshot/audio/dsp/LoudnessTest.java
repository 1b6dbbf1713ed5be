package dev.earshot.audio.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LoudnessTest {

    private static AudioBuffer fixtureStereo() {
        float[] flat = Fixtures.f32("loud_x");
        int n = flat.length / 2;
        return new AudioBuffer(new float[][] {Arrays.copyOf(flat, n), Arrays.copyOfRange(flat, n, 2 * n)}, 32000);
    }

    @Test
    void fullScaleSineMeasuresMinus3Dbfs() {
        float[] x = new float[48000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(2 * Math.PI * 1000.0 * i / 48000.0);
        }
        assertEquals(-3.0103, Loudness.rmsDbfs(x), 1e-3);
        assertEquals(0.0, Loudness.peakDbfs(x), 1e-6);
    }

    @Test
    void squareWaveRmsEqualsItsAmplitude() {
        float[] x = new float[1000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i / 10) % 2 == 0 ? 0.25f : -0.25f;
        }
        assertEquals(20 * Math.log10(0.25), Loudness.rmsDbfs(x), 1e-9);
    }

    @Test
    void levelsMatchNumpyOverAllChannels() {
        double[] ref = Fixtures.f64("loud_scalars");
        AudioBuffer b = fixtureStereo();
        assertEquals(ref[0], Loudness.rmsDbfs(b), 1e-9);
        assertEquals(ref[1], Loudness.peakDbfs(b), 1e-6);
        assertEquals(ref[2], Loudness.rmsDbfs(b.channel(0)), 1e-9);
    }

    @Test
    void normalizeRmsMatchesNumpyAndReachesTarget() {
        AudioBuffer b = fixtureStereo();
        AudioBuffer n = Loudness.normalizeRms(b, Loudness.SPATIAL_AST_TARGET_DBFS);
        float[] expected = Fixtures.f32("loud_normalized");
        int frames = b.frames();
        assertTrue(Fixtures.relMaxError(n.channel(0), Arrays.copyOf(expected, frames)) <= 1e-6);
        assertTrue(Fixtures.relMaxError(n.channel(1), Arrays.copyOfRange(expected, frames, 2 * frames)) <= 1e-6);
        assertEquals(-14.0, Loudness.rmsDbfs(n), 1e-5);
        assertEquals(Fixtures.f64("loud_scalars")[3], Loudness.normalizationGain(Loudness.rmsDbfs(b), -14.0), 1e-9);
    }

    @Test
    void normalizeRmsSkipsSilenceAndReturnsACopy() {
        AudioBuffer silent = AudioBuffer.silence(1, 100, 16000);
        AudioBuffer n = Loudness.normalizeRms(silent, -14.0);
        assertEquals(silent, n);
        assertNotSame(silent.channel(0), n.channel(0));
        float[] x = new float[10];
        assertArrayEquals(x, Loudness.normalizeRms(x, -20.0));
    }

    @Test
    void silenceMeasuresNegativeInfinity() {
        assertEquals(Double.NEGATIVE_INFINITY, Loudness.rmsDbfs(new float[5]));
        assertEquals(Double.NEGATIVE_INFINITY, Loudness.peakDbfs(new float[0]));
    }

    @Test
    void rejectsNonFiniteTarget() {
        assertThrows(IllegalArgumentException.class,
                () -> Loudness.normalizeRms(AudioBuffer.mono(new float[] {1f}, 8000), Double.NaN));
    }

    @Test
    void dbConversionsAreInverse() {
        assertEquals(0.5, Loudness.dbToAmplitude(Loudness.amplitudeToDb(0.5)), 1e-15);
        assertEquals(-6.0206, Loudness.amplitudeToDb(0.5), 1e-4);
    }
}
