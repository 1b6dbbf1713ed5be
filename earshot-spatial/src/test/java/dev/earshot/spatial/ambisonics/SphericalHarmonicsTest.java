package dev.earshot.spatial.ambisonics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.spatial.geom.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SphericalHarmonicsTest {

    /**
     * The 16 SN3D real spherical harmonics up to third order in ACN order, written out independently
     * from the AmbiX table (Nachbar, Zotter, Deleflie, Sontacchi, "AmbiX - a suggested ambisonics format",
     * 2011, table 1; same as Zotter and Frank, "Ambisonics", 2019, appendix).
     */
    static double[] closedFormSn3d(double az, double el) {
        double sa = Math.sin(az), ca = Math.cos(az), se = Math.sin(el), ce = Math.cos(el);
        double s3 = Math.sqrt(3) / 2, s15 = Math.sqrt(15) / 2, s58 = Math.sqrt(5.0 / 8), s38 = Math.sqrt(3.0 / 8);
        return new double[] {
            1,                                              // 0 W
            sa * ce,                                        // 1 Y
            se,                                             // 2 Z
            ca * ce,                                        // 3 X
            s3 * Math.sin(2 * az) * ce * ce,                // 4 V
            s3 * sa * Math.sin(2 * el),                     // 5 T
            0.5 * (3 * se * se - 1),                        // 6 R
            s3 * ca * Math.sin(2 * el),                     // 7 S
            s3 * Math.cos(2 * az) * ce * ce,                // 8 U
            s58 * Math.sin(3 * az) * ce * ce * ce,          // 9 Q
            s15 * Math.sin(2 * az) * se * ce * ce,          // 10 O
            s38 * sa * ce * (5 * se * se - 1),              // 11 M
            0.5 * se * (5 * se * se - 3),                   // 12 K
            s38 * ca * ce * (5 * se * se - 1),              // 13 L
            s15 * Math.cos(2 * az) * se * ce * ce,          // 14 N
            s58 * Math.cos(3 * az) * ce * ce * ce,          // 15 P
        };
    }

    static List<Direction> testDirections() {
        List<Direction> dirs = new ArrayList<>(List.of(new Direction(0, 0), new Direction(90, 0),
                new Direction(-90, 0), new Direction(180, 0), new Direction(0, 90), new Direction(0, -90),
                new Direction(45, 35.264), new Direction(-135, -60), new Direction(123.4, 12.3)));
        Random rnd = new Random(20261121);
        for (int i = 0; i < 500; i++) {
            double az = rnd.nextDouble() * 360 - 180;
            double el = Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1));
            dirs.add(new Direction(az, el));
        }
        return dirs;
    }

    @Test
    void sn3dMatchesClosedFormAmbixTableUpToThirdOrder() {
        for (Direction d : testDirections()) {
            double[] expected = closedFormSn3d(Math.toRadians(d.azimuthDeg()), Math.toRadians(d.elevationDeg()));
            double[] actual = SphericalHarmonics.sn3d(3, d);
            assertArrayEquals(expected, actual, 1e-12, () -> "direction " + d);
        }
    }

    @Test
    void sn3dMatchesScipyFixture() throws Exception {
        // Fixture from src/test/python/make_sh_fixture.py (scipy.special.sph_harm_y, converted to real SN3D).
        try (var in = getClass().getResourceAsStream("sh_sn3d_scipy.csv")) {
            List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
            assertEquals(71, lines.size());
            for (String line : lines.subList(1, lines.size())) {
                double[] v = java.util.Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray();
                Direction d = new Direction(v[0], v[1]);
                double[] expected = java.util.Arrays.copyOfRange(v, 2, 18);
                assertArrayEquals(expected, SphericalHarmonics.sn3d(3, d), 1e-12, () -> "direction " + d);
            }
        }
    }

    @Test
    void lowerOrdersArePrefixesOfTheThirdOrderTable() {
        for (Direction d : testDirections().subList(0, 50)) {
            double[] full = closedFormSn3d(Math.toRadians(d.azimuthDeg()), Math.toRadians(d.elevationDeg()));
            for (int order = 0; order <= 2; order++) {
                double[] actual = SphericalHarmonics.sn3d(order, d);
                assertEquals((order + 1) * (order + 1), actual.length);
                for (int n = 0; n < actual.length; n++) {
                    assertEquals(full[n], actual[n], 1e-12, "order " + order + " ACN " + n + " at " + d);
                }
            }
        }
    }

    @Test
    void leftSourceHasPositiveYAndUpSourcePositiveZ() {
        double[] left = SphericalHarmonics.sn3d(1, new Direction(90, 0));
        assertArrayEquals(new double[] {1, 1, 0, 0}, left, 1e-15);
        double[] up = SphericalHarmonics.sn3d(1, new Direction(0, 90));
        assertArrayEquals(new double[] {1, 0, 1, 0}, up, 1e-15);
    }

    @Test
    void n3dIsSn3dTimesSqrtTwoLPlusOne() {
        for (Direction d : testDirections().subList(0, 50)) {
            double[] sn3d = closedFormSn3d(Math.toRadians(d.azimuthDeg()), Math.toRadians(d.elevationDeg()));
            double[] n3d = SphericalHarmonics.n3d(3, d);
            for (int n = 0; n < 16; n++) {
                int l = AmbisonicOrder.degreeOf(n);
                assertEquals(sn3d[n] * Math.sqrt(2 * l + 1), n3d[n], 1e-12);
            }
            assertArrayEquals(n3d, SphericalHarmonics.evaluate(3, d, Normalisation.N3D), 0);
        }
    }

    @Test
    void fastVariantAcceptsUnwrappedRadiansAndWritesOnlyItsChannels() {
        double[] out = new double[20];
        java.util.Arrays.fill(out, 7.0);
        double az = Math.toRadians(400), el = Math.toRadians(-20);
        SphericalHarmonics.sn3d(3, az, el, out);
        double[] expected = closedFormSn3d(az, el);
        for (int n = 0; n < 16; n++) {
            assertEquals(expected[n], out[n], 1e-12);
        }
        assertEquals(7.0, out[16]);
    }

    @Test
    void sn3dIsOrthogonalWithNormFourPiOverTwoLPlusOne() {
        // Integrate over the sphere: azimuth by a uniform rule (exact for trigonometric polynomials of
        // degree < number of points), x = sin(el) by a fine midpoint rule (integrands are polynomials in x).
        int nAz = 32, nX = 4000;
        double[][] gram = new double[16][16];
        double[] y = new double[16];
        for (int ix = 0; ix < nX; ix++) {
            double x = -1 + (ix + 0.5) * 2.0 / nX;
            double el = Math.asin(x);
            for (int ia = 0; ia < nAz; ia++) {
                double az = 2 * Math.PI * ia / nAz;
                SphericalHarmonics.sn3d(3, az, el, y);
                double w = (2.0 / nX) * (2 * Math.PI / nAz);
                for (int i = 0; i < 16; i++) {
                    for (int j = 0; j < 16; j++) {
                        gram[i][j] += w * y[i] * y[j];
                    }
                }
            }
        }
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                int l = AmbisonicOrder.degreeOf(i);
                double expected = i == j ? 4 * Math.PI / (2 * l + 1) : 0;
                assertEquals(expected, gram[i][j], 1e-5, "Gram[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void rejectsOrdersOutsideZeroToThree() {
        assertThrows(IllegalArgumentException.class, () -> SphericalHarmonics.sn3d(4, Direction.FRONT));
        assertThrows(IllegalArgumentException.class, () -> SphericalHarmonics.sn3d(-1, Direction.FRONT));
        assertThrows(IllegalArgumentException.class, () -> SphericalHarmonics.sn3d(2, 0, 0, new double[8]));
    }
}
