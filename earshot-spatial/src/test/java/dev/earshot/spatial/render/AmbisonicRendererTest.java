package dev.earshot.spatial.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.ambisonics.SphericalHarmonics;
import dev.earshot.spatial.geom.Direction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class AmbisonicRendererTest {
    private static final int RATE = 48000;

    @ParameterizedTest
    @EnumSource(value = RenderFormat.class, names = {"FOA", "HOA2", "HOA3"})
    void staticSourceIsSn3dGainsTimesSignal(RenderFormat format) {
        Direction d = new Direction(-115, 25);
        float[] x = TestSignals.noise(3000, 11);
        Renderer r = Renderers.create(format, TestSignals.dry(RATE));
        AudioBuffer y = r.render(AudioBuffer.mono(x.clone(), RATE), SpatialParams.at(d.azimuthDeg(), d.elevationDeg(), 1));
        double[] g = SphericalHarmonics.sn3d(format.ambisonicOrder(), d);
        assertEquals(format.channels(), y.channels());
        assertEquals(x.length, y.frames());
        for (int c = 0; c < g.length; c++) {
            for (int n = 0; n < x.length; n++) {
                assertEquals(g[c] * x[n], y.channel(c)[n], 1e-6, "channel " + c + " frame " + n);
            }
        }
    }

    @Test
    void fumaIsFurseMalhamOrderAndScaling() {
        Direction d = new Direction(40, -20);
        Renderer r = Renderers.create(RenderFormat.FUMA, TestSignals.dry(RATE));
        AudioBuffer y = r.render(TestSignals.impulse(16, RATE), SpatialParams.at(40, -20, 1));
        double az = Math.toRadians(40);
        double el = Math.toRadians(-20);
        assertEquals(1 / Math.sqrt(2), y.channel(0)[0], 1e-6);
        assertEquals(Math.cos(az) * Math.cos(el), y.channel(1)[0], 1e-6);
        assertEquals(Math.sin(az) * Math.cos(el), y.channel(2)[0], 1e-6);
        assertEquals(Math.sin(el), y.channel(3)[0], 1e-6);
    }

    @Test
    void movingSourceGainsMatchTheTrajectoryAtEverySample() {
        int block = 256;
        RenderOptions o = TestSignals.dry(RATE).withBlockSize(block);
        Trajectory t = Trajectory.linear(new Direction(-90, 0), 1, new Direction(90, 30), 1, 0.05);
        float[] ones = new float[4000];
        java.util.Arrays.fill(ones, 1f);
        AudioBuffer y = new AmbisonicRenderer(RenderFormat.HOA2, o)
                .render(AudioBuffer.mono(ones, RATE), SpatialParams.at(0, 0, 1).withTrajectory(t));
        // At block boundaries the gains are exactly the harmonics of the trajectory's direction;
        // in between they are linear, so they stay within the chord of the two boundary values.
        for (int n = 0; n < 4000; n += block) {
            double[] g = SphericalHarmonics.sn3d(2, t.at((double) n / RATE).direction());
            for (int c = 0; c < 9; c++) {
                assertEquals(g[c], y.channel(c)[n], 1e-5, "channel " + c + " frame " + n);
            }
        }
        for (int c = 0; c < 9; c++) {
            for (int n = 1; n < 4000; n++) {
                double step = Math.abs(y.channel(c)[n] - y.channel(c)[n - 1]);
                assertEquals(0, step, 2.0 / block, "gain step at " + n);
            }
        }
    }

    @Test
    void nonAmbisonicFormatIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AmbisonicRenderer(RenderFormat.STEREO, TestSignals.dry(RATE)));
    }
}
