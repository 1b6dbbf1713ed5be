package dev.earshot.spatial.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.spatial.geom.Direction;
import org.junit.jupiter.api.Test;

class RenderOptionsTest {
    private static final int RATE = 48000;

    private static Trajectory turn(double degrees, double seconds) {
        return Trajectory.linear(new Direction(0, 0), 1.0, new Direction(degrees, 0), 1.0, seconds);
    }

    @Test
    void staticSourceGetsTheLongBlockOnlyInPlaceOfTheDefault() {
        Trajectory still = Trajectory.fixed(new Direction(30, 0), 1.0);
        assertEquals(RenderOptions.LONG_BLOCK_SIZE, RenderOptions.defaults(RATE).forTrajectory(still).blockSize());
        assertEquals(256, RenderOptions.defaults(RATE).withBlockSize(256).forTrajectory(still).blockSize());
    }

    @Test
    void slowTurnGetsTheLongBlockAndFastTurnKeepsTheDefault() {
        // a long block is 2048 / 48000 s = 42.7 ms; the update step 0.5 deg: the limit is 11.7 deg/s
        assertEquals(RenderOptions.LONG_BLOCK_SIZE, RenderOptions.defaults(RATE).forTrajectory(turn(180, 600)).blockSize());
        assertEquals(RenderOptions.DEFAULT_BLOCK_SIZE, RenderOptions.defaults(RATE).forTrajectory(turn(90, 5)).blockSize());
    }

    @Test
    void changingDistanceKeepsTheDefaultBlock() {
        Trajectory t = Trajectory.linear(new Direction(0, 0), 1.0, new Direction(0, 0), 3.0, 600);
        assertEquals(RenderOptions.DEFAULT_BLOCK_SIZE, RenderOptions.defaults(RATE).forTrajectory(t).blockSize());
    }

    @Test
    void longBlockKeepsEveryOtherField() {
        RenderOptions o = RenderOptions.defaults(44100).withReverbSeed(7).withDistanceEffects(false, true)
                .withReferenceDistanceM(2.0);
        RenderOptions s = o.forTrajectory(Trajectory.fixed(new Direction(0, 0), 1.0));
        assertEquals(o.withBlockSize(RenderOptions.LONG_BLOCK_SIZE), s);
    }

    @Test
    void blockSizeMustBeEvenAndInRange() {
        RenderOptions o = RenderOptions.defaults(RATE);
        assertEquals(15080, o.withBlockSize(15080).blockSize());
        assertThrows(IllegalArgumentException.class, () -> o.withBlockSize(1001));
        assertThrows(IllegalArgumentException.class, () -> o.withBlockSize(32));
        assertThrows(IllegalArgumentException.class, () -> o.withBlockSize(RenderOptions.MAX_BLOCK_SIZE + 2));
        assertThrows(IllegalArgumentException.class, () -> o.forTrajectory(null));
    }
}
