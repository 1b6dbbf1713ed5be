package dev.earshot.ml.eval;

import dev.earshot.ml.metrics.MeanAveragePrecision;
import dev.earshot.spatial.convention.SpatialAstConvention;
import dev.earshot.spatial.convention.SpatialAstTarget;
import dev.earshot.ml.metrics.SpatialMetrics;
import dev.earshot.ml.perception.EventScore;
import dev.earshot.ml.perception.LabelledClip;
import dev.earshot.ml.perception.Perceiver;
import dev.earshot.ml.perception.Perception;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Runs a {@link Perceiver} over labelled clips and computes the SPEC 1.6 metrics exactly as Spatial-AST's
 * evaluation does: truth and prediction are both converted from Earshot's convention to Spatial-AST targets
 * with {@link SpatialAstConvention#target} (listener at the origin, source at {@code distance x direction}),
 * so the DOA error is the great-circle angle between the 1-degree azimuth/elevation classes and DER counts
 * distance classes (0.5 m) off by more than one ({@link SpatialMetrics}); mAP is the macro mean of
 * scikit-learn AP over the classes ({@link MeanAveragePrecision}; classes without a positive clip are reported
 * apart), with each clip's score of a class taken from its perception (0 when not listed).
 *
 * <p>A predicted distance above 10 m is clamped to 10 m (class 20, the last class a 21-way head can give).
 * True distances above 10.25 m are an error (no Spatial-AST class).
 */
public final class Evaluator {
    /** Azimuth bin width of the error-vs-azimuth table, degrees. */
    public static final double AZIMUTH_BIN_DEG = 30;
    /** Distance bin width of the error-vs-distance table, metres. */
    public static final double DISTANCE_BIN_M = 1;
    private static final double MAX_PRED_DISTANCE_M = 10.0;
    private static final Vec3 ORIGIN = Vec3.ZERO;

    private final List<String> classes;

    /**
     * @param classes the class vocabulary for mAP (the order of the per-class AP); at least one, no duplicates
     * @throws IllegalArgumentException if empty or duplicated
     */
    public Evaluator(List<String> classes) {
        if (classes == null || classes.isEmpty() || new TreeSet<>(classes).size() != classes.size()) {
            throw new IllegalArgumentException("expected a non-empty list of distinct class labels, got " + classes);
        }
        this.classes = List.copyOf(classes);
    }

    /**
     * An evaluator whose vocabulary is the sorted union of the clips' labels.
     *
     * @param clips labelled clips
     * @return the evaluator
     */
    public static Evaluator forLabelsOf(List<LabelledClip> clips) {
        TreeSet<String> all = new TreeSet<>();
        clips.forEach(c -> all.addAll(c.labels()));
        return new Evaluator(new ArrayList<>(all));
    }

    /** @return the class vocabulary */
    public List<String> classes() {
        return classes;
    }

    /**
     * Perceives every clip and evaluates.
     *
     * @param perceiver the perceiver
     * @param clips     labelled clips (at least one)
     * @return the report
     * @throws IllegalArgumentException if there is no clip, a true distance has no Spatial-AST class, or the
     *                                  perceiver rejects a clip (the message names it)
     */
    public EvaluationReport evaluate(Perceiver perceiver, List<LabelledClip> clips) {
        List<Perception> out = new ArrayList<>();
        for (LabelledClip c : clips) {
            try {
                out.add(perceiver.perceive(c.binaural()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("clip " + c.id() + ": " + e.getMessage(), e);
            }
        }
        return evaluate(perceiver.name(), clips, out);
    }

    /**
     * Evaluates perceptions already made.
     *
     * @param name        perceiver name for the report
     * @param clips       labelled clips
     * @param perceptions one perception per clip, same order
     * @return the report
     * @throws IllegalArgumentException if the sizes differ or are zero, or a true distance exceeds 10.25 m
     */
    public EvaluationReport evaluate(String name, List<LabelledClip> clips, List<Perception> perceptions) {
        if (clips == null || perceptions == null || clips.size() != perceptions.size() || clips.isEmpty()) {
            throw new IllegalArgumentException("expected one perception per clip and at least one clip");
        }
        int n = clips.size();
        SpatialAstTarget[] truth = new SpatialAstTarget[n];
        SpatialAstTarget[] pred = new SpatialAstTarget[n];
        double[][] scores = new double[n][classes.size()];
        boolean[][] labels = new boolean[n][classes.size()];
        List<ClipResult> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LabelledClip c = clips.get(i);
            Perception p = perceptions.get(i);
            try {
                truth[i] = SpatialAstConvention.target(ORIGIN, position(c.azimuthDeg(), c.elevationDeg(), c.distanceM()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("clip " + c.id() + ": " + e.getMessage(), e);
            }
            pred[i] = SpatialAstConvention.target(ORIGIN, position(p.azimuthDeg(), p.elevationDeg(),
                    Math.min(MAX_PRED_DISTANCE_M, p.distanceM())));
            for (int k = 0; k < classes.size(); k++) {
                scores[i][k] = p.probability(classes.get(k));
                labels[i][k] = c.labels().contains(classes.get(k));
            }
            double err = SpatialMetrics.doaErrorDeg(pred[i].azimuthClass(), pred[i].elevationClass(),
                    truth[i].azimuthClass(), truth[i].elevationClass());
            List<EventScore> ev = p.events();
            results.add(new ClipResult(c.id(), c.azimuthDeg(), c.elevationDeg(), c.distanceM(), p.azimuthDeg(),
                    p.elevationDeg(), p.distanceM(), err, Math.abs(pred[i].distanceClass() - truth[i].distanceClass()),
                    ev.isEmpty() ? "" : ev.get(0).label()));
        }
        SpatialMetrics spatial = SpatialMetrics.compute(pred, truth);
        MeanAveragePrecision map = MeanAveragePrecision.compute(scores, labels);
        List<ErrorBin> byAz = new ArrayList<>();
        for (double lo = -180; lo < 180; lo += AZIMUTH_BIN_DEG) {
            double l = lo;
            byAz.add(bin(results, l, l + AZIMUTH_BIN_DEG, r -> r.trueAzimuthDeg() >= 180 ? r.trueAzimuthDeg() - 360 : r.trueAzimuthDeg()));
        }
        List<ErrorBin> byDist = new ArrayList<>();
        double maxD = results.stream().mapToDouble(ClipResult::trueDistanceM).max().orElse(0);
        for (double lo = 0; lo <= maxD; lo += DISTANCE_BIN_M) {
            byDist.add(bin(results, lo, lo + DISTANCE_BIN_M, ClipResult::trueDistanceM));
        }
        return new EvaluationReport(name, classes, spatial, map, byAz, byDist, results);
    }

    private static ErrorBin bin(List<ClipResult> results, double lo, double hi, ToDoubleFunction<ClipResult> key) {
        int count = 0;
        double sum = 0;
        int above = 0;
        int far = 0;
        double dist = 0;
        for (ClipResult r : results) {
            double k = key.applyAsDouble(r);
            if (k >= lo && k < hi) {
                count++;
                sum += r.doaErrorDeg();
                above += r.doaErrorDeg() > SpatialMetrics.ER_THRESHOLD_DEG ? 1 : 0;
                far += r.distanceClassError() > 1 ? 1 : 0;
                dist += Math.abs(r.predDistanceM() - r.trueDistanceM());
            }
        }
        if (count == 0) {
            return new ErrorBin(lo, hi, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new ErrorBin(lo, hi, count, sum / count, 100.0 * above / count, 100.0 * far / count, dist / count);
    }

    private static Vec3 position(double azimuthDeg, double elevationDeg, double distanceM) {
        return new Direction(azimuthDeg, elevationDeg).unitVector().times(distanceM);
    }
}
