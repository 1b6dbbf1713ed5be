package dev.earshot.ml.metrics;

import dev.earshot.spatial.convention.SpatialAstTarget;

/**
 * The spatial metrics of Spatial-AST's {@code engine_finetune.py: evaluate} and DSpAST's table (SPEC 1.6,
 * 2.3), computed from predicted (argmax) and target class indices.
 *
 * <ul>
 *   <li>DOA error per clip: azimuth index above 180 minus 360, elevation = index - 90, great-circle angle
 *       {@code acos(clip(sin e1 sin e2 + cos e1 cos e2 cos|a1 - a2|, -1, 1))} in degrees;</li>
 *   <li>MAE = mean DOA error (degrees); ER20 = percentage of clips with error strictly above 20 degrees;</li>
 *   <li>distance accuracy = percentage of clips with {@code |pred - target| <= 1} distance class (within
 *       0.5 m); DER = 100 - distance accuracy.</li>
 * </ul>
 *
 * @param clips                number of clips
 * @param maeDeg               mean great-circle error in degrees
 * @param er20Pct              percentage of clips with error above 20 degrees
 * @param distanceAccuracyPct  percentage of clips within one distance class
 * @param derPct               distance error rate, {@code 100 - distanceAccuracyPct}
 */
public record SpatialMetrics(int clips, double maeDeg, double er20Pct, double distanceAccuracyPct, double derPct) {
    /** The ER20 threshold in degrees. */
    public static final double ER_THRESHOLD_DEG = 20;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if {@code clips < 1}
     */
    public SpatialMetrics {
        if (clips < 1) {
            throw new IllegalArgumentException("clips must be at least 1, got " + clips);
        }
    }

    /**
     * Computes the metrics.
     *
     * @param predicted predicted classes per clip
     * @param target    target classes per clip, same length
     * @return the metrics
     * @throws IllegalArgumentException if the arrays are empty or differ in length
     */
    public static SpatialMetrics compute(SpatialAstTarget[] predicted, SpatialAstTarget[] target) {
        if (predicted == null || target == null || predicted.length != target.length || predicted.length == 0) {
            throw new IllegalArgumentException("expected the same non-zero number of predictions and targets");
        }
        int n = predicted.length;
        double sum = 0;
        int above = 0;
        int close = 0;
        for (int i = 0; i < n; i++) {
            double e = doaErrorDeg(predicted[i].azimuthClass(), predicted[i].elevationClass(),
                    target[i].azimuthClass(), target[i].elevationClass());
            sum += e;
            if (e > ER_THRESHOLD_DEG) {
                above++;
            }
            if (Math.abs(predicted[i].distanceClass() - target[i].distanceClass()) <= 1) {
                close++;
            }
        }
        double acc = 100.0 * close / n;
        return new SpatialMetrics(n, sum / n, 100.0 * above / n, acc, 100.0 - acc);
    }

    /**
     * Great-circle angle between two (azimuth class, elevation class) pairs, as
     * {@code distance_between_spherical_coordinates_rad}.
     *
     * @param azimuthClass1   0 .. 359
     * @param elevationClass1 0 .. 179
     * @param azimuthClass2   0 .. 359
     * @param elevationClass2 0 .. 179
     * @return the angle in degrees, [0, 180]
     * @throws IllegalArgumentException if a class is out of range
     */
    public static double doaErrorDeg(int azimuthClass1, int elevationClass1, int azimuthClass2, int elevationClass2) {
        double a1 = SpatialAstTarget.azimuthDegOfClass(azimuthClass1) * Math.PI / 180.;
        double a2 = SpatialAstTarget.azimuthDegOfClass(azimuthClass2) * Math.PI / 180.;
        double e1 = SpatialAstTarget.elevationDegOfClass(elevationClass1) * Math.PI / 180.;
        double e2 = SpatialAstTarget.elevationDegOfClass(elevationClass2) * Math.PI / 180.;
        double d = Math.sin(e1) * Math.sin(e2) + Math.cos(e1) * Math.cos(e2) * Math.cos(Math.abs(a1 - a2));
        d = Math.max(-1, Math.min(1, d));
        return Math.acos(d) * 180 / Math.PI;
    }
}
