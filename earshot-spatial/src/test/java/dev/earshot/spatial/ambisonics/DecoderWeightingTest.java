package dev.earshot.spatial.ambisonics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DecoderWeightingTest {

    static double legendre(int l, double x) {
        return switch (l) {
            case 0 -> 1;
            case 1 -> x;
            case 2 -> (3 * x * x - 1) / 2;
            case 3 -> (5 * x * x * x - 3 * x) / 2;
            case 4 -> (35 * Math.pow(x, 4) - 30 * x * x + 3) / 8;
            default -> throw new IllegalArgumentException();
        };
    }

    @Test
    void basicWeightsAreAllOne() {
        assertArrayEquals(new double[] {1, 1, 1, 1}, DecoderWeighting.BASIC.weights(AmbisonicOrder.THIRD), 0);
    }

    @Test
    void maxReFirstOrderWeightIsTheLargestRootOfTheNextLegendrePolynomial() {
        for (int n = 1; n <= 3; n++) {
            double[] g = DecoderWeighting.MAX_RE.weights(new AmbisonicOrder(n));
            assertEquals(n + 1, g.length);
            assertEquals(0, legendre(n + 1, g[1]), 1e-14, "P_" + (n + 1) + "(r_E)");
            // Largest root: P_(N+1) keeps its sign above it (it is positive at 1).
            assertEquals(1.0, Math.signum(legendre(n + 1, (g[1] + 1) / 2)));
            // Textbook approximation cos(137.9 deg / (N + 1.51)), Zotter and Frank 2019, agrees within 0.005.
            assertEquals(Math.cos(Math.toRadians(137.9 / (n + 1.51))), g[1], 0.005);
            for (int l = 0; l <= n; l++) {
                assertEquals(legendre(l, g[1]), g[l], 1e-14);
            }
        }
    }

    @Test
    void thirdOrderMaxReMatchesPublishedWeights() {
        // Zotter and Frank, "Ambisonics" (2019), table of max-rE weights for N = 3: 1, 0.861, 0.612, 0.305.
        assertArrayEquals(new double[] {1, 0.861, 0.612, 0.305}, DecoderWeighting.MAX_RE.weights(AmbisonicOrder.THIRD),
                0.001);
    }
}
