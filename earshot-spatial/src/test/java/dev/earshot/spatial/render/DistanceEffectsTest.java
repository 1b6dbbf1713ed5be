package dev.earshot.spatial.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.render.effects.DistanceModel;
import org.junit.jupiter.api.Test;

class DistanceEffectsTest {
    private static final int RATE = 48000;

    private static double rms(float[] x, int from, int to) {
        double e = 0;
        for (int n = from; n < to; n++) {
            e += (double) x[n] * x[n];
        }
        return Math.sqrt(e / (to - from));
    }

    @Test
    void airAbsorptionAttenuatesAToneByTheIsoAmountForTheDistance() {
        double distance = 50;
        AudioBuffer tone = TestSignals.sine(8000, 0.3, RATE);
        SpatialParams p = SpatialParams.at(0, 0, distance);
        AudioBuffer with = Renderers.create(RenderFormat.FOA, RenderOptions.defaults(RATE).withDistanceEffects(false, true))
                .render(tone.copy(), p);
        AudioBuffer without = Renderers.create(RenderFormat.FOA, TestSignals.dry(RATE)).render(tone.copy(), p);
        double measuredDb = 20 * Math.log10(rms(without.channel(0), 2000, 12000) / rms(with.channel(0), 2000, 12000));
        double isoDb = DistanceModel.DEFAULT.airAbsorptionDb(8000, distance);
        assertEquals(isoDb, measuredDb, 0.1 + 0.1 * isoDb);
    }

    @Test
    void airAbsorptionFilterLatencyIsRemoved() {
        AudioBuffer y = Renderers.create(RenderFormat.FOA, RenderOptions.defaults(RATE).withDistanceEffects(false, true))
                .render(TestSignals.impulse(64, RATE), SpatialParams.at(0, 0, 1));
        float[] w = y.channel(0);
        int peak = 0;
        for (int n = 0; n < w.length; n++) {
            if (Math.abs(w[n]) > Math.abs(w[peak])) {
                peak = n;
            }
        }
        assertEquals(0, peak);
        // At 1 m the ISO filter is nearly flat (a little loss near Nyquist spreads the peak slightly).
        assertEquals(1.0, w[0], 0.05);
    }

    @Test
    void distanceChangesAreSmoothPerSampleGainRamps() {
        Trajectory t = Trajectory.linear(Direction.FRONT, 1, Direction.FRONT, 4, 0.05);
        float[] ones = new float[4000];
        java.util.Arrays.fill(ones, 1f);
        AudioBuffer y = Renderers.create(RenderFormat.FOA, TestSignals.dry(RATE))
                .render(AudioBuffer.mono(ones, RATE), SpatialParams.at(0, 0, 1).withTrajectory(t));
        float[] w = y.channel(0);
        int block = RenderOptions.DEFAULT_BLOCK_SIZE;
        for (int n = 0; n < 4000; n += block) {
            assertEquals(1 / t.at((double) n / RATE).distanceM(), w[n], 1e-6, "frame " + n);
        }
        for (int n = 1; n < 4000; n++) {
            // 1/d falls by at most 0.75 over the move; per sample the step is tiny, never a jump.
            assertEquals(0, w[n] - w[n - 1], 1e-3, "frame " + n);
        }
    }

    @Test
    void recedingSourceIsDopplerShiftedDown() {
        // Receding at 34.3 m/s = c / 10: heard frequency f c / (c + v) = 1000 / 1.1 Hz.
        double v = RenderOptions.SPEED_OF_SOUND_MPS / 10;
        Trajectory away = Trajectory.linear(Direction.FRONT, 10, Direction.FRONT, 10 + v, 1.0);
        AudioBuffer tone = TestSignals.sine(1000, 1.0, RATE);
        AudioBuffer y = Renderers.create(RenderFormat.FOA, RenderOptions.defaults(RATE).withDistanceEffects(true, false))
                .render(tone, SpatialParams.at(0, 0, 10).withTrajectory(away));
        float[] w = y.channel(0);
        int from = (int) (0.2 * RATE);
        int to = (int) (0.9 * RATE);
        // Frequency from the first and last upward zero crossings (linearly interpolated) in the window.
        double first = -1;
        double last = -1;
        int crossings = 0;
        for (int n = from; n < to; n++) {
            if (w[n - 1] < 0 && w[n] >= 0) {
                double t = n - 1 + w[n - 1] / (w[n - 1] - w[n]);
                if (first < 0) {
                    first = t;
                } else {
                    crossings++;
                }
                last = t;
            }
        }
        double hz = crossings / ((last - first) / RATE);
        assertEquals(1000 / 1.1, hz, 0.5);
    }
}
