package dev.earshot.spatial.geom;

/**
 * A direction seen from the listener, in Earshot's convention: azimuth in degrees, 0 = front,
 * <b>+90 = left</b>, normalised to (-180, 180]; elevation in degrees, +90 = up, in [-90, 90].
 *
 * <p>Every external convention (Spatial-AST, DISSE, text2hoa, FuMa ...) converts to this one at its
 * edge, in one named adapter.
 *
 * @param azimuthDeg   azimuth in degrees, +left, normalised to (-180, 180]
 * @param elevationDeg elevation in degrees, +up, in [-90, 90]
 */
public record Direction(double azimuthDeg, double elevationDeg) {
    /** Straight ahead. */
    public static final Direction FRONT = new Direction(0, 0);

    /**
     * Validates and normalises.
     *
     * @throws IllegalArgumentException if a value is NaN or infinite, or elevation is outside [-90, 90]
     */
    public Direction {
        if (!Double.isFinite(azimuthDeg)) {
            throw new IllegalArgumentException("azimuthDeg must be finite, got " + azimuthDeg);
        }
        if (!Double.isFinite(elevationDeg) || elevationDeg < -90 - 1e-9 || elevationDeg > 90 + 1e-9) {
            throw new IllegalArgumentException("elevationDeg must be in [-90, 90], got " + elevationDeg);
        }
        azimuthDeg = wrapDeg(azimuthDeg);
        elevationDeg = Math.max(-90, Math.min(90, elevationDeg));
    }

    /**
     * Wraps an angle to (-180, 180].
     *
     * @param deg any finite angle in degrees
     * @return the equivalent angle in (-180, 180]
     */
    public static double wrapDeg(double deg) {
        double a = deg % 360.0;
        if (a <= -180) {
            a += 360;
        } else if (a > 180) {
            a -= 360;
        }
        return a == -0.0 ? 0.0 : a;
    }

    /**
     * The direction of a vector.
     *
     * @param v a non-zero vector in Earshot coordinates
     * @return its direction (azimuth 0 at the poles)
     */
    public static Direction of(Vec3 v) {
        double r = v.norm();
        if (r == 0) {
            throw new IllegalArgumentException("the zero vector has no direction");
        }
        double el = Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, v.z() / r))));
        double horiz = Math.hypot(v.x(), v.y());
        double az = horiz < 1e-12 * r ? 0 : Math.toDegrees(Math.atan2(v.y(), v.x()));
        return new Direction(az, el);
    }

    /** @return the unit vector pointing this way (x front, y left, z up) */
    public Vec3 unitVector() {
        double az = Math.toRadians(azimuthDeg);
        double el = Math.toRadians(elevationDeg);
        double c = Math.cos(el);
        return new Vec3(c * Math.cos(az), c * Math.sin(az), Math.sin(el));
    }

    /**
     * Great-circle angle to another direction.
     *
     * @param other the other direction
     * @return the angle between the two, in degrees [0, 180]
     */
    public double angleToDeg(Direction other) {
        // atan2 of |u x v| and u.v stays accurate for tiny and near-180 degree angles, unlike acos.
        Vec3 u = unitVector();
        Vec3 v = other.unitVector();
        return Math.toDegrees(Math.atan2(u.cross(v).norm(), u.dot(v)));
    }
}
