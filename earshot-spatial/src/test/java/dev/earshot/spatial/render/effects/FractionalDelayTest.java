package dev.earshot.spatial.render.effects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.render.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FractionalDelayTest {
    private static final double FS = 48000;
    private static final double[] FREQS = {0.013 * FS, 0.071 * FS, 0.19 * FS, 0.33 * FS};

    private static double bandLimited(double t) {
        double s = 0;
        for (int i = 0; i < FREQS.length; i++) {
            s += 0.2 * Math.sin(2 * Math.PI * FREQS[i] / FS * t + i);
        }
        return s;
    }

    @Test
    void constantFractionalDelayMatchesAnalyticallyDelayedSignal() {
        double delay = 20.37;
        FractionalDelay line = new FractionalDelay(64);
        double maxErr = 0;
        for (int n = 0; n < 4000; n++) {
            float y = line.process((float) bandLimited(n), delay);
            if (n > 200) {
                maxErr = Math.max(maxErr, Math.abs(y - bandLimited(n - delay)));
            }
        }
        assertEquals(0, maxErr, 3e-4, "max error (signal peak 0.8)");
    }

    @Test
    void integerDelayIsExact() {
        FractionalDelay line = new FractionalDelay(100);
        float[] y = new float[200];
        for (int n = 0; n < 200; n++) {
            y[n] = line.process(n == 0 ? 1f : 0f, 37);
        }
        for (int n = 0; n < 200; n++) {
            assertEquals(n == 37 ? 1.0 : 0.0, y[n], 1e-6, "sample " + n);
        }
    }

    @Test
    void delayRampShiftsFrequencyByOneMinusRate() {
        // D[n] = D0 + r n  =>  y[n] = x(n (1 - r) - D0): a tone f0 comes out at f0 (1 - r).
        double f0 = 1000;
        double rate = 0.05;
        int len = 48000;
        FractionalDelay line = new FractionalDelay(4000);
        float[] y = new float[len];
        for (int n = 0; n < len; n++) {
            y[n] = line.process((float) Math.sin(2 * Math.PI * f0 * n / FS), 50 + rate * n);
        }
        double f = Signals.zeroCrossingFrequencyHz(y, 1000, len, FS);
        assertEquals(f0 * (1 - rate), f, 0.05);
    }

    @ParameterizedTest(name = "radial speed {0} m/s")
    @ValueSource(doubles = {20, -20, 60})
    void movingSourceWithRetardedDelayGivesClassicalDoppler(double v) {
        // Source moving away (v > 0) or towards (v < 0), listener at rest: f = f0 c / (c + v)
        // (not f0 (1 - v/c), which a delay taken at reception time would give).
        double f0 = 1000;
        DistanceModel model = DistanceModel.DEFAULT;
        Trajectory t = Trajectory.linear(Direction.FRONT, 45, Direction.FRONT, 45 + 2 * v, 2);
        int len = (int) (1.5 * FS);
        FractionalDelay line = new FractionalDelay(48000);
        float[] y = new float[len];
        for (int n = 0; n < len; n++) {
            double delay = model.retardedDelayS(t, n / FS) * FS;
            y[n] = line.process((float) Math.sin(2 * Math.PI * f0 * n / FS), delay);
        }
        double f = Signals.zeroCrossingFrequencyHz(y, 12000, len, FS); // after the first arrival (45 m)
        double expected = f0 * 343 / (343 + v);
        assertEquals(expected, f, 1e-4 * f0, "f0 (1 - v/c) would be " + f0 * (1 - v / 343));
    }

    @Test
    void delaysBelowTheKernelHalfLengthAreClamped() {
        FractionalDelay line = new FractionalDelay(100);
        float[] y = new float[40];
        for (int n = 0; n < 40; n++) {
            y[n] = line.process(n == 0 ? 1f : 0f, 3);
        }
        assertEquals(1.0, y[line.minDelaySamples()], 1e-6);
    }
}
