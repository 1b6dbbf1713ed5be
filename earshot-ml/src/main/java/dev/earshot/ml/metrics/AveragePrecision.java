package dev.earshot.ml.metrics;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Average precision exactly as scikit-learn's {@code average_precision_score} for one binary class
 * (SPEC 1.6): the scores are sorted in decreasing order; every distinct score value is one threshold
 * (all clips with tied scores enter together); at each threshold {@code n}, with cumulative true and
 * false positives, {@code P_n = TP / (TP + FP)} and {@code R_n = TP / positives}, and
 * {@code AP = sum_n (R_n - R_{n-1}) P_n} with {@code R_0 = 0}. No interpolation.
 *
 * <p>A class without positives has no defined AP: this returns NaN. (scikit-learn before 1.1 also gives
 * NaN, with a division warning; from 1.1 on it sets recall to 1 and returns 0 with a warning.
 * {@link MeanAveragePrecision} reports such classes separately.)
 */
public final class AveragePrecision {
    private AveragePrecision() {
    }

    /**
     * Computes the AP of one class.
     *
     * @param scores    one score per clip (any real values; higher = more likely positive)
     * @param positives whether each clip is a positive, same length
     * @return the average precision in [0, 1], or NaN when there is no positive
     * @throws IllegalArgumentException if the lengths differ, there are no clips, or a score is NaN/infinite
     */
    public static double of(double[] scores, boolean[] positives) {
        if (scores == null || positives == null || scores.length != positives.length) {
            throw new IllegalArgumentException("expected one label per score, got " + (scores == null ? "null" : scores.length)
                    + " scores and " + (positives == null ? "null" : positives.length) + " labels");
        }
        if (scores.length == 0) {
            throw new IllegalArgumentException("average precision needs at least one clip");
        }
        int total = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("score " + i + " is not finite: " + scores[i]);
            }
            if (positives[i]) {
                total++;
            }
        }
        if (total == 0) {
            return Double.NaN;
        }
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        double ap = 0;
        double prevRecall = 0;
        int tp = 0;
        int seen = 0;
        int i = 0;
        while (i < order.length) {
            double s = scores[order[i]];
            // one threshold per distinct score: take the whole tie group
            while (i < order.length && scores[order[i]] == s) {
                if (positives[order[i]]) {
                    tp++;
                }
                seen++;
                i++;
            }
            double recall = (double) tp / total;
            double precision = (double) tp / seen;
            ap += (recall - prevRecall) * precision;
            prevRecall = recall;
            if (tp == total) {
                break; // sklearn stops the curve at full recall; later thresholds add nothing
            }
        }
        return ap;
    }
}
