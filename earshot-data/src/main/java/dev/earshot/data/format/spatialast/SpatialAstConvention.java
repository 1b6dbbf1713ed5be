package dev.earshot.data.format.spatialast;

import dev.earshot.spatial.geom.Vec3;

/**
 * The adapter between Earshot coordinates (x front, y left, z up; azimuth +left) and Spatial-AST's reverb
 * metadata (y up; {@code d = source - sensor}; azimuth {@code = atan2(-dz, dx)}, elevation
 * {@code = atan(dy / sqrt(dx^2 + dz^2))}; SPEC.md 1.3).
 *
 * <p>Earshot {@code (x, y, z)} maps to Spatial-AST {@code (x, z, -y)} (a proper rotation): Earshot's front
 * is Spatial-AST's +x (azimuth 0), Earshot's left is Spatial-AST's -z (azimuth +90) and up is +y. So
 * Spatial-AST's azimuth equals Earshot's, and the class targets of a written item encode the Earshot label.
 * Rounding is Python's {@code round}: half to even ({@link Math#rint}).
 */
public final class SpatialAstConvention {
    private SpatialAstConvention() {
    }

    /**
     * @param earshot a position or vector in Earshot axes
     * @return the same in Spatial-AST axes {@code (x, z, -y)}
     */
    public static Vec3 toSpatialAst(Vec3 earshot) {
        return new Vec3(earshot.x(), earshot.z(), -earshot.y());
    }

    /**
     * @param spatialAst a position or vector in Spatial-AST axes
     * @return the same in Earshot axes
     */
    public static Vec3 fromSpatialAst(Vec3 spatialAst) {
        return new Vec3(spatialAst.x(), -spatialAst.z(), spatialAst.y());
    }

    /**
     * Spatial-AST's {@code fetch_spatial_targets} on sensor and source positions in its own axes.
     *
     * @param sensor sensor position (Spatial-AST axes)
     * @param source source position (Spatial-AST axes)
     * @return the class targets
     */
    public static SpatialAstTargets targets(Vec3 sensor, Vec3 source) {
        double dx = source.x() - sensor.x();
        double dy = source.y() - sensor.y();
        double dz = source.z() - sensor.z();
        double distance = Math.sqrt(dx * dx + dy * dy + dz * dz);
        double az = Math.toDegrees(Math.atan2(-dz, dx));
        double el = Math.toDegrees(Math.atan(dy / Math.sqrt(dx * dx + dz * dz)));
        return new SpatialAstTargets(distanceClass(distance), azimuthClass(az), elevationClass(el));
    }

    /**
     * @param distanceM distance in metres
     * @return {@code round(distanceM * 2)}, half to even
     */
    public static int distanceClass(double distanceM) {
        return (int) Math.rint(distanceM * 2);
    }

    /**
     * @param azimuthDeg azimuth in degrees (Earshot and Spatial-AST agree)
     * @return {@code (round(az) + 360) % 360}, half to even
     */
    public static int azimuthClass(double azimuthDeg) {
        return Math.floorMod((int) Math.rint(azimuthDeg) + 360, 360);
    }

    /**
     * @param elevationDeg elevation in degrees
     * @return {@code (round(el) + 90) % 180}, half to even
     */
    public static int elevationClass(double elevationDeg) {
        return Math.floorMod((int) Math.rint(elevationDeg) + 90, 180);
    }

    /**
     * Formats a position as Spatial-AST's {@code "x,y,z"} string (shortest round-trip decimals).
     *
     * @param v position in Spatial-AST axes
     * @return the string
     */
    public static String format(Vec3 v) {
        return v.x() + "," + v.y() + "," + v.z();
    }

    /**
     * Parses {@code "x,y,z"}.
     *
     * @param s the string
     * @return the position
     * @throws IllegalArgumentException if it is not three comma-separated numbers
     */
    public static Vec3 parse(String s) {
        String[] p = s.split(",");
        if (p.length != 3) {
            throw new IllegalArgumentException("expected \"x,y,z\", got \"" + s + "\"");
        }
        try {
            return new Vec3(Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim()),
                    Double.parseDouble(p[2].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected \"x,y,z\" numbers, got \"" + s + "\"", e);
        }
    }
}
