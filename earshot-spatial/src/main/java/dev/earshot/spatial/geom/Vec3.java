package dev.earshot.spatial.geom;

/**
 * A point or vector in Earshot's coordinates: right-handed, metres, listener at the origin,
 * <b>x front, y left, z up</b> (AES69/SOFA).
 *
 * @param x metres towards the front
 * @param y metres towards the left
 * @param z metres upwards
 */
public record Vec3(double x, double y, double z) {
    /** The origin. */
    public static final Vec3 ZERO = new Vec3(0, 0, 0);

    /** Validates that every coordinate is finite. */
    public Vec3 {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
            throw new IllegalArgumentException("Vec3 coordinates must be finite, got (" + x + ", " + y + ", " + z + ")");
        }
    }

    /** @param o other vector @return this + o */
    public Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    /** @param o other vector @return this - o */
    public Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    /** @param s factor @return this * s */
    public Vec3 times(double s) {
        return new Vec3(x * s, y * s, z * s);
    }

    /** @param o other vector @return the dot product */
    public double dot(Vec3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    /** @param o other vector @return the cross product this x o */
    public Vec3 cross(Vec3 o) {
        return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    /** @return the Euclidean length */
    public double norm() {
        return Math.sqrt(x * x + y * y + z * z);
    }

    /**
     * @return this vector scaled to unit length
     * @throws IllegalStateException for the zero vector
     */
    public Vec3 normalized() {
        double n = norm();
        if (n == 0) {
            throw new IllegalStateException("cannot normalise the zero vector");
        }
        return times(1 / n);
    }
}
