package dev.earshot.spatial.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.audio.AudioBuffer;
import org.junit.jupiter.api.Test;

class StereoRendererTest {
    private static final int RATE = 48000;
    private final StereoRenderer renderer = new StereoRenderer(TestSignals.dry(RATE));

    private AudioBuffer impulseAt(double azDeg, double elDeg) {
        return renderer.render(TestSignals.impulse(64, RATE), SpatialParams.at(azDeg, elDeg, 1.0));
    }

    @Test
    void plus90IsFullyLeft() {
        AudioBuffer y = impulseAt(90, 0);
        assertEquals(1.0, y.channel(0)[0], 1e-7);
        assertEquals(0.0, energy(y.channel(1)), 1e-20);
    }

    @Test
    void minus90IsFullyRight() {
        AudioBuffer y = impulseAt(-90, 0);
        assertEquals(1.0, y.channel(1)[0], 1e-7);
        assertEquals(0.0, energy(y.channel(0)), 1e-20);
    }

    @Test
    void frontIsEqualPowerCentre() {
        AudioBuffer y = impulseAt(0, 0);
        assertEquals(Math.sqrt(0.5), y.channel(0)[0], 1e-7);
        assertEquals(Math.sqrt(0.5), y.channel(1)[0], 1e-7);
    }

    @Test
    void panGainsFollowTheClosedForm() {
        // az 30: p = (30 + 90) / 180 * pi / 2 = pi / 3; left = sin p, right = cos p. The far ear's
        // fractional-delay filter has unit DC gain, so the sum of its impulse response is the gain.
        AudioBuffer y = impulseAt(30, 0);
        assertEquals(Math.sin(Math.PI / 3), sum(y.channel(0)), 1e-6);
        assertEquals(Math.cos(Math.PI / 3), sum(y.channel(1)), 1e-6);
    }

    @Test
    void leftSourceDelaysTheRightEarByTheWoodworthItd() {
        AudioBuffer y = impulseAt(45, 0);
        double itd = StereoRenderer.HEAD_RADIUS_M / 343.0 * (Math.PI / 4 + Math.sin(Math.PI / 4)) * RATE;
        assertEquals(0.0, centroid(y.channel(0)), 1e-9);
        // Lagrange fractional delay has its centroid exactly at the delay.
        assertEquals(itd, centroid(y.channel(1)), 1e-4);
    }

    @Test
    void rightSourceDelaysTheLeftEar() {
        AudioBuffer y = impulseAt(-60, 0);
        double itd = StereoRenderer.HEAD_RADIUS_M / 343.0 * (Math.PI / 3 + Math.sin(Math.PI / 3)) * RATE;
        assertEquals(0.0, centroid(y.channel(1)), 1e-9);
        assertEquals(itd, centroid(y.channel(0)), 1e-4);
    }

    @Test
    void maximumItdIsAboutTwoThirdsOfAMillisecond() {
        assertEquals(0.656e-3, StereoRenderer.MAX_ITD_S, 0.005e-3);
    }

    @Test
    void backDirectionsFoldOntoTheFront() {
        AudioBuffer back = impulseAt(150, 0);
        AudioBuffer front = impulseAt(30, 0);
        assertArrayEquals(front.channel(0), back.channel(0), 1e-6f);
        assertArrayEquals(front.channel(1), back.channel(1), 1e-6f);
    }

    @Test
    void elevationReducesTheLateralAngle() {
        // az 90, el 60 has lateral angle asin(cos 60) = 30 deg.
        AudioBuffer up = impulseAt(90, 60);
        AudioBuffer side = impulseAt(30, 0);
        assertArrayEquals(side.channel(0), up.channel(0), 1e-6f);
        assertArrayEquals(side.channel(1), up.channel(1), 1e-6f);
    }

    static double energy(float[] x) {
        double e = 0;
        for (float v : x) {
            e += (double) v * v;
        }
        return e;
    }

    static double sum(float[] x) {
        double s = 0;
        for (float v : x) {
            s += v;
        }
        return s;
    }

    static double centroid(float[] x) {
        double s = 0;
        double t = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i];
            t += i * (double) x[i];
        }
        return t / s;
    }
}
