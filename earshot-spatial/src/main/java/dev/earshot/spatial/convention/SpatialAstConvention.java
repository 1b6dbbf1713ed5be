package dev.earshot.spatial.convention;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;

/**
 * The one adapter between Earshot's coordinates (x front, y left, z up; azimuth +90 = left) and
 * Spatial-AST's (SoundSpaces 2.0 / Habitat world frame: y up, and per {@code fetch_spatial_targets}
 * "dx = LEFT-RIGHT, dy = UP-DOWN, dz = FRONT-BACK", azimuth = atan2(-dz, dx)).
 *
 * <p>Assumption, documented because the reverb json carries no listener orientation: Spatial-AST's frame is
 * Habitat's default agent frame, +x = right, +y = up, -z = forward. So an Earshot vector {@code (x, y, z)} is
 * {@code (-y, z, -x)} there, Spatial-AST azimuth = Earshot azimuth + 90 degrees (0 = right, 90 = front,
 * 180 = left, 270 = back), and elevations agree. Both frames are right-handed (the map is a rotation).
 *
 * <p>Target encoding follows {@code data/dataset.py: fetch_spatial_targets} exactly, with Python's
 * round-half-even ({@link Math#rint}): distance class {@code round(|d| * 2)}, azimuth class
 * {@code (round(degrees(atan2(-dz, dx))) + 360) % 360}, elevation class
 * {@code (round(degrees(atan(dy / sqrt(dx^2 + dz^2)))) + 90) % 180}.
 */
public final class SpatialAstConvention {
    private SpatialAstConvention() {
    }

    /**
     * Earshot vector to Spatial-AST's frame.
     *
     * @param earshot (x front, y left, z up)
     * @return (x right, y up, z back)
     */
    public static Vec3 toSpatialAst(Vec3 earshot) {
        return new Vec3(-earshot.y(), earshot.z(), -earshot.x());
    }

    /**
     * Spatial-AST vector to Earshot's frame (inverse of {@link #toSpatialAst}).
     *
     * @param spatialAst (x right, y up, z back)
     * @return (x front, y left, z up)
     */
    public static Vec3 fromSpatialAst(Vec3 spatialAst) {
        return new Vec3(-spatialAst.z(), -spatialAst.x(), spatialAst.y());
    }

    /**
     * Targets of a source seen from a listener, both in Earshot coordinates (metres).
     *
     * @param listener listener position (x front, y left, z up)
     * @param source   source position, same frame
     * @return the Spatial-AST classes
     * @throws IllegalArgumentException if the positions coincide or the distance class exceeds 20 (more than
     *                                  10.25 m)
     */
    public static SpatialAstTarget target(Vec3 listener, Vec3 source) {
        return targetInSpatialAstFrame(toSpatialAst(listener), toSpatialAst(source));
    }

    /**
     * Targets from a Spatial-AST reverb json item's {@code sensor_position} and {@code source_position}
     * strings {@code "x,y,z"} (Spatial-AST frame, metres).
     *
     * @param sensorPosition e.g. {@code "1.5,1.2,-0.3"}
     * @param sourcePosition same format
     * @return the Spatial-AST classes
     * @throws IllegalArgumentException if a string is not three comma-separated numbers (the message names the
     *                                  field), or as {@link #targetInSpatialAstFrame}
     */
    public static SpatialAstTarget targetFromReverbPositions(String sensorPosition, String sourcePosition) {
        return targetInSpatialAstFrame(parse("sensor_position", sensorPosition), parse("source_position", sourcePosition));
    }

    /**
     * Targets from positions already in Spatial-AST's frame ({@code fetch_spatial_targets}).
     *
     * @param sensor sensor (listener) position
     * @param source source position
     * @return the Spatial-AST classes
     * @throws IllegalArgumentException if the positions coincide or the distance class exceeds 20
     */
    public static SpatialAstTarget targetInSpatialAstFrame(Vec3 sensor, Vec3 source) {
        double dx = source.x() - sensor.x();
        double dy = source.y() - sensor.y();
        double dz = source.z() - sensor.z();
        double distanceM = Math.sqrt(dx * dx + dy * dy + dz * dz);
        if (distanceM == 0) {
            throw new IllegalArgumentException("source_position coincides with sensor_position: no direction");
        }
        int distance = SpatialAstTarget.distanceClass(distanceM);
        if (distance >= SpatialAstTarget.DISTANCE_CLASSES) {
            throw new IllegalArgumentException("source distance " + distanceM + " m gives distance class " + distance
                    + "; Spatial-AST has classes 0..20 (at most 10.25 m)");
        }
        double az = Math.toDegrees(Math.atan2(-dz, dx));
        int azClass = SpatialAstTarget.azimuthClass(az);
        double el = Math.toDegrees(Math.atan(dy / Math.sqrt(dx * dx + dz * dz)));
        int elClass = SpatialAstTarget.elevationClass(el);
        return new SpatialAstTarget(distance, azClass, elClass);
    }

    /**
     * The Earshot direction of predicted (or target) classes, decoded as Spatial-AST's evaluation does
     * (azimuth index above 180 minus 360, elevation index - 90) and rotated into Earshot's frame.
     *
     * @param azimuthClass   0 .. 359
     * @param elevationClass 0 .. 179
     * @return the direction, azimuth +left in (-180, 180]
     */
    public static Direction direction(int azimuthClass, int elevationClass) {
        return new Direction(SpatialAstTarget.azimuthDegOfClass(azimuthClass) - 90,
                SpatialAstTarget.elevationDegOfClass(elevationClass));
    }

    /**
     * Formats a position as Spatial-AST's {@code "x,y,z"} string (shortest round-trip decimals).
     *
     * @param spatialAst position in Spatial-AST axes, metres
     * @return the string
     */
    public static String format(Vec3 spatialAst) {
        return spatialAst.x() + "," + spatialAst.y() + "," + spatialAst.z();
    }

    /**
     * Parses a reverb json position string {@code "x,y,z"} (Spatial-AST axes, metres).
     *
     * @param field the json field it came from, for the error message (e.g. {@code source_position})
     * @param text  the string
     * @return the position
     * @throws IllegalArgumentException naming the field if it is not three finite comma-separated numbers
     */
    public static Vec3 parse(String field, String text) {
        if (text == null) {
            throw new IllegalArgumentException(field + ": expected \"x,y,z\", got null");
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException(field + ": expected three comma-separated numbers \"x,y,z\", got \""
                    + text + "\"");
        }
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(field + ": component " + i + " of \"" + text + "\" is not a number", e);
            }
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(field + ": component " + i + " of \"" + text + "\" is not finite");
            }
        }
        return new Vec3(v[0], v[1], v[2]);
    }
}
