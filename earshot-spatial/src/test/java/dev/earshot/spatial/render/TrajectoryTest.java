package dev.earshot.spatial.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.spatial.geom.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

    @Test
    void linearMoveIsHalfwayAlongGreatCircleAtHalfTime() {
        Trajectory t = Trajectory.linear(new Direction(-60, 0), 1, new Direction(60, 0), 3, 2.0);
        Keyframe mid = t.at(1.0);
        assertEquals(0, mid.direction().azimuthDeg(), 1e-9);
        assertEquals(2, mid.distanceM(), 1e-12);
    }

    @Test
    void positionIsHeldBeforeFirstAndAfterLastKeyframe() {
        Trajectory t = Trajectory.linear(new Direction(10, 5), 1, new Direction(50, 5), 1, 1.0);
        assertEquals(10, t.at(0).direction().azimuthDeg(), 1e-9);
        assertEquals(50, t.at(7).direction().azimuthDeg(), 1e-9);
    }

    @Test
    void moveAcrossTheBackTakesTheShortWay() {
        Trajectory t = Trajectory.linear(new Direction(170, 0), 1, new Direction(-170, 0), 1, 1.0);
        assertEquals(180, t.at(0.5).direction().azimuthDeg(), 1e-9);
    }

    @Test
    void antipodalMoveIsWellDefinedAndContinuous() {
        Trajectory t = Trajectory.linear(new Direction(180, 0), 1, new Direction(0, 0), 1, 1.0);
        Direction prev = t.at(0).direction();
        for (int i = 1; i <= 100; i++) {
            Direction d = t.at(i / 100.0).direction();
            assertTrue(prev.angleToDeg(d) < 3.7, "step " + i + " jumps " + prev.angleToDeg(d));
            prev = d;
        }
        assertEquals(0, prev.azimuthDeg(), 1e-9);
    }

    @Test
    void duplicateKeyframeTimesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Trajectory(List.of(
                new Keyframe(1, Direction.FRONT, 1), new Keyframe(1, Direction.FRONT, 2))));
    }

    @Test
    void staticTrajectoryIsReportedStatic() {
        assertTrue(Trajectory.fixed(Direction.FRONT, 2).isStatic());
    }

    @Test
    void angularSpeedIsTheFastestSegmentsGreatCircleAnglePerSecond() {
        Trajectory t = new Trajectory(List.of(
                new Keyframe(0, new Direction(0, 0), 1.0),
                new Keyframe(10, new Direction(30, 0), 1.0),     // 3 deg/s
                new Keyframe(12, new Direction(30, 40), 1.0)));  // 20 deg/s
        assertEquals(20.0, t.maxAngularSpeedDegPerS(), 1e-9);
        assertEquals(0.0, Trajectory.fixed(new Direction(10, 10), 2.0).maxAngularSpeedDegPerS());
        // antipodal: the detour through the side is 180 degrees as well
        assertEquals(1.0, Trajectory.linear(new Direction(90, 0), 1, new Direction(-90, 0), 1, 180)
                .maxAngularSpeedDegPerS(), 1e-9);
    }

    @Test
    void fixedDistanceIsReportedOnlyWhenEveryKeyframeSharesIt() {
        assertTrue(Trajectory.linear(new Direction(0, 0), 2, new Direction(50, 0), 2, 3).isFixedDistance());
        assertFalse(Trajectory.linear(new Direction(0, 0), 2, new Direction(0, 0), 3, 3).isFixedDistance());
    }
}
