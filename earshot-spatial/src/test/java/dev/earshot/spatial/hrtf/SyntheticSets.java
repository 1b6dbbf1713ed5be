package dev.earshot.spatial.hrtf;

import dev.earshot.spatial.geom.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Synthetic HRTF sets whose responses are one known pulse at known, direction-dependent delays. */
final class SyntheticSets {
    static final int RATE = 48000;
    static final int TAPS = 96;

    private SyntheticSets() {
    }

    /**
     * A band-limited pulse (Hann-windowed sinc, cut-off 0.9 x Nyquist, 33 taps wide) centred at a
     * fractional position: an ideal fractional delay of one shape, so all responses differ only by delay.
     */
    static float[] pulse(double centre, int taps) {
        float[] h = new float[taps];
        double half = 16;
        for (int n = 0; n < taps; n++) {
            double t = n - centre;
            if (Math.abs(t) >= half) {
                continue;
            }
            double x = 0.9 * t;
            double sinc = x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
            double w = 0.5 + 0.5 * Math.cos(Math.PI * t / half);
            h[n] = (float) (0.9 * sinc * w);
        }
        return h;
    }

    /** Left-ear delay in samples for a direction: 40 + 12 sin(az) cos(el) (an ITD-like law). */
    static double leftDelay(Direction d) {
        return 40 + 12 * Math.sin(Math.toRadians(d.azimuthDeg())) * Math.cos(Math.toRadians(d.elevationDeg()));
    }

    /** Right-ear delay: 40 - 12 sin(az) cos(el). */
    static double rightDelay(Direction d) {
        return 40 - 12 * Math.sin(Math.toRadians(d.azimuthDeg())) * Math.cos(Math.toRadians(d.elevationDeg()));
    }

    /** Directions every 45 deg of azimuth at elevations -60..60 step 30, plus both poles. */
    static HrtfSet delayedPulses() {
        List<Direction> dirs = new ArrayList<>();
        for (int el = -60; el <= 60; el += 30) {
            for (int az = -135; az <= 180; az += 45) {
                dirs.add(new Direction(az, el));
            }
        }
        dirs.add(new Direction(0, 90));
        dirs.add(new Direction(0, -90));
        int m = dirs.size();
        float[][] l = new float[m][];
        float[][] r = new float[m][];
        double[] dist = new double[m];
        for (int i = 0; i < m; i++) {
            l[i] = pulse(leftDelay(dirs.get(i)), TAPS);
            r[i] = pulse(rightDelay(dirs.get(i)), TAPS);
            dist[i] = 1;
        }
        return new HrtfSet("delayed pulses", RATE, dirs, dist, l, r, Map.of());
    }

    /** Magnitude in dB of the DFT of x (zero-padded to nfft) at bin k. */
    static double magnitudeDb(float[] x, int k, int nfft) {
        double re = 0;
        double im = 0;
        for (int t = 0; t < x.length; t++) {
            double ph = -2 * Math.PI * k * t / nfft;
            re += x[t] * Math.cos(ph);
            im += x[t] * Math.sin(ph);
        }
        return 10 * Math.log10(re * re + im * im + 1e-30);
    }
}
