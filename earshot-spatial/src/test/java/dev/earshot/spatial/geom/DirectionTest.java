package dev.earshot.spatial.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class DirectionTest {

    @Test
    void leftIsPositiveYAndPlusNinetyAzimuth() {
        Vec3 v = new Direction(90, 0).unitVector();
        assertEquals(0, v.x(), 1e-12);
        assertEquals(1, v.y(), 1e-12);
        assertEquals(0, v.z(), 1e-12);
    }

    @Test
    void upIsPositiveZ() {
        assertEquals(1, new Direction(0, 90).unitVector().z(), 1e-12);
    }

    @Test
    void azimuthWrapsIntoHalfOpenRange() {
        assertEquals(180, new Direction(-180, 0).azimuthDeg(), 0);
        assertEquals(-90, new Direction(270, 0).azimuthDeg(), 1e-12);
        assertEquals(10, new Direction(370, 0).azimuthDeg(), 1e-12);
        assertEquals(0.0, new Direction(-360, 0).azimuthDeg(), 0);
    }

    @Test
    void elevationOutOfRangeIsRejectedWithFieldName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Direction(0, 91));
        assertEquals(true, e.getMessage().contains("elevationDeg"));
    }

    @Test
    void nanAzimuthIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Direction(Double.NaN, 0));
    }

    @Test
    void angleBetweenFrontAndLeftIsNinety() {
        assertEquals(90, Direction.FRONT.angleToDeg(new Direction(90, 0)), 1e-9);
    }

    @Property
    void vectorRoundTripPreservesDirection(@ForAll @DoubleRange(min = -179.9, max = 180) double az,
                                           @ForAll @DoubleRange(min = -89, max = 89) double el) {
        Direction d = new Direction(az, el);
        Direction back = Direction.of(d.unitVector().times(3.5));
        assertEquals(0, d.angleToDeg(back), 1e-6);
    }
}
