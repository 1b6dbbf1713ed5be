package dev.earshot.spatial.hrtf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class NearestHrirLookupTest {
    private static final HrtfSet KEMAR = HrtfSets.builtinKemar();
    private static final NearestHrirLookup LOOKUP = new NearestHrirLookup(KEMAR);

    @Test
    void everyMeasuredDirectionReturnsExactlyThatMeasurement() {
        for (int m = 0; m < KEMAR.measurementCount(); m++) {
            Hrir h = LOOKUP.lookup(KEMAR.directions().get(m));
            assertArrayEquals(KEMAR.left()[m], h.left(), "left of measurement " + m);
            assertArrayEquals(KEMAR.right()[m], h.right(), "right of measurement " + m);
            assertEquals(m, LOOKUP.nearestIndex(KEMAR.directions().get(m)));
        }
        assertEquals(44100, LOOKUP.sampleRateHz());
        assertEquals(512, LOOKUP.length());
    }

    @Property(tries = 1000)
    void indexAgreesWithABruteForceScan(@ForAll @DoubleRange(min = -180, max = 180) double az,
                                        @ForAll @DoubleRange(min = -90, max = 90) double el) {
        Direction q = new Direction(az, el);
        Vec3 u = q.unitVector();
        int fast = LOOKUP.nearestIndex(q);
        double bestDot = -2;
        for (Direction d : KEMAR.directions()) {
            bestDot = Math.max(bestDot, u.dot(d.unitVector()));
        }
        assertEquals(bestDot, u.dot(KEMAR.directions().get(fast).unitVector()), 1e-12, "query " + q);
    }

    @Test
    void nearestOfASparseSetIsTheClosestOfItsPoints() {
        // three measurements: front, left, up; a direction at az 30 el 10 is closest to the front
        HrtfSet s = new HrtfSet("three", 48000,
                java.util.List.of(Direction.FRONT, new Direction(90, 0), Direction.of(new Vec3(0, 0, 1))),
                new double[] {1, 1, 1}, new float[][] {{1}, {2}, {3}}, new float[][] {{1}, {2}, {3}},
                java.util.Map.of());
        NearestHrirLookup l = new NearestHrirLookup(s);
        assertEquals(0, l.nearestIndex(new Direction(30, 10)));
        assertEquals(1, l.nearestIndex(new Direction(60, 20)));
        assertEquals(2, l.nearestIndex(new Direction(-170, 60)));
    }
}
