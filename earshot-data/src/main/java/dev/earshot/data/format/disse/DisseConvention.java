package dev.earshot.data.format.disse;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;

/**
 * The adapter between Earshot and DISSE catalogs. DISSE's room frame (pyroomacoustics) has x front, y
 * RIGHT, z up, and its azimuth {@code atan2(dy, dx)} is positive to the right; the receiver is the room
 * centre. Earshot's room frame has y left. So a DISSE room position is {@code (x, Ly - y, z)} of the
 * Earshot one (a mirror that keeps the room centre) and DISSE azimuth is minus Earshot azimuth;
 * elevation and distance agree.
 */
public final class DisseConvention {
    private DisseConvention() {
    }

    /**
     * @param earshotAzimuthDeg Earshot azimuth (+left)
     * @return DISSE azimuth (+right) in (-180, 180]
     */
    public static double toDisseAzimuthDeg(double earshotAzimuthDeg) {
        return Direction.wrapDeg(-earshotAzimuthDeg);
    }

    /**
     * @param disseAzimuthDeg DISSE azimuth (+right)
     * @return Earshot azimuth (+left) in (-180, 180]
     */
    public static double toEarshotAzimuthDeg(double disseAzimuthDeg) {
        return Direction.wrapDeg(-disseAzimuthDeg);
    }

    /**
     * Mirrors a room position between the two frames (the mapping is its own inverse).
     *
     * @param position    position in one frame, metres
     * @param dimensionsM room dimensions
     * @return the position in the other frame
     */
    public static Vec3 mirrorRoom(Vec3 position, Vec3 dimensionsM) {
        return new Vec3(position.x(), dimensionsM.y() - position.y(), position.z());
    }

    /**
     * DISSE's azimuth of a catalog source: {@code atan2(dy, dx)} from the room centre, DISSE frame.
     *
     * @param disseSource source position, DISSE room frame
     * @param dimensionsM room dimensions
     * @return azimuth in degrees, +right
     */
    public static double catalogAzimuthDeg(Vec3 disseSource, Vec3 dimensionsM) {
        Vec3 d = disseSource.minus(dimensionsM.times(0.5));
        return Math.toDegrees(Math.atan2(d.y(), d.x()));
    }
}
