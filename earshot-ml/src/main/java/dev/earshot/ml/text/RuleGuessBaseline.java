package dev.earshot.ml.text;

import dev.earshot.spatial.render.RoomAcoustics;
import java.util.Locale;

/**
 * The second text2hoa rule baseline, {@code rule_guess} of {@code utils/run_baselines_linear_and_rule.py}:
 * the one whose figures are the "rule_baseline" row of {@code docs/results/baseline_results.csv} (that
 * csv has a room column, which only this script writes). It is scored with {@link TextMetrics} (3-D AE,
 * log1p distance error, room as DRR dB), at its {@link TextMetrics.Point#START start} point.
 *
 * <p>Rules: the first English direction key found in the lower-cased text, in the order front, ahead,
 * in front, back, behind, left, right, front-right, front right, front-left, front left, back-right,
 * back right, back-left, back left (so compounds never win over their first word); else the first
 * Korean key found in the raw text in the order 앞 정면 앞쪽 전면 앞에서 뒤 뒷 후방 뒤쪽 뒤에서 왼 좌 왼쪽 오른 우
 * 오른쪽 (then diagonal keys); else front. Angles are text2hoa's (clockwise, left = 270). Elevation
 * +0.35 rad for overhead/above/over/위/머리 위, then -0.35 rad for below/floor/바닥/아래. Distance 2.5 m,
 * near/close/가까/근처 1.2 m, then far/distant/멀/먼 4.0 m. Spread 45, wide/broad/넓/퍼져 90, then
 * narrow/tight/좁/점 15 deg. Wet 0.35, reverb/wet/잔향/울림/홀리 0.7, then dry/무향/드라이/건조 0.1. Gain 0 dB,
 * loud/크게/강하게 +2, then soft/quiet/작게/은은 -1 dB. Room DRR 2 dB if wet &lt; 0.5 else 4 dB.
 */
public final class RuleGuessBaseline implements TextToSpatial {

    private static final String[] EN_KEYS = {"front", "ahead", "in front", "back", "behind", "left", "right",
        "front-right", "front right", "front-left", "front left", "back-right", "back right", "back-left", "back left"};
    private static final double[] EN_DEG = {0, 0, 0, 180, 180, 270, 90, 45, 45, 315, 315, 135, 135, 225, 225};
    private static final String[] KO_KEYS = {"앞", "정면", "앞쪽", "전면", "앞에서", "뒤", "뒷", "후방", "뒤쪽", "뒤에서",
        "왼", "좌", "왼쪽", "오른", "우", "오른쪽", "대각 앞오른", "앞오른", "사선 앞오른", "대각 앞왼", "앞왼",
        "대각 뒤오른", "뒤오른", "대각 뒤왼", "뒤왼"};
    private static final double[] KO_DEG = {0, 0, 0, 0, 0, 180, 180, 180, 180, 180, 270, 270, 270, 90, 90, 90,
        45, 45, 45, 315, 315, 135, 135, 225, 225};

    @Override
    public SpatialIntent parse(String text) {
        String raw = text == null ? "" : text;
        String t = raw.toLowerCase(Locale.ROOT);
        double az = first(t, EN_KEYS, EN_DEG);
        if (Double.isNaN(az)) {
            az = first(raw, KO_KEYS, KO_DEG);
        }
        if (Double.isNaN(az)) {
            az = 0;
        }
        double el = 0;
        if (any(t, "overhead", "above", "over", "위", "머리 위")) {
            el = 0.35;
        }
        if (any(t, "below", "floor", "바닥", "아래")) {
            el = -0.35;
        }
        double dist = 2.5;
        if (any(t, "near", "close", "가까", "근처")) {
            dist = 1.2;
        }
        if (any(t, "far", "distant", "멀", "먼")) {
            dist = 4.0;
        }
        double spread = 45;
        if (any(t, "wide", "broad", "넓", "퍼져")) {
            spread = 90;
        }
        if (any(t, "narrow", "tight", "좁", "점")) {
            spread = 15;
        }
        double wet = 0.35;
        if (any(t, "reverb", "wet", "잔향", "울림", "홀리")) {
            wet = 0.7;
        }
        if (any(t, "dry", "무향", "드라이", "건조")) {
            wet = 0.1;
        }
        double gain = 0;
        if (any(t, "loud", "크게", "강하게")) {
            gain = 2;
        }
        if (any(t, "soft", "quiet", "작게", "은은")) {
            gain = -1;
        }
        double room = wet < 0.5 ? 2.0 : 4.0;
        // text2hoa angle (+right, clockwise) -> Earshot (+left)
        return SpatialIntent.builder().direction(-az, Math.toDegrees(el)).distanceM(dist).spreadDeg(spread)
                .wetMix(wet).gainDb(gain).room(new RoomAcoustics.Drr(room)).build();
    }

    @Override
    public String name() {
        return "text2hoa-rule-guess-baseline";
    }

    private static double first(String t, String[] keys, double[] deg) {
        for (int i = 0; i < keys.length; i++) {
            if (t.contains(keys[i])) {
                return deg[i];
            }
        }
        return Double.NaN;
    }

    private static boolean any(String t, String... keys) {
        for (String k : keys) {
            if (t.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
