package dev.earshot.ml.train;

import dev.earshot.ml.model.ModelConfig;

/**
 * Target distributions over Spatial-AST's ordered classes (SPEC 1.3): azimuth class i = i degrees (circular, 360
 * classes), elevation class j = j - 90 degrees (180 classes), distance class k = k * 0.5 m (21 classes). With sigma 0
 * the target is one-hot (the original's); otherwise {@code exp(-d^2 / (2 sigma^2))} for the distance d between the
 * classes in the class unit (degrees, or metres for distance; the shorter way round for azimuth), normalised to sum
 * 1. The smooth target tells the model that one class off is better than ten, which a one-hot cross-entropy over
 * ordered classes does not.
 */
final class SoftTargets {
    /** Width of one distance class in metres (SPEC 1.3). */
    static final double DISTANCE_CLASS_M = 0.5;

    private SoftTargets() {
    }

    /**
     * Adds {@code weight} times the azimuth target of class {@code cls} into {@code out[offset .. offset+360)}.
     *
     * @param out      destination
     * @param offset   first index
     * @param cls      true class, 0..359
     * @param sigmaDeg width (0 = one-hot)
     * @param weight   mixing weight
     */
    static void addAzimuth(float[] out, int offset, int cls, double sigmaDeg, double weight) {
        add(out, offset, cls, ModelConfig.AZIMUTH_CLASSES, true, sigmaDeg, weight);
    }

    /**
     * Adds {@code weight} times the elevation target of class {@code cls} into {@code out[offset .. offset+180)}.
     *
     * @param out      destination
     * @param offset   first index
     * @param cls      true class, 0..179
     * @param sigmaDeg width (0 = one-hot)
     * @param weight   mixing weight
     */
    static void addElevation(float[] out, int offset, int cls, double sigmaDeg, double weight) {
        add(out, offset, cls, ModelConfig.ELEVATION_CLASSES, false, sigmaDeg, weight);
    }

    /**
     * Adds {@code weight} times the distance target of class {@code cls} into {@code out[offset .. offset+21)}.
     *
     * @param out    destination
     * @param offset first index
     * @param cls    true class, 0..20 (class k = k * 0.5 m)
     * @param sigmaM width in metres (0 = one-hot)
     * @param weight mixing weight
     */
    static void addDistance(float[] out, int offset, int cls, double sigmaM, double weight) {
        add(out, offset, cls, ModelConfig.DISTANCE_CLASSES, false, sigmaM / DISTANCE_CLASS_M, weight);
    }

    /** sigma is in classes here. */
    private static void add(float[] out, int offset, int cls, int n, boolean circular, double sigma, double weight) {
        if (cls < 0 || cls >= n) {
            throw new IllegalArgumentException("class " + cls + " outside 0.." + (n - 1));
        }
        if (sigma == 0) {
            out[offset + cls] += (float) weight;
            return;
        }
        double[] g = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            int d = Math.abs(k - cls);
            if (circular) {
                d = Math.min(d, n - d);
            }
            g[k] = Math.exp(-0.5 * d * d / (sigma * sigma));
            sum += g[k];
        }
        for (int k = 0; k < n; k++) {
            out[offset + k] += (float) (weight * g[k] / sum);
        }
    }
}
