package dev.earshot.spatial.convention;

/**
 * Spatial-AST / DSpAST classification targets (SPEC 1.3): distance in 0.5 m bins (21 classes,
 * 0 .. 10 m), azimuth in 1-degree bins (360 classes, 0 = Spatial-AST's +x, increasing toward -z), elevation
 * in 1-degree bins (180 classes, index = elevation + 90, with +90 degrees wrapping to index 0).
 *
 * @param distanceClass  0 .. 20
 * @param azimuthClass   0 .. 359
 * @param elevationClass 0 .. 179
 */
public record SpatialAstTarget(int distanceClass, int azimuthClass, int elevationClass) {
    /** Number of distance classes. */
    public static final int DISTANCE_CLASSES = 21;
    /** Number of azimuth classes. */
    public static final int AZIMUTH_CLASSES = 360;
    /** Number of elevation classes. */
    public static final int ELEVATION_CLASSES = 180;
    /** Width of a distance class in metres. */
    public static final double DISTANCE_BIN_M = 0.5;

    /**
     * Validates the ranges.
     *
     * @throws IllegalArgumentException if a class index is out of range
     */
    public SpatialAstTarget {
        check("distanceClass", distanceClass, DISTANCE_CLASSES);
        check("azimuthClass", azimuthClass, AZIMUTH_CLASSES);
        check("elevationClass", elevationClass, ELEVATION_CLASSES);
    }

    /**
     * @param distanceM distance in metres
     * @return {@code round(distanceM * 2)} with Python's round half to even (may exceed 20; callers check)
     */
    public static int distanceClass(double distanceM) {
        return (int) Math.rint(distanceM * 2);
    }

    /**
     * @param spatialAstAzimuthDeg azimuth in Spatial-AST's convention (0 = right, 90 = front), degrees
     * @return {@code (round(az) + 360) % 360}, half to even
     */
    public static int azimuthClass(double spatialAstAzimuthDeg) {
        return Math.floorMod((int) Math.rint(spatialAstAzimuthDeg) + 360, 360);
    }

    /**
     * @param elevationDeg elevation in degrees (+up; the same in both conventions)
     * @return {@code (round(el) + 90) % 180}, half to even (+90 wraps to 0)
     */
    public static int elevationClass(double elevationDeg) {
        return Math.floorMod((int) Math.rint(elevationDeg) + 90, 180);
    }

    private static void check(String name, int v, int n) {
        if (v < 0 || v >= n) {
            throw new IllegalArgumentException(name + " must be in [0, " + (n - 1) + "], got " + v);
        }
    }

    /** @return the centre of the distance class in metres ({@code class * 0.5}) */
    public double distanceM() {
        return distanceClass * DISTANCE_BIN_M;
    }

    /**
     * Azimuth of an azimuth class as Spatial-AST's evaluation decodes it: index, minus 360 above 180.
     *
     * @param azimuthClass 0 .. 359
     * @return degrees in (-180, 180] in Spatial-AST's frame
     */
    public static double azimuthDegOfClass(int azimuthClass) {
        check("azimuthClass", azimuthClass, AZIMUTH_CLASSES);
        return azimuthClass > 180 ? azimuthClass - 360 : azimuthClass;
    }

    /**
     * Elevation of an elevation class as Spatial-AST's evaluation decodes it: index - 90.
     *
     * @param elevationClass 0 .. 179
     * @return degrees in [-90, 89]
     */
    public static double elevationDegOfClass(int elevationClass) {
        check("elevationClass", elevationClass, ELEVATION_CLASSES);
        return elevationClass - 90;
    }
}
