package dev.earshot.spatial.room;

import dev.earshot.spatial.geom.Vec3;

/**
 * Real spherical harmonics up to order 3 in ACN order with SN3D normalisation (AmbiX), in closed form
 * from the unit vector {@code (x, y, z)} (x front, y left, z up). Private to the room package until the
 * ambisonics module's {@code SphericalHarmonics} is merged.
 */
final class RealSphericalHarmonics {
    private static final double S3 = Math.sqrt(3);
    private static final double S15 = Math.sqrt(15);
    private static final double S58 = Math.sqrt(5.0 / 8);
    private static final double S38 = Math.sqrt(3.0 / 8);

    private RealSphericalHarmonics() {
    }

    /**
     * @param order ambisonic order 0..3
     * @param u     unit direction vector
     * @return the {@code (order+1)^2} SH values in ACN order, SN3D
     */
    static double[] evaluate(int order, Vec3 u) {
        if (order < 0 || order > 3) {
            throw new IllegalArgumentException("order must be in 0..3, got " + order);
        }
        double x = u.x();
        double y = u.y();
        double z = u.z();
        double[] all = {
            1,
            y, z, x,
            S3 * x * y, S3 * y * z, 0.5 * (3 * z * z - 1), S3 * x * z, 0.5 * S3 * (x * x - y * y),
            S58 * y * (3 * x * x - y * y), S15 * x * y * z, S38 * y * (5 * z * z - 1), 0.5 * z * (5 * z * z - 3),
            S38 * x * (5 * z * z - 1), 0.5 * S15 * z * (x * x - y * y), S58 * x * (x * x - 3 * y * y)
        };
        int n = (order + 1) * (order + 1);
        double[] out = new double[n];
        System.arraycopy(all, 0, out, 0, n);
        return out;
    }

    /**
     * @param acn ACN channel index
     * @return its order {@code floor(sqrt(acn))}
     */
    static int orderOf(int acn) {
        return (int) Math.floor(Math.sqrt(acn) + 1e-9);
    }
}
