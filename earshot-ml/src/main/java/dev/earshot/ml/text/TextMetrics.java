package dev.earshot.ml.text;

import dev.earshot.ml.text.text2hoa.Text2HoaConvention;
import dev.earshot.ml.text.text2hoa.Text2HoaSample;
import dev.earshot.spatial.render.RoomAcoustics;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The text2hoa evaluation metrics (SPEC 5.3, {@code eval_lastmile_v4.py} and
 * {@code run_baselines_linear_and_rule.py}), computed on Earshot-convention intents:
 * <ul>
 *   <li>AE: 3-D great-circle angle between the unit vectors {@code (cos el cos az, cos el sin az, sin el)},
 *       {@code acos(clamp(dot, -1 + 1e-7, 1 - 1e-7))} in degrees (so identical directions score
 *       0.0256 deg, as in the original); mirroring both azimuths does not change it;</li>
 *   <li>dlog = {@code |log1p(d_pred) - log1p(d_gt)|} (distances in metres);</li>
 *   <li>absolute errors of spread (deg), wet mix, gain (dB) and room (DRR dB or RT60 s, only where
 *       both sides give the same kind of room);</li>
 *   <li>AE per language and per 30-degree azimuth bin of the ground truth, bins as text2hoa defines
 *       them: text2hoa azimuth (+right) in [0, 360), {@code bin = floor(az / 30)}.</li>
 * </ul>
 */
public final class TextMetrics {

    /** Clamp of the dot product in the original angular error. */
    public static final double DOT_CLAMP_EPS = 1e-7;

    /** Which end of a predicted movement is compared with the (static) label. */
    public enum Point {
        /** The start position (start direction, {@code distanceM}). */
        START,
        /** The end position (end direction, {@code endDistanceM}). */
        END
    }

    /**
     * AE of a group of rows.
     *
     * @param n      number of rows
     * @param aeDeg  mean angular error in degrees
     */
    public record Group(int n, double aeDeg) {
    }

    /**
     * All metrics over a set of rows (means over the rows).
     *
     * @param n            number of rows (at least 1)
     * @param aeDeg        mean 3-D angular error, degrees
     * @param dLog         mean |log1p(d1) - log1p(d2)|
     * @param spreadMaeDeg mean absolute spread error, degrees
     * @param wetMae       mean absolute wet-mix error
     * @param gainMaeDb    mean absolute gain error, dB
     * @param roomMae      mean absolute room error over rows where both sides have the same room kind;
     *                     empty when there are none (e.g. v4 data has no room labels)
     * @param roomN        rows that entered the room error
     * @param byLanguage   AE per language code
     * @param byAzimuthBin AE per ground-truth azimuth bin (0..11, text2hoa bins), non-empty bins only
     */
    public record Report(int n, double aeDeg, double dLog, double spreadMaeDeg, double wetMae, double gainMaeDb,
                         OptionalDouble roomMae, int roomN, Map<String, Group> byLanguage,
                         Map<Integer, Group> byAzimuthBin) {
        /** Copies the maps. */
        public Report {
            byLanguage = Map.copyOf(byLanguage);
            byAzimuthBin = Map.copyOf(byAzimuthBin);
        }

        /** @return a one-line summary for logs and reports */
        public String summary() {
            return String.format(java.util.Locale.ROOT,
                    "N=%d AE=%.2f deg dlog=%.4f spread=%.2f deg wet=%.4f gain=%.3f dB room=%s",
                    n, aeDeg, dLog, spreadMaeDeg, wetMae, gainMaeDb,
                    roomMae.isPresent() ? String.format(java.util.Locale.ROOT, "%.3f (N=%d)", roomMae.getAsDouble(), roomN) : "n/a");
        }
    }

    private TextMetrics() {
    }

    /**
     * The 3-D angular error of text2hoa.
     *
     * @param az1Deg azimuth 1 in degrees (either convention, as long as both use the same)
     * @param el1Deg elevation 1 in degrees
     * @param az2Deg azimuth 2 in degrees
     * @param el2Deg elevation 2 in degrees
     * @return the clamped great-circle angle in degrees, in [0.0256, 179.97]
     */
    public static double angularErrorDeg(double az1Deg, double el1Deg, double az2Deg, double el2Deg) {
        double a1 = Math.toRadians(az1Deg);
        double e1 = Math.toRadians(el1Deg);
        double a2 = Math.toRadians(az2Deg);
        double e2 = Math.toRadians(el2Deg);
        double dot = Math.cos(e1) * Math.cos(a1) * Math.cos(e2) * Math.cos(a2)
                + Math.cos(e1) * Math.sin(a1) * Math.cos(e2) * Math.sin(a2)
                + Math.sin(e1) * Math.sin(e2);
        dot = Math.max(-1 + DOT_CLAMP_EPS, Math.min(1 - DOT_CLAMP_EPS, dot));
        return Math.toDegrees(Math.acos(dot));
    }

