package dev.earshot.spatial.ambisonics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AmbisonicRotatorTest {
    private static final int RATE = 48000;

    /**
     * The documented rotation written out independently: roll about x (left goes up), then pitch
     * (front goes up), then yaw about z (counter-clockwise from above).
     */
    static Vec3 rotate(Vec3 v, double yawDeg, double pitchDeg, double rollDeg) {
        double r = Math.toRadians(rollDeg), p = Math.toRadians(pitchDeg), y = Math.toRadians(yawDeg);
        // roll: y -> z
        Vec3 a = new Vec3(v.x(), v.y() * Math.cos(r) - v.z() * Math.sin(r), v.y() * Math.sin(r) + v.z() * Math.cos(r));
        // pitch: x -> z
        Vec3 b = new Vec3(a.x() * Math.cos(p) - a.z() * Math.sin(p), a.y(), a.x() * Math.sin(p) + a.z() * Math.cos(p));
        // yaw: x -> y
        return new Vec3(b.x() * Math.cos(y) - b.y() * Math.sin(y), b.x() * Math.sin(y) + b.y() * Math.cos(y), b.z());
    }

    static double[] times(double[][] m, double[] v) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < v.length; j++) {
                out[i] += m[i][j] * v[j];
            }
        }
        return out;
    }

    @Test
    void rotatedPlaneWaveEqualsEncodingAtRotatedDirection() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 30; trial++) {
            double yaw = rnd.nextDouble() * 360 - 180, pitch = rnd.nextDouble() * 180 - 90, roll = rnd.nextDouble() * 360 - 180;
            for (int order = 1; order <= 3; order++) {
                AmbisonicRotator rot = AmbisonicRotator.fromYawPitchRollDeg(new AmbisonicOrder(order), yaw, pitch, roll);
                double[][] t = rot.shMatrix();
                for (Direction d : SphericalHarmonicsTest.testDirections().subList(0, 60)) {
                    Direction rd = Direction.of(rotate(d.unitVector(), yaw, pitch, roll));
                    double[] expected = SphericalHarmonicsTest.closedFormSn3d(Math.toRadians(rd.azimuthDeg()),
                            Math.toRadians(rd.elevationDeg()));
                    double[] actual = times(t, SphericalHarmonics.sn3d(order, d));
                    for (int n = 0; n < actual.length; n++) {
                        assertEquals(expected[n], actual[n], 1e-9, "order " + order + " ACN " + n + " dir " + d
                                + " ypr " + yaw + "," + pitch + "," + roll);
                    }
                }
            }
        }
    }

    @Test
    void elementaryRotationsMoveSourcesAsDocumented() {
        AmbisonicOrder o = AmbisonicOrder.THIRD;
        assertRotatesTo(AmbisonicRotator.fromYawPitchRollDeg(o, 30, 0, 0), new Direction(10, 20), new Direction(40, 20));
        assertRotatesTo(AmbisonicRotator.fromYawPitchRollDeg(o, 0, 25, 0), new Direction(0, 0), new Direction(0, 25));
        assertRotatesTo(AmbisonicRotator.fromYawPitchRollDeg(o, 0, 0, 35), new Direction(90, 0), new Direction(90, 35));
    }

    private static void assertRotatesTo(AmbisonicRotator rot, Direction from, Direction to) {
        double[] actual = times(rot.shMatrix(), SphericalHarmonics.sn3d(3, from));
        assertArrayEquals(SphericalHarmonics.sn3d(3, to), actual, 1e-9);
    }

    @Test
    void rotatingAnEncodedSignalEqualsEncodingAtTheRotatedDirection() {
        float[] x = AmbisonicEncoderTest.noise(2000, 70);
        Direction d = new Direction(-40, 15);
        AmbisonicRotator rot = AmbisonicRotator.fromYawPitchRollDeg(AmbisonicOrder.THIRD, 70, -20, 10);
        AudioBuffer rotated = rot.rotate(AmbisonicEncoder.encode(AudioBuffer.mono(x.clone(), RATE), AmbisonicOrder.THIRD, d));
        Direction rd = Direction.of(rotate(d.unitVector(), 70, -20, 10));
        AudioBuffer expected = AmbisonicEncoder.encode(AudioBuffer.mono(x.clone(), RATE), AmbisonicOrder.THIRD, rd);
        for (int c = 0; c < 16; c++) {
            assertArrayEquals(expected.channel(c), rotated.channel(c), 1e-5f, "ACN " + c);
        }
    }

    @Test
    void firstOrderBlockIsThePermutedRotationMatrix() {
        AmbisonicRotator rot = AmbisonicRotator.fromYawPitchRollDeg(AmbisonicOrder.FIRST, 12, 34, -56);
        double[][] r = rot.rotationMatrix();
        double[][] t = rot.shMatrix();
        int[] axisOfAcn = {-1, 1, 2, 0}; // ACN 1 = Y, 2 = Z, 3 = X
        for (int i = 1; i < 4; i++) {
            for (int j = 1; j < 4; j++) {
                assertEquals(r[axisOfAcn[i]][axisOfAcn[j]], t[i][j], 1e-12);
            }
        }
        assertEquals(1.0, t[0][0], 0);
    }

    @Test
    void coefficientMatricesAreOrthogonalAndBlockDiagonal() {
        AmbisonicRotator rot = AmbisonicRotator.fromYawPitchRollDeg(AmbisonicOrder.THIRD, -123, 45, 67);
        double[][] t = rot.shMatrix();
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                double dot = 0;
                for (int k = 0; k < 16; k++) {
                    dot += t[i][k] * t[j][k];
                }
                assertEquals(i == j ? 1 : 0, dot, 1e-12, "T T^T [" + i + "][" + j + "]");
                if (AmbisonicOrder.degreeOf(i) != AmbisonicOrder.degreeOf(j)) {
                    assertEquals(0, t[i][j], 0);
                }
            }
        }
    }

    @Test
    void n3dRotationMatrixIsOrthogonal() {
        // T_N3D = S T S^-1 with S = diag(sqrt(2l+1)); check T_N3D T_N3D^T = I explicitly.
        double[][] t = AmbisonicRotator.fromYawPitchRollDeg(AmbisonicOrder.THIRD, 33, -71, 150).shMatrix();
        double[][] n3d = new double[16][16];
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                n3d[i][j] = Math.sqrt(2 * AmbisonicOrder.degreeOf(i) + 1) * t[i][j]
                        / Math.sqrt(2 * AmbisonicOrder.degreeOf(j) + 1);
            }
        }
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                double dot = 0;
                for (int k = 0; k < 16; k++) {
                    dot += n3d[i][k] * n3d[j][k];
                }
                assertEquals(i == j ? 1 : 0, dot, 1e-12);
            }
        }
    }

    @Test
    void yawAThenYawBEqualsYawAPlusB() {
        AmbisonicRotator a = AmbisonicRotator.fromYawPitchRollDeg(AmbisonicOrder.THIRD, 37, 0, 0);
        AmbisonicRotator b = AmbisonicRotator.fromYawPitchRollDeg(AmbisonicOrder.THIRD, 101, 0, 0);
        double[][] composed = SmallMatrix.multiply(b.shMatrix(), a.shMatrix());
        double[][] direct = AmbisonicRotator.fromYawPitchRollDeg(AmbisonicOrder.THIRD, 138, 0, 0).shMatrix();
        double[][] viaAndThen = a.andThen(b).shMatrix();
        for (int i = 0; i < 16; i++) {
            assertArrayEquals(direct[i], composed[i], 1e-12);
            assertArrayEquals(direct[i], viaAndThen[i], 1e-12);
        }
    }

    @Test
    void inverseUndoesTheRotation() {
        AmbisonicRotator r = AmbisonicRotator.fromYawPitchRollDeg(AmbisonicOrder.SECOND, 10, 20, 30);
        double[][] product = SmallMatrix.multiply(r.inverse().shMatrix(), r.shMatrix());
        for (int i = 0; i < 9; i++) {
            for (int j = 0; j < 9; j++) {
                assertEquals(i == j ? 1 : 0, product[i][j], 1e-12);
            }
        }
    }

    @Property(tries = 200)
    void rotationPreservesEnergyPerSample(@ForAll @DoubleRange(min = -180, max = 180) double yaw,
                                          @ForAll @DoubleRange(min = -90, max = 90) double pitch,
                                          @ForAll @DoubleRange(min = -180, max = 180) double roll,
                                          @ForAll @IntRange(min = 1, max = 3) int order,
                                          @ForAll long seed) {
        AmbisonicOrder o = new AmbisonicOrder(order);
        float[][] s = new float[o.channels()][];
        for (int c = 0; c < s.length; c++) {
            s[c] = AmbisonicEncoderTest.noise(32, seed + c);
        }
        AudioBuffer out = AmbisonicRotator.fromYawPitchRollDeg(o, yaw, pitch, roll).rotate(new AudioBuffer(s, RATE));
        for (int i = 0; i < 32; i++) {
            double before = 0, after = 0;
            for (int c = 0; c < s.length; c++) {
                before += s[c][i] * s[c][i];
                after += out.channel(c)[i] * out.channel(c)[i];
            }
            assertEquals(before, after, 1e-5 * Math.max(1, before));
        }
    }

    @Test
    void fromMatrixRejectsReflectionsAndNonOrthonormalMatrices() {
        assertThrows(IllegalArgumentException.class, () -> AmbisonicRotator.fromMatrix(AmbisonicOrder.FIRST,
                new double[][] {{1, 0, 0}, {0, -1, 0}, {0, 0, 1}}));
        assertThrows(IllegalArgumentException.class, () -> AmbisonicRotator.fromMatrix(AmbisonicOrder.FIRST,
                new double[][] {{1, 0, 0}, {0, 2, 0}, {0, 0, 1}}));
        assertThrows(IllegalArgumentException.class, () -> AmbisonicRotator.fromYawPitchRollDeg(AmbisonicOrder.FIRST,
                Double.NaN, 0, 0));
    }

    @Test
    void fromMatrixEqualsTheYawPitchRollRotation() {
        AmbisonicRotator a = AmbisonicRotator.fromYawPitchRollDeg(AmbisonicOrder.THIRD, 5, 6, 7);
        AmbisonicRotator b = AmbisonicRotator.fromMatrix(AmbisonicOrder.THIRD, a.rotationMatrix());
        for (int i = 0; i < 16; i++) {
            assertArrayEquals(a.shMatrix()[i], b.shMatrix()[i], 1e-14);
        }
    }

    @Test
    void rejectsBuffersOfTheWrongOrder() {
        AmbisonicRotator r = AmbisonicRotator.fromYawPitchRollDeg(AmbisonicOrder.SECOND, 1, 2, 3);
        assertThrows(IllegalArgumentException.class, () -> r.rotate(AudioBuffer.silence(16, 4, RATE)));
    }
}
