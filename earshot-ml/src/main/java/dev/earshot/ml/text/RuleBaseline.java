package dev.earshot.ml.text;

import dev.earshot.ml.text.text2hoa.Text2HoaConvention;
import dev.earshot.ml.text.text2hoa.Text2HoaSample;
import dev.earshot.spatial.render.RoomAcoustics;
import java.util.List;
import java.util.Locale;

/**
 * The text2hoa rule-based baseline of SPEC 5.3 ({@code utils/baseline_rulelex_eval.py}), reproduced
 * exactly: case-folded substring keyword lists in Korean and English, with its own evaluation.
 *
 * <p>Rules (text2hoa azimuth convention, +right): front-left / front-right / back-left / back-right
 * keywords give -45 / 45 / -135 / 135 deg (first match in that order); otherwise left adds -90, right
 * adds +90, and back makes it 180 only when it is still 0. Up adds +30 deg of elevation, down -20 (both
 * may apply). Distance near 0.9 m else far 4.0 m else 2.0 m, and a "mid" word forces 2.0 m. Spread
 * wide 90 else narrow 15 else 45 deg. Wet 0.15, wet words 0.45, dry words 0.05, muffled words at least
 * 0.30. Gain 1.0, loud 2.0, soft 0.5 (the script compares this number with {@code gain_db} as is, so it
 * is reported here as dB). No room.
 *
 * <p>Its own metrics ({@link #evaluate}): azimuth-only AE, the absolute wrapped difference of
 * {@code atan2} angles, reading the label {@code az_sc} as {@code [cos, sin]} (contrary to the data,
 * which is {@code [sin, cos]}); {@code dlog = |ln(d_gt + 1e-8) - ln(d_pred + 1e-8)|}.
 * {@link #parse} returns the prediction in Earshot's convention (azimuth negated).
 */
public final class RuleBaseline implements TextToSpatial {

    private static final String[] FRONT_LEFT = {"왼앞", "좌전", "front-left", "front left"};
    private static final String[] FRONT_RIGHT = {"오른앞", "우전", "front-right", "front right"};
    private static final String[] BACK_LEFT = {"왼뒤", "좌후", "back-left", "back left"};
    private static final String[] BACK_RIGHT = {"오른뒤", "우후", "back-right", "back right"};
    private static final String[] LEFT = {"왼", "좌", "left", "port"};
    private static final String[] RIGHT = {"오른", "우", "right", "starboard"};
    private static final String[] BACK = {"뒤", "후", "back", "behind", "rear"};
    private static final String[] UP = {"위", "상", "천장", "overhead", "above", "ceiling", "up"};
    private static final String[] DOWN = {"아래", "하", "바닥", "below", "down", "floor", "ground"};
    private static final String[] NEAR = {"가까", "근접", "near", "close", "close-in", "nearby"};
    private static final String[] MID = {"중간", "중거리", "mid", "medium", "moderate"};
    private static final String[] FAR = {"멀", "원거리", "far", "distant"};
    private static final String[] WIDE = {"넓", "퍼져", "둘러싸", "감싸", "surround", "wide", "broad", "diffuse"};
    private static final String[] NARROW = {"좁", "또렷", "집중", "타이트", "narrow", "focused", "tight"};
    private static final String[] WET = {"잔향", "울리", "리버브", "reverb", "wet", "echo", "hall"};
    private static final String[] DRY = {"건조", "드라이", "dry", "dead", "anechoic"};
    private static final String[] LOUD = {"크게", "시끄럽", "충만", "loud", "strong", "powerful"};
    private static final String[] SOFT = {"작게", "조용", "부드럽", "soft", "quiet", "gentle"};
    private static final String[] MUFFLED = {"먹먹", "차폐", "muffled", "occluded", "behind a door", "leaks"};

    private static final double EPS = 1e-8;

    /**
     * The baseline's raw outputs, in its own (text2hoa) convention.
     *
     * @param azimuthDeg text2hoa azimuth in degrees (+right)
     * @param elevationRad elevation in radians
     * @param distanceM distance in metres
     * @param spreadDeg spread in degrees
     * @param wetMix wet mix
     * @param gain gain number (compared with gain_db as is)
     */
    public record Raw(double azimuthDeg, double elevationRad, double distanceM, double spreadDeg, double wetMix,
                      double gain) {
    }