    /**
     * @param d1M distance 1 in metres, > -1
     * @param d2M distance 2 in metres, > -1
     * @return {@code |log1p(d1) - log1p(d2)|}
     */
    public static double logDistanceError(double d1M, double d2M) {
        return Math.abs(Math.log1p(d1M) - Math.log1p(d2M));
    }

    /**
     * The text2hoa azimuth bin of an Earshot azimuth.
     *
     * @param earshotAzimuthDeg azimuth in degrees, +left
     * @return {@code floor(a / 30)} with {@code a} the text2hoa azimuth (+right) in [0, 360); 0..11
     */
    public static int azimuthBin(double earshotAzimuthDeg) {
        double a = Text2HoaConvention.toText2HoaAzimuthDeg(earshotAzimuthDeg);
        if (a < 0) {
            a += 360;
        }
        return Math.min(11, (int) Math.floor(a / 30));
    }

    /**
     * Evaluates predictions against labelled rows.
     *
     * @param predicted one prediction per row, same order
     * @param gold      the labelled rows (their start position is the label)
     * @param point     which end of a predicted movement to compare
     * @return the report
     * @throws IllegalArgumentException if the lists are empty or differ in length
     */
    public static Report evaluate(List<SpatialIntent> predicted, List<Text2HoaSample> gold, Point point) {
        if (predicted.size() != gold.size() || gold.isEmpty()) {
            throw new IllegalArgumentException("need as many predictions as rows (and at least one), got "
                    + predicted.size() + " and " + gold.size());
        }
        int n = gold.size();
        double ae = 0;
        double dlog = 0;
        double spread = 0;
        double wet = 0;
        double gain = 0;
        double room = 0;
        int roomN = 0;
        Map<String, double[]> lang = new TreeMap<>();
        Map<Integer, double[]> bins = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            SpatialIntent p = predicted.get(i);
            SpatialIntent g = gold.get(i).target();
            boolean end = point == Point.END;
            double e = angularErrorDeg(end ? p.endAzimuthDeg() : p.startAzimuthDeg(),
                    end ? p.endElevationDeg() : p.startElevationDeg(), g.startAzimuthDeg(), g.startElevationDeg());
            ae += e;
            dlog += logDistanceError(end ? p.endDistanceM() : p.distanceM(), g.distanceM());
            spread += Math.abs(p.spreadDeg() - g.spreadDeg());
            wet += Math.abs(p.wetMix() - g.wetMix());
            gain += Math.abs(p.gainDb() - g.gainDb());
            if (p.room() instanceof RoomAcoustics.Drr pd && g.room() instanceof RoomAcoustics.Drr gd) {
                room += Math.abs(pd.drrDb() - gd.drrDb());
                roomN++;
            } else if (p.room() instanceof RoomAcoustics.Rt60 pr && g.room() instanceof RoomAcoustics.Rt60 gr) {
                room += Math.abs(pr.rt60S() - gr.rt60S());
                roomN++;
            }
            add(lang, gold.get(i).lang(), e);
            add(bins, azimuthBin(g.startAzimuthDeg()), e);
        }
        Map<String, Group> byLang = new TreeMap<>();
        lang.forEach((k, v) -> byLang.put(k, new Group((int) v[0], v[1] / v[0])));
        Map<Integer, Group> byBin = new TreeMap<>();
        bins.forEach((k, v) -> byBin.put(k, new Group((int) v[0], v[1] / v[0])));
        return new Report(n, ae / n, dlog / n, spread / n, wet / n, gain / n,
                roomN == 0 ? OptionalDouble.empty() : OptionalDouble.of(room / roomN), roomN, byLang, byBin);
    }

    private static <K> void add(Map<K, double[]> m, K key, double e) {
        double[] acc = m.computeIfAbsent(key, k -> new double[2]);
        acc[0]++;
        acc[1] += e;
    }
}
