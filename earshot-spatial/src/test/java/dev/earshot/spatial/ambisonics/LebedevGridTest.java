package dev.earshot.spatial.ambisonics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.spatial.geom.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

class LebedevGridTest {

    @Test
    void hasTwentySixDistinctDirectionsWithWeightsSummingToOne() {
        List<Direction> d = LebedevGrid.directions();
        assertEquals(26, d.size());
        assertEquals(26, d.stream().distinct().count());
        double sum = 0;
        for (double w : LebedevGrid.weights()) {
            sum += w;
        }
        assertEquals(1.0, sum, 1e-15);
    }

    @Test
    void integratesProductsOfThirdOrderHarmonicsExactly() {
        List<Direction> d = LebedevGrid.directions();
        double[] w = LebedevGrid.weights();
        double[][] gram = new double[16][16];
        for (int s = 0; s < d.size(); s++) {
            double[] y = SphericalHarmonicsTest.closedFormSn3d(Math.toRadians(d.get(s).azimuthDeg()),
                    Math.toRadians(d.get(s).elevationDeg()));
            for (int i = 0; i < 16; i++) {
                for (int j = 0; j < 16; j++) {
                    gram[i][j] += w[s] * y[i] * y[j];
                }
            }
        }
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                double expected = i == j ? 1.0 / (2 * AmbisonicOrder.degreeOf(i) + 1) : 0;
                assertEquals(expected, gram[i][j], 1e-14, "[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void integratesTheSeventhDegreeMonomialsExactly() {
        // (1/4pi) integral of x^2 y^2 z^2 = 1/105 and of x^4 y^2 = 1/35 (standard sphere moments).
        double a = 0, b = 0;
        List<Direction> d = LebedevGrid.directions();
        double[] w = LebedevGrid.weights();
        for (int s = 0; s < d.size(); s++) {
            var u = d.get(s).unitVector();
            a += w[s] * u.x() * u.x() * u.y() * u.y() * u.z() * u.z();
            b += w[s] * Math.pow(u.x(), 4) * u.y() * u.y();
        }
        assertEquals(1.0 / 105, a, 1e-15);
        assertEquals(1.0 / 35, b, 1e-15);
    }
}
