package dev.earshot.spatial.render.effects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.spatial.geom.Direction;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class SpreadModelTest {
    private final SpreadModel model = SpreadModel.DEFAULT;

    @Test
    void zeroSpreadIsOneUnfilteredPointSourceWithUnitWeight() {
        assertEquals(List.of(new VirtualSource(0, 1, 0)), model.virtualSources(0));
        assertArrayEquals(new float[] {1f}, SpreadModel.decorrelator(0, 512, 1));
    }

    @Property
    void weightsSquaredSumToOne(@ForAll @DoubleRange(min = 0, max = 180) double spread) {
        double sum = 0;
        for (VirtualSource v : model.virtualSources(spread)) {
            sum += v.weight() * v.weight();
        }
        assertEquals(1.0, sum, 1e-12);
    }

    @Property
    void offsetsAreSymmetricAndWithinHalfTheSpread(@ForAll @DoubleRange(min = 0.01, max = 180) double spread) {
        List<VirtualSource> vs = model.virtualSources(spread);
        int n = vs.size();
        assertTrue(n % 2 == 1 && n >= 3);
        for (int i = 0; i < n; i++) {
            assertTrue(Math.abs(vs.get(i).offsetDeg()) <= spread / 2 + 1e-9);
            assertEquals(-vs.get(i).offsetDeg(), vs.get(n - 1 - i).offsetDeg(), 1e-12);
        }
        assertEquals(spread / 2, vs.get(n - 1).offsetDeg(), 1e-9, "outermost sources at the edges");
        for (int i = 1; i < n; i++) {
            assertTrue(vs.get(i).offsetDeg() - vs.get(i - 1).offsetDeg() <= model.maxSpacingDeg() + 1e-9);
        }
    }

    @Property
    void virtualDirectionsLieAtTheirOffsetFromTheCentre(
            @ForAll @DoubleRange(min = -180, max = 180) double az,
            @ForAll @DoubleRange(min = -89, max = 89) double el,
            @ForAll @DoubleRange(min = 0, max = 180) double spread) {
        Direction centre = new Direction(az, el);
        for (VirtualSource v : model.virtualSources(spread)) {
            Direction d = SpreadModel.directionOf(centre, v.offsetDeg());
            assertEquals(Math.abs(v.offsetDeg()), centre.angleToDeg(d), 1e-5); // acos near 1 limits precision
        }
    }

    @Test
    void tinySpreadIsContinuousWithThePointSource() {
        List<VirtualSource> vs = model.virtualSources(1e-6);
        assertEquals(1.0, vs.get(vs.size() / 2).weight(), 1e-7);
        assertEquals(0, vs.get(vs.size() / 2).offsetDeg());
    }

    @Test
    void wideSpreadWeightsAreEqual() {
        List<VirtualSource> vs = model.virtualSources(90); // 7 sources 15 deg apart
        assertEquals(7, vs.size());
        for (VirtualSource v : vs) {
            assertEquals(Math.sqrt(1.0 / 7), v.weight(), 1e-12);
        }
    }

    @Test
    void horizontalSpreadAtFrontMovesAlongAzimuth() {
        Direction left = SpreadModel.directionOf(Direction.FRONT, 30);
        assertEquals(30, left.azimuthDeg(), 1e-9);
        assertEquals(0, left.elevationDeg(), 1e-9);
        assertEquals(-30, SpreadModel.directionOf(Direction.FRONT, -30).azimuthDeg(), 1e-9);
    }

    @Test
    void decorrelatorHasUnitMagnitudeInEveryDftBinAndUnitEnergy() {
        float[] h = SpreadModel.decorrelator(3, 256, 99);
        assertEquals(1.0, Signals.energy(h), 1e-5);
        for (int k = 0; k <= 128; k += 7) {
            assertEquals(0.0, Signals.magnitudeDb(h, k * 48000.0 / 256, 48000), 1e-3, "bin " + k);
        }
    }

    @Test
    void decorrelatorsAreMutuallyUncorrelated() {
        float[] a = SpreadModel.decorrelator(1, 1024, 5);
        float[] b = SpreadModel.decorrelator(2, 1024, 5);
        assertTrue(DecayAnalysis.interauralCrossCorrelation(a, b, 32) < 0.2);
    }

    @Test
    void decorrelatorIsDeterministicPerSeed() {
        assertArrayEquals(SpreadModel.decorrelator(4, 512, 7), SpreadModel.decorrelator(4, 512, 7));
    }

    @Test
    void rejectsSpreadAbove180() {
        assertThrows(IllegalArgumentException.class, () -> model.virtualSources(181));
    }
}
