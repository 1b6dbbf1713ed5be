package dev.earshot.spatial.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import org.junit.jupiter.api.Test;

class SpatialAstConventionTest {
    private static SpatialAstTarget earshot(double x, double y, double z) {
        return SpatialAstConvention.target(Vec3.ZERO, new Vec3(x, y, z));
    }

    @Test
    void frontIsSpatialAstAzimuth90() {
        SpatialAstTarget t = earshot(1, 0, 0);
        assertEquals(90, t.azimuthClass());
        assertEquals(90, t.elevationClass());
        assertEquals(2, t.distanceClass());
    }

    @Test
    void leftRightAndBackAre180Zero270() {
        assertEquals(180, earshot(0, 2, 0).azimuthClass());
        assertEquals(0, earshot(0, -2, 0).azimuthClass());
        assertEquals(270, earshot(-2, 0, 0).azimuthClass());
    }

    @Test
    void straightUpWrapsToElevationIndexZeroAsTheOriginalModulo() {
        assertEquals(0, earshot(0, 0, 3).elevationClass());
        assertEquals(0, earshot(0, 0, -3).elevationClass());
        assertEquals(135, earshot(1, 0, 1).elevationClass());
    }

    @Test
    void distanceUsesPythonRoundHalfEven() {
        assertEquals(0, earshot(0.25, 0, 0).distanceClass()); // round(0.5) = 0
        assertEquals(2, earshot(0.75, 0, 0).distanceClass()); // round(1.5) = 2
        assertEquals(2, earshot(1.25, 0, 0).distanceClass()); // round(2.5) = 2
        assertEquals(20, earshot(10.25, 0, 0).distanceClass()); // round(20.5) = 20
    }

    @Test
    void distanceBeyondTheLastClassIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> earshot(10.3, 0, 0));
        assertTrue(e.getMessage().contains("0..20"), e.getMessage());
    }

    @Test
    void adapterIsARotationAndItsInverseRoundTrips() {
        Vec3 v = new Vec3(0.3, -1.7, 2.2);
        Vec3 back = SpatialAstConvention.fromSpatialAst(SpatialAstConvention.toSpatialAst(v));
        assertEquals(v, back);
        Vec3 ex = SpatialAstConvention.toSpatialAst(new Vec3(1, 0, 0));
        Vec3 ey = SpatialAstConvention.toSpatialAst(new Vec3(0, 1, 0));
        Vec3 ez = SpatialAstConvention.toSpatialAst(new Vec3(0, 0, 1));
        assertEquals(1.0, ex.cross(ey).dot(ez), 0.0); // right-handed to right-handed
    }

    @Test
    void classesDecodeBackToTheEarshotDirectionWithinHalfADegree() {
        for (double az = -179.3; az < 180; az += 23.7) {
            for (double el = -80.1; el < 85; el += 31.3) {
                Direction d = new Direction(az, el);
                SpatialAstTarget t = SpatialAstConvention.target(Vec3.ZERO, d.unitVector().times(2));
                Direction back = SpatialAstConvention.direction(t.azimuthClass(), t.elevationClass());
                assertTrue(d.angleToDeg(back) < 0.71, az + "/" + el + " -> " + back);
            }
        }
    }

    @Test
    void decodedClassesNameEarshotDirections() {
        assertEquals(new Direction(0, 0), SpatialAstConvention.direction(90, 90));
        assertEquals(new Direction(90, 0), SpatialAstConvention.direction(180, 90));
        assertEquals(new Direction(-90, 0), SpatialAstConvention.direction(0, 90));
        assertEquals(new Direction(180, 30), SpatialAstConvention.direction(270, 120));
    }

    @Test
    void reverbJsonPositionsMatchTheNumpyFetchSpatialTargetsFixture() {
        double[][] pos = matrix("targets_positions.npy");
        double[][] cls = matrix("targets_classes.npy");
        for (int i = 0; i < pos.length; i++) {
            String sensor = pos[i][0] + "," + pos[i][1] + "," + pos[i][2];
            String source = pos[i][3] + ", " + pos[i][4] + " ," + pos[i][5];
            SpatialAstTarget t = SpatialAstConvention.targetFromReverbPositions(sensor, source);
            assertEquals((int) cls[i][0], t.distanceClass(), "distance " + i);
            assertEquals((int) cls[i][1], t.azimuthClass(), "azimuth " + i);
            assertEquals((int) cls[i][2], t.elevationClass(), "elevation " + i);
        }
    }

    @Test
    void malformedPositionStringNamesTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpatialAstConvention.targetFromReverbPositions("1,2", "0,0,1"));
        assertTrue(e.getMessage().startsWith("sensor_position"), e.getMessage());
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
                () -> SpatialAstConvention.targetFromReverbPositions("1,2,3", "0,x,1"));
        assertTrue(f.getMessage().startsWith("source_position"), f.getMessage());
    }

    @Test
    void coincidentPositionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SpatialAstConvention.targetFromReverbPositions("1,1,1", "1,1,1"));
    }

    @net.jqwik.api.Property(tries = 300)
    void targetsOfConvertedPositionsEncodeTheEarshotLabelPlusNinetyDegrees(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.DoubleRange(min = -179.4, max = 179.4) double az,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.DoubleRange(min = -80, max = 80) double el,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.DoubleRange(min = 0.3, max = 10) double d) {
        // skip exact .5 ties where rounding noise may flip the class
        if (Math.abs(Math.abs(az % 1) - 0.5) < 1e-6 || Math.abs(Math.abs(el % 1) - 0.5) < 1e-6
                || Math.abs(Math.abs((d * 2) % 1) - 0.5) < 1e-6) {
            return;
        }
        Vec3 listener = new Vec3(2, 1.5, 3);
        SpatialAstTarget t = SpatialAstConvention.target(listener, listener.plus(new Direction(az, el).unitVector().times(d)));
        assertEquals(Math.floorMod(Math.round(az) + 90, 360), t.azimuthClass());
        assertEquals(Math.floorMod(Math.round(el) + 90, 180), t.elevationClass());
        assertEquals(Math.round(d * 2), t.distanceClass());
    }

    @Test
    void positionStringsRoundTripExactly() {
        Vec3 v = new Vec3(0.1 + 0.2, -3.0, 1e-7);
        assertEquals(v, SpatialAstConvention.parse("p", SpatialAstConvention.format(v)));
        assertEquals(new Vec3(1, 2, 3), SpatialAstConvention.parse("p", "1, 2,3"));
    }

    @Test
    void roundingIsHalfToEvenLikePython() {
        assertEquals(2, SpatialAstTarget.distanceClass(1.25));
        assertEquals(4, SpatialAstTarget.distanceClass(1.75));
        assertEquals(358, SpatialAstTarget.azimuthClass(-2.5));
        assertEquals(0, SpatialAstTarget.azimuthClass(0.5));
        assertEquals(0, SpatialAstTarget.elevationClass(90));
    }

    /** Reads a 2-D fixture written by earshot-ml/src/test/python/make_feature_fixtures.py. */
    private static double[][] matrix(String name) {
        try {
            java.nio.file.Path p = java.nio.file.Path.of(SpatialAstConventionTest.class.getResource("/convention/" + name).toURI());
            dev.earshot.audio.npy.NpyArray a = dev.earshot.audio.npy.Npy.read(p).toCOrder();
            int r = a.shape()[0];
            int c = a.shape()[1];
            double[][] m = new double[r][c];
            for (int i = 0; i < r; i++) {
                System.arraycopy(a.data(), i * c, m[i], 0, c);
            }
            return m;
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("fixture " + name, e);
        }
    }
}
