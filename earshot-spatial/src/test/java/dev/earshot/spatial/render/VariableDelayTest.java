package dev.earshot.spatial.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VariableDelayTest {

    @Test
    void integerDelayIsAnExactCopy() {
        VariableDelay d = new VariableDelay(40);
        float[] x = TestSignals.noise(200, 1);
        for (int n = 0; n < x.length; n++) {
            float y = d.tick(x[n], 37);
            assertEquals(n >= 37 ? x[n - 37] : 0f, y, 0f);
        }
    }

    @Test
    void fractionalDelayIsExactForCubicPolynomials() {
        // Third-order Lagrange interpolation reproduces any cubic exactly: y[n] = p(n - D).
        VariableDelay d = new VariableDelay(20);
        double delay = 5.3;
        for (int n = 0; n < 60; n++) {
            float y = d.tick((float) cubic(n), delay);
            if (n >= 8) {
                assertEquals(cubic(n - delay), y, 1e-3 * Math.abs(cubic(n - delay)) + 1e-3);
            }
        }
    }

    @Test
    void subSampleDelayInterpolatesLinearly() {
        VariableDelay d = new VariableDelay(4);
        d.tick(1f, 0.25);
        assertEquals(0.25f, d.tick(0f, 0.25), 1e-7f);
    }

    private static double cubic(double t) {
        return 0.001 * t * t * t - 0.05 * t * t + 0.7 * t + 2;
    }
}
