package dev.earshot.spatial.ambisonics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.render.Trajectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AmbisonicEncoderTest {
    private static final int RATE = 48000;

    static float[] noise(int n, long seed) {
        Random r = new Random(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (r.nextDouble() * 2 - 1);
        }
        return x;
    }

    static double[] table(Direction d) {
        return SphericalHarmonicsTest.closedFormSn3d(Math.toRadians(d.azimuthDeg()), Math.toRadians(d.elevationDeg()));
    }

    @Test
    void staticEncodingScalesTheInputByTheClosedFormGains() {
        float[] x = noise(1000, 1);
        Direction d = new Direction(-130, 25);
        AudioBuffer out = AmbisonicEncoder.encode(AudioBuffer.mono(x, RATE), AmbisonicOrder.THIRD, d);
        assertEquals(16, out.channels());
        assertEquals(1000, out.frames());
        assertEquals(RATE, out.sampleRateHz());
        double[] g = table(d);
        for (int n = 0; n < 16; n++) {
            for (int i = 0; i < x.length; i++) {
                assertEquals(g[n] * x[i], out.channel(n)[i], 1e-6);
            }
        }
    }

    @Test
    void blockEncodingHitsExactGainsAtBoundariesAndInterpolatesLinearlyBetween() {
        int block = 100;
        float[] ones = new float[350];
        java.util.Arrays.fill(ones, 1f);
        List<Direction> dirs = List.of(new Direction(0, 0), new Direction(90, 0), new Direction(180, 30),
                new Direction(-90, -10));
        AudioBuffer out = AmbisonicEncoder.encodeBlocks(AudioBuffer.mono(ones, RATE), AmbisonicOrder.SECOND, dirs, block);
        for (int k = 0; k < 4; k++) {
            double[] g = table(dirs.get(k));
            int frame = k * block;
            if (frame < 350) {
                for (int n = 0; n < 9; n++) {
                    assertEquals(g[n], out.channel(n)[frame], 1e-6, "boundary " + k + " ACN " + n);
                }
            }
        }
        double[] g1 = table(dirs.get(1));
        double[] g2 = table(dirs.get(2));
        for (int n = 0; n < 9; n++) {
            assertEquals(0.75 * g1[n] + 0.25 * g2[n], out.channel(n)[125], 1e-6);
        }
    }

    @Test
    void movingSourceGainsChangeWithoutSteps() {
        int block = 64;
        float[] ones = new float[64 * 20];
        java.util.Arrays.fill(ones, 1f);
        List<Direction> dirs = new ArrayList<>();
        for (int k = 0; k <= 20; k++) {
            dirs.add(new Direction(k * 18.0, 0)); // sweeps 18 degrees per block
        }
        AudioBuffer out = AmbisonicEncoder.encodeBlocks(AudioBuffer.mono(ones, RATE), AmbisonicOrder.THIRD, dirs, block);
        // An 18 degree step changes a third-order gain by at most 3 * 18 deg in phase -> |dg| <= 3*pi/10.
        double maxStep = 3 * Math.PI / 10 / block * 1.01;
        for (int n = 0; n < 16; n++) {
            float[] ch = out.channel(n);
            for (int i = 1; i < ch.length; i++) {
                assertTrue(Math.abs(ch[i] - ch[i - 1]) <= maxStep, "step at ACN " + n + " frame " + i);
            }
        }
    }

    @Test
    void gainsHoldAfterTheLastBoundary() {
        float[] ones = new float[300];
        java.util.Arrays.fill(ones, 1f);
        Direction d = new Direction(60, 10);
        AudioBuffer out = AmbisonicEncoder.encodeBlocks(AudioBuffer.mono(ones, RATE), AmbisonicOrder.FIRST,
                List.of(Direction.FRONT, d), 100);
        double[] g = table(d);
        for (int i = 100; i < 300; i++) {
            assertEquals(g[1], out.channel(1)[i], 1e-6);
        }
    }

    @Test
    void perSampleEncodingUsesEachFramesDirection() {
        int n = 500;
        float[] x = noise(n, 2);
        double[] az = new double[n];
        double[] el = new double[n];
        for (int i = 0; i < n; i++) {
            az[i] = -180 + 0.9 * i;
            el[i] = 80 * Math.sin(i * 0.01);
        }
        AudioBuffer out = AmbisonicEncoder.encodePerSample(AudioBuffer.mono(x, RATE), AmbisonicOrder.THIRD, az, el);
        for (int i = 0; i < n; i += 7) {
            double[] g = table(new Direction(az[i], el[i]));
            for (int c = 0; c < 16; c++) {
                assertEquals(g[c] * x[i], out.channel(c)[i], 1e-6);
            }
        }
    }

    @Test
    void fixedTrajectoryEqualsStaticEncoding() {
        float[] x = noise(777, 3);
        Direction d = new Direction(33, -12);
        AudioBuffer a = AmbisonicEncoder.encode(AudioBuffer.mono(x, RATE), AmbisonicOrder.SECOND,
                Trajectory.fixed(d, 2.0), 64);
        AudioBuffer b = AmbisonicEncoder.encode(AudioBuffer.mono(x, RATE), AmbisonicOrder.SECOND, d);
        for (int c = 0; c < 9; c++) {
            for (int i = 0; i < x.length; i++) {
                assertEquals(b.channel(c)[i], a.channel(c)[i], 1e-6);
            }
        }
    }

    @Test
    void movingTrajectoryMatchesItsDirectionAtBlockBoundaries() {
        int frames = RATE / 2;
        float[] ones = new float[frames];
        java.util.Arrays.fill(ones, 1f);
        Trajectory t = Trajectory.linear(new Direction(-60, 0), 1, new Direction(60, 20), 3, 0.5);
        AudioBuffer out = AmbisonicEncoder.encode(AudioBuffer.mono(ones, RATE), AmbisonicOrder.THIRD, t, 480);
        for (int k = 0; k * 480 < frames; k += 5) {
            double[] g = table(t.at(k * 480.0 / RATE).direction());
            for (int c = 0; c < 16; c++) {
                assertEquals(g[c], out.channel(c)[k * 480], 1e-6, "block " + k + " ACN " + c);
            }
        }
    }

    @Test
    void rejectsNonMonoInputAndBadBlockSizes() {
        AudioBuffer stereo = AudioBuffer.silence(2, 10, RATE);
        assertThrows(IllegalArgumentException.class,
                () -> AmbisonicEncoder.encode(stereo, AmbisonicOrder.FIRST, Direction.FRONT));
        AudioBuffer mono = AudioBuffer.silence(1, 10, RATE);
        assertThrows(IllegalArgumentException.class,
                () -> AmbisonicEncoder.encodeBlocks(mono, AmbisonicOrder.FIRST, List.of(Direction.FRONT), 0));
        assertThrows(IllegalArgumentException.class,
                () -> AmbisonicEncoder.encodeBlocks(mono, AmbisonicOrder.FIRST, List.of(), 4));
        assertThrows(IllegalArgumentException.class,
                () -> AmbisonicEncoder.encodePerSample(mono, AmbisonicOrder.FIRST, new double[9], new double[10]));
    }
}
