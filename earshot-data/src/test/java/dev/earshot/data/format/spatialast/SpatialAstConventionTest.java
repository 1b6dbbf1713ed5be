package dev.earshot.data.format.spatialast;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SpatialAstConventionTest {
    private static SpatialAstTargets targetsOf(Vec3 earshotOffset) {
        Vec3 sensor = new Vec3(2, 1.5, 3);
        return SpatialAstConvention.targets(sensor,
                sensor.plus(SpatialAstConvention.toSpatialAst(earshotOffset)));
    }

    @Test
    void frontIsAzimuthClassZero() {
        assertEquals(new SpatialAstTargets(4, 0, 90), targetsOf(new Vec3(2, 0, 0)));
    }

    @Test
    void leftIsAzimuthClassNinety() {
        assertEquals(90, targetsOf(new Vec3(0, 1, 0)).azimuthClass());
    }

    @Test
    void rightIsAzimuthClass270() {
        assertEquals(270, targetsOf(new Vec3(0, -1, 0)).azimuthClass());
    }

    @Test
    void upWrapsToElevationClassZero() {
        assertEquals(0, targetsOf(new Vec3(0, 0, 1)).elevationClass());
        assertEquals(135, targetsOf(new Vec3(1, 0, 1)).elevationClass());
    }

    @Test
    void distanceRoundsHalfToEvenLikePython() {
        assertEquals(2, SpatialAstConvention.distanceClass(1.25));
        assertEquals(4, SpatialAstConvention.distanceClass(1.75));
        assertEquals(20, SpatialAstConvention.distanceClass(10.0));
        assertEquals(0, SpatialAstConvention.distanceClass(0.25));
    }

    @Test
    void azimuthRoundsHalfToEven() {
        assertEquals(358, SpatialAstConvention.azimuthClass(-2.5));
        assertEquals(180, SpatialAstConvention.azimuthClass(180));
        assertEquals(0, SpatialAstConvention.azimuthClass(0.5));
    }

    @Property(tries = 300)
    void targetsOfWrittenPositionsEncodeTheEarshotLabel(@ForAll @DoubleRange(min = -179.4, max = 179.4) double az,
                                                        @ForAll @DoubleRange(min = -80, max = 80) double el,
                                                        @ForAll @DoubleRange(min = 0.3, max = 10) double d) {
        Direction dir = new Direction(az, el);
        SpatialAstTargets t = targetsOf(dir.unitVector().times(d));
        // skip exact .5 ties where 1e-12 of rounding noise may flip the class
        if (Math.abs(Math.abs(az % 1) - 0.5) < 1e-9 || Math.abs(Math.abs(el % 1) - 0.5) < 1e-9
                || Math.abs(Math.abs((d * 2) % 1) - 0.5) < 1e-9) {
            return;
        }
        assertEquals(SpatialAstConvention.azimuthClass(az), t.azimuthClass());
        assertEquals(SpatialAstConvention.elevationClass(el), t.elevationClass());
        assertEquals(SpatialAstConvention.distanceClass(d), t.distanceClass());
    }

    @Test
    void axesRoundTrip() {
        Vec3 v = new Vec3(1.5, -2.25, 0.75);
        assertEquals(v, SpatialAstConvention.fromSpatialAst(SpatialAstConvention.toSpatialAst(v)));
        assertEquals(new Vec3(1.5, 0.75, 2.25), SpatialAstConvention.toSpatialAst(v));
    }

    @Test
    void positionStringsRoundTripExactly() {
        Vec3 v = new Vec3(0.1 + 0.2, -3.0, 1e-7);
        assertEquals(v, SpatialAstConvention.parse(SpatialAstConvention.format(v)));
        assertEquals(new Vec3(1, 2, 3), SpatialAstConvention.parse("1, 2,3"));
    }

    @Test
    void malformedPositionIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> SpatialAstConvention.parse("1,2"));
    }
}
