package dev.earshot.ml.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Macro mean average precision over classes (SPEC 1.6: per-class sklearn AP, then the plain mean).
 *
 * <p>Classes without any positive clip have no defined AP. Spatial-AST's evaluation would average a NaN
 * (old scikit-learn) or a 0 (scikit-learn 1.1 and later). Earshot reports those classes separately in
 * {@link #undefinedClasses()}, keeps NaN in {@link #perClassAp()}, and {@link #map()} is the mean over the
 * classes that have positives; {@link #mapUndefinedAsZero()} gives the modern-sklearn number for comparison.
 *
 * @param perClassAp         AP per class, NaN where the class has no positive
 * @param undefinedClasses   indices of the classes without positives, ascending
 * @param map                mean AP over the classes with positives (NaN if there is none)
 * @param mapUndefinedAsZero mean AP over all classes with undefined ones counted as 0
 */
public record MeanAveragePrecision(double[] perClassAp, int[] undefinedClasses, double map, double mapUndefinedAsZero) {
    /**
     * Validates.
     *
     * @throws IllegalArgumentException if an array is null
     */
    public MeanAveragePrecision {
        if (perClassAp == null || undefinedClasses == null) {
            throw new IllegalArgumentException("perClassAp and undefinedClasses must not be null");
        }
        perClassAp = perClassAp.clone();
        undefinedClasses = undefinedClasses.clone();
    }

    /**
     * Computes per-class AP and the macro means.
     *
     * @param scores {@code [clip][class]} scores (logits or probabilities: AP only uses their order)
     * @param labels {@code [clip][class]} ground truth, true = the class is present
     * @return the result
     * @throws IllegalArgumentException if the shapes differ, are empty or ragged, or a score is not finite
     */
    public static MeanAveragePrecision compute(double[][] scores, boolean[][] labels) {
        if (scores == null || labels == null || scores.length != labels.length || scores.length == 0) {
            throw new IllegalArgumentException("expected the same non-zero number of clips in scores and labels");
        }
        int classes = scores[0].length;
        if (classes == 0) {
            throw new IllegalArgumentException("expected at least one class");
        }
        for (int i = 0; i < scores.length; i++) {
            if (scores[i].length != classes || labels[i].length != classes) {
                throw new IllegalArgumentException("clip " + i + " has " + scores[i].length + " scores and "
                        + labels[i].length + " labels, expected " + classes);
            }
        }
        double[] ap = new double[classes];
        List<Integer> undefined = new ArrayList<>();
        double sum = 0;
        int defined = 0;
        double[] s = new double[scores.length];
        boolean[] y = new boolean[scores.length];
        for (int k = 0; k < classes; k++) {
            for (int i = 0; i < scores.length; i++) {
                s[i] = scores[i][k];
                y[i] = labels[i][k];
            }
            ap[k] = AveragePrecision.of(s, y);
            if (Double.isNaN(ap[k])) {
                undefined.add(k);
            } else {
                sum += ap[k];
                defined++;
            }
        }
        int[] und = undefined.stream().mapToInt(Integer::intValue).toArray();
        return new MeanAveragePrecision(ap, und, defined == 0 ? Double.NaN : sum / defined, sum / classes);
    }

    /** @return a copy of the per-class AP (NaN for undefined classes) */
    @Override
    public double[] perClassAp() {
        return perClassAp.clone();
    }

    /** @return a copy of the indices of classes without positives */
    @Override
    public int[] undefinedClasses() {
        return undefinedClasses.clone();
    }
}
