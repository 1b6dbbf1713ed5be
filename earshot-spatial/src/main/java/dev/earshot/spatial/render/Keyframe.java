package dev.earshot.spatial.render;

import dev.earshot.spatial.geom.Direction;

/**
 * Where a source is at one moment of a trajectory.
 *
 * @param timeS     time from the start of the clip, seconds, at least 0
 * @param direction direction from the listener (Earshot convention)
 * @param distanceM distance from the listener in metres, in [0.1, 1000]
 */
public record Keyframe(double timeS, Direction direction, double distanceM) {
    /** @throws IllegalArgumentException if a value is out of range */
    public Keyframe {
        if (!Double.isFinite(timeS) || timeS < 0) {
            throw new IllegalArgumentException("timeS must be >= 0, got " + timeS);
        }
        if (direction == null) {
            throw new IllegalArgumentException("direction is required");
        }
        SpatialParams.checkDistance(distanceM);
    }
}
