package dev.earshot.ml.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.audio.io.AtomicFiles;
import dev.earshot.ml.metrics.MeanAveragePrecision;
import dev.earshot.ml.metrics.SpatialMetrics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The evaluation of one perceiver on one set of clips (SPEC 1.6), with its JSON form.
 *
 * @param perceiver        the perceiver's name
 * @param classes          class vocabulary of the mAP, in the order of the per-class AP
 * @param spatial          MAE, ER20, distance accuracy and DER
 * @param map              macro mAP and per-class AP (NaN where a class has no positive clip)
 * @param errorVsAzimuth   errors binned by true azimuth (30 degree bins from -180)
 * @param errorVsDistance  errors binned by true distance (1 m bins from 0)
 * @param clips            per-clip results
 */
public record EvaluationReport(String perceiver, List<String> classes, SpatialMetrics spatial, MeanAveragePrecision map,
                               List<ErrorBin> errorVsAzimuth, List<ErrorBin> errorVsDistance, List<ClipResult> clips) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Copies the lists. */
    public EvaluationReport {
        classes = List.copyOf(classes);
        errorVsAzimuth = List.copyOf(errorVsAzimuth);
        errorVsDistance = List.copyOf(errorVsDistance);
        clips = List.copyOf(clips);
    }

    /**
     * The JSON object: {@code perceiver}, {@code clips}, {@code metrics} ({@code map}, {@code map_undefined_as_zero},
     * {@code mae_deg}, {@code er20_pct}, {@code distance_accuracy_pct}, {@code der_pct}), {@code per_class_ap}
     * (label to AP, null for a class without positives), {@code classes_without_positives},
     * {@code error_vs_azimuth}, {@code error_vs_distance} and {@code per_clip}. NaN is written as null.
     *
     * @return the JSON object
     */
    public ObjectNode toJsonNode() {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("perceiver", perceiver);
        o.put("clips", spatial.clips());
        ObjectNode m = o.putObject("metrics");
        num(m, "map", map.map());
        num(m, "map_undefined_as_zero", map.mapUndefinedAsZero());
        num(m, "mae_deg", spatial.maeDeg());
        num(m, "er20_pct", spatial.er20Pct());
        num(m, "distance_accuracy_pct", spatial.distanceAccuracyPct());
        num(m, "der_pct", spatial.derPct());
        ObjectNode ap = o.putObject("per_class_ap");
        double[] per = map.perClassAp();
        for (int k = 0; k < classes.size(); k++) {
            num(ap, classes.get(k), per[k]);
        }
        ArrayNode und = o.putArray("classes_without_positives");
        for (int k : map.undefinedClasses()) {
            und.add(classes.get(k));
        }
        bins(o.putArray("error_vs_azimuth"), errorVsAzimuth, "azimuth_deg");
        bins(o.putArray("error_vs_distance"), errorVsDistance, "distance_m");
        ArrayNode pc = o.putArray("per_clip");
        for (ClipResult r : clips) {
            ObjectNode c = pc.addObject();
            c.put("id", r.id());
            c.put("true_azimuth_deg", r.trueAzimuthDeg());
            c.put("true_elevation_deg", r.trueElevationDeg());
            c.put("true_distance_m", r.trueDistanceM());
            c.put("azimuth_deg", r.predAzimuthDeg());
            c.put("elevation_deg", r.predElevationDeg());
            c.put("distance_m", r.predDistanceM());
            c.put("doa_error_deg", r.doaErrorDeg());
            c.put("distance_class_error", r.distanceClassError());
            c.put("top_label", r.topLabel());
        }
        return o;
    }

    /**
     * Writes {@link #toJsonNode()} (pretty-printed) atomically.
     *
     * @param file target
     * @throws IOException if it cannot be written
     */
    public void writeJson(Path file) throws IOException {
        AtomicFiles.write(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJsonNode()));
    }

    /**
     * Several perceivers on the same clips, side by side: {@code {"summary": [{perceiver, map, mae_deg, er20_pct,
     * der_pct}, ...], "reports": [...]}}.
     *
     * @param reports the reports (same clips)
     * @return the JSON object
     * @throws IllegalArgumentException if the reports are not on the same number of clips
     */
    public static ObjectNode comparisonJson(List<EvaluationReport> reports) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode s = o.putArray("summary");
        ArrayNode all = o.putArray("reports");
        for (EvaluationReport r : reports) {
            if (r.spatial().clips() != reports.get(0).spatial().clips()) {
                throw new IllegalArgumentException("reports cover different numbers of clips: "
                        + r.spatial().clips() + " vs " + reports.get(0).spatial().clips());
            }
            ObjectNode row = s.addObject();
            row.put("perceiver", r.perceiver());
            num(row, "map", r.map().map());
            num(row, "mae_deg", r.spatial().maeDeg());
            num(row, "er20_pct", r.spatial().er20Pct());
            num(row, "der_pct", r.spatial().derPct());
            all.add(r.toJsonNode());
        }
        return o;
    }

    private static void bins(ArrayNode a, List<ErrorBin> bins, String what) {
        for (ErrorBin b : bins) {
            ObjectNode o = a.addObject();
            o.put(what + "_lo", b.lo());
            o.put(what + "_hi", b.hi());
            o.put("count", b.count());
            num(o, "mae_deg", b.maeDeg());
            num(o, "er20_pct", b.er20Pct());
            num(o, "der_pct", b.derPct());
            num(o, "distance_mae_m", b.distanceMaeM());
        }
    }

    private static void num(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }
}
