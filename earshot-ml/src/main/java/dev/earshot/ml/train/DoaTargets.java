package dev.earshot.ml.train;

import dev.earshot.ml.model.ModelConfig;

/**
 * Direction target distributions over Spatial-AST's classes (SPEC 1.3): azimuth class i = i degrees (circular, 360
 * classes), elevation class j = j - 90 degrees (180 classes). With {@code sigmaDeg = 0} the target is one-hot (the
 * original's); otherwise {@code exp(-d^2 / (2 sigma^2))} for the class distance d in degrees (the shorter way round
 * for azimuth), normalised to sum 1. The smooth target tells a model trained from scratch that 3 degrees off is
 * better than 90, which a one-hot cross-entropy over 1-degree bins does not.
 */
final class DoaTargets {
    private DoaTargets() {
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

    private static void add(float[] out, int offset, int cls, int n, boolean circular, double sigmaDeg, double weight) {
        if (cls < 0 || cls >= n) {
            throw new IllegalArgumentException("class " + cls + " outside 0.." + (n - 1));
        }
        if (sigmaDeg == 0) {
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
            g[k] = Math.exp(-0.5 * d * d / (sigmaDeg * sigmaDeg));
            sum += g[k];
        }
        for (int k = 0; k < n; k++) {
            out[offset + k] += (float) (weight * g[k] / sum);
        }
    }
}