    /**
     * The baseline's own metrics (means over rows).
     *
     * @param n            rows
     * @param aeDeg        azimuth-only AE with the [cos, sin] reading, degrees
     * @param dLog         mean |ln d_gt - ln d_pred|
     * @param spreadMaeDeg spread MAE, degrees
     * @param wetMae       wet MAE
     * @param gainMae      gain MAE (against gain_db)
     */
    public record Metrics(int n, double aeDeg, double dLog, double spreadMaeDeg, double wetMae, double gainMae) {
        /** @return a one-line summary */
        public String summary() {
            return String.format(Locale.ROOT, "N=%d AE(az-only,[cos,sin])=%.2f deg dlog(ln)=%.4f spread=%.2f wet=%.4f gain=%.3f",
                    n, aeDeg, dLog, spreadMaeDeg, wetMae, gainMae);
        }
    }

    /**
     * Applies the keyword rules.
     *
     * @param text any text; null reads as empty
     * @return the raw outputs
     */
    public Raw predict(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        double az = 0;
        if (any(t, FRONT_LEFT)) {
            az = -45;
        } else if (any(t, FRONT_RIGHT)) {
            az = 45;
        } else if (any(t, BACK_LEFT)) {
            az = -135;
        } else if (any(t, BACK_RIGHT)) {
            az = 135;
        } else {
            if (any(t, LEFT)) {
                az -= 90;
            }
            if (any(t, RIGHT)) {
                az += 90;
            }
            if (any(t, BACK) && az == 0) {
                az = 180;
            }
        }
        double el = 0;
        if (any(t, UP)) {
            el += Math.toRadians(30);
        }
        if (any(t, DOWN)) {
            el -= Math.toRadians(20);
        }
        double dist = any(t, NEAR) ? 0.9 : any(t, FAR) ? 4.0 : 2.0;
        if (any(t, MID)) {
            dist = 2.0;
        }
        double spread = any(t, WIDE) ? 90 : any(t, NARROW) ? 15 : 45;
        double wet = 0.15;
        if (any(t, WET)) {
            wet = 0.45;
        }
        if (any(t, DRY)) {
            wet = 0.05;
        }
        if (any(t, MUFFLED)) {
            wet = Math.max(wet, 0.30);
        }
        double gain = 1.0;
        if (any(t, LOUD)) {
            gain = 2.0;
        }
        if (any(t, SOFT)) {
            gain = 0.5;
        }
        return new Raw(az, el, dist, spread, wet, gain);
    }

    @Override
    public SpatialIntent parse(String text) {
        Raw r = predict(text);
        return SpatialIntent.builder()
                .direction(Text2HoaConvention.toEarshotAzimuthDeg(r.azimuthDeg()), Math.toDegrees(r.elevationRad()))
                .distanceM(r.distanceM()).spreadDeg(r.spreadDeg()).wetMix(r.wetMix()).gainDb(r.gain())
                .room(new RoomAcoustics.Anechoic()).build();
    }

    @Override
    public String name() {
        return "text2hoa-rulelex-baseline";
    }

    /**
     * The baseline's azimuth-only error: label {@code az_sc} read as {@code [cos, sin]}.
     *
     * @param azSc0          label {@code az_sc[0]} (read as cosine)
     * @param azSc1          label {@code az_sc[1]} (read as sine)
     * @param predAzimuthDeg predicted azimuth in the baseline's convention, degrees
     * @return absolute wrapped difference in degrees, [0, 180]
     */
    public static double azimuthErrorDeg(double azSc0, double azSc1, double predAzimuthDeg) {
        double gt = Math.atan2(azSc1, azSc0);
        double pr = Math.toRadians(predAzimuthDeg);
        double pc = Math.cos(pr);
        double ps = Math.sin(pr);
        double d = gt - Math.atan2(ps, pc);
        while (d > Math.PI) {
            d -= 2 * Math.PI;
        }
        while (d < -Math.PI) {
            d += 2 * Math.PI;
        }
        return Math.toDegrees(Math.abs(d));
    }

    /**
     * Runs the baseline with its own evaluation over labelled rows.
     *
     * @param rows the rows (non-empty)
     * @return the metrics
     */
    public Metrics evaluate(List<Text2HoaSample> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no rows to evaluate");
        }
        double ae = 0;
        double dlog = 0;
        double sp = 0;
        double wet = 0;
        double gain = 0;
        for (Text2HoaSample s : rows) {
            Raw r = predict(s.text());
            SpatialIntent g = s.target();
            ae += azimuthErrorDeg(s.azSc0(), s.azSc1(), r.azimuthDeg());
            dlog += Math.abs(Math.log(g.distanceM() + EPS) - Math.log(r.distanceM() + EPS));
            sp += Math.abs(g.spreadDeg() - r.spreadDeg());
            wet += Math.abs(g.wetMix() - r.wetMix());
            gain += Math.abs(g.gainDb() - r.gain());
        }
        int n = rows.size();
        return new Metrics(n, ae / n, dlog / n, sp / n, wet / n, gain / n);
    }

    private static boolean any(String t, String[] keys) {
        for (String k : keys) {
            if (t.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
