package dev.earshot.ml.text;

import dev.earshot.ml.text.text2hoa.Text2HoaStats;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.render.RoomAcoustics;
import java.util.ArrayList;
import java.util.List;

/**
 * A lexicon-driven parser from English or Korean text to a {@link SpatialIntent}: better than the
 * text2hoa keyword baselines because it matches whole words and phrases (longest first, compounds like
 * "back-right" / 오른쪽 뒤, Korean particles), and reads movements ("from X to Y", approach, recede,
 * pass, orbit, rise, fall).
 *
 * <p>Rules, per field (values from {@link SpatialLexicon}, Earshot convention):
 * <ul>
 *   <li>Direction: one named direction places the source there (confidence 0.8, 0.9 for diagonals,
 *       0.1 less for text2hoa-only words). Two or more distinct directions make a movement: the start
 *       is the first marked as a source ("from", 에서) or else the first, the end the first marked as a
 *       goal ("to", 으로) or else the last other one (confidence 0.7).</li>
 *   <li>Movement: approach goes from 4.2 m to 1 m (or to the stated distance, at most 2 m); recede goes
 *       from 1 m to 4.2 m (or to the stated distance, at least 2.1 m);
 *       a pass with one direction crosses to the mirror side (left/right for sides, front/back
 *       otherwise), the direction being its start unless marked as a goal; an orbit covers half a turn
 *       (start + 180 deg; a linear trajectory cannot express a full circle); rise/fall change the
 *       elevation by 30 deg.</li>
 *   <li>Elevation, distance, spread, wet, room (RT60), gain: the first cue of each kind; gain cues are dB
 *       offsets from the default level.</li>
 *   <li>No cue: the {@link Defaults} value with confidence 0.</li>
 * </ul>
 * Never throws and never returns non-finite values: null/empty text gives the defaults; text beyond
 * 10,000 characters is ignored.
 */
public final class RuleParser implements TextToSpatial {

    private static final double FAR_M = 4.2;
    private static final double NEAR_M = 1.0;
    private static final double RISE_DEG = 30;

    /**
     * The values used where the text says nothing.
     *
     * @param azimuthDeg   azimuth, degrees (+left)
     * @param elevationDeg elevation, degrees
     * @param distanceM    distance, metres
     * @param spreadDeg    spread, degrees
     * @param wetMix       wet mix
     * @param gainDb       gain, dB
     * @param room         room acoustics
     */
    public record Defaults(double azimuthDeg, double elevationDeg, double distanceM, double spreadDeg, double wetMix,
                           double gainDb, RoomAcoustics room) {
        /** Earshot's neutral defaults: front, ear level, 2 m, 20 deg wide, wet 0.2, 0 dB, RT60 0.8 s. */
        public static final Defaults EARSHOT = new Defaults(0, 0, 2.0, 20, 0.2, 0, new RoomAcoustics.Rt60(0.8));

        /** @throws IllegalArgumentException if a value is out of the {@link SpatialIntent} ranges */
        public Defaults {
            SpatialIntent.builder().direction(azimuthDeg, elevationDeg).distanceM(distanceM).spreadDeg(spreadDeg)
                    .wetMix(wetMix).gainDb(gainDb).room(room).build();
        }

        /**
         * Priors of a text2hoa dataset: its QC medians for distance and spread, and the train-split medians of
         * wet mix (0.42) and gain (-2.85 dB), since medians minimise absolute errors; front, ear level, RT60 0.8 s.
         *
         * @param stats the dataset constants
         * @return the defaults
         */
        public static Defaults text2hoaPrior(Text2HoaStats stats) {
            return new Defaults(0, 0, stats.medianDistanceM(), stats.medianSpreadDeg(), 0.42, -2.85,
                    new RoomAcoustics.Rt60(0.8));
        }
    }

    private final SpatialLexicon lexicon;
    private final Defaults defaults;

    /** A parser with the standard lexicon and Earshot's neutral defaults. */
    public RuleParser() {
        this(SpatialLexicon.standard(), Defaults.EARSHOT);
    }

    /**
     * @param lexicon  the lexicon to match
     * @param defaults values where the text says nothing
     */
    public RuleParser(SpatialLexicon lexicon, Defaults defaults) {
        if (lexicon == null || defaults == null) {
            throw new IllegalArgumentException("lexicon and defaults are required");
        }
        this.lexicon = lexicon;
        this.defaults = defaults;
    }

    @Override
    public String name() {
        return "rule-parser";
    }

    private record Hit(LexiconMatch match, LexiconEntry entry) {
    }

    @Override
    public SpatialIntent parse(String text) {
        List<LexiconMatch> matches = lexicon.match(text == null ? "" : text);
        SpatialIntent.Builder b = SpatialIntent.builder();
        List<Hit> az = hits(matches, Cue.AZIMUTH);
        List<Hit> el = hits(matches, Cue.ELEVATION);
        List<Hit> motionHits = hits(matches, Cue.MOTION);
        Motion motion = null;
        for (Hit h : motionHits) {
            Motion m = Motion.valueOf(h.entry().label());
            if (motion == null || motion == Motion.MOVE) {
                motion = m;
            }
            b.evidence(IntentField.MOVEMENT, h.match().surface());
        }

        // --- azimuth ---
        List<Hit> distinct = new ArrayList<>();
        for (Hit h : az) {
            if (distinct.stream().noneMatch(d -> same(d.entry().value(), h.entry().value()))) {
                distinct.add(h);
            }
            b.evidence(IntentField.AZIMUTH, h.match().surface());
        }
        double azStart = defaults.azimuthDeg();
        double azEnd = azStart;
        if (distinct.size() == 1) {
            Hit h = distinct.get(0);
            double v = h.entry().value();
            azStart = v;
            azEnd = v;
            if (motion == Motion.PASS) {
                if (h.match().role() == Role.GOAL) {
                    azStart = mirror(v);
                } else {
                    azEnd = mirror(v);
                }
            }
            boolean diagonal = Math.abs(Math.abs(v) - 45) < 1e-9 || Math.abs(Math.abs(v) - 135) < 1e-9;
            b.confidence(IntentField.AZIMUTH, (diagonal ? 0.9 : 0.8) - (h.entry().source().equals("text2hoa") ? 0.1 : 0));
        } else if (distinct.size() > 1) {
            Hit start = distinct.stream().filter(h -> h.match().role() == Role.SOURCE).findFirst().orElse(distinct.get(0));
            Hit end = distinct.stream().filter(h -> h != start && h.match().role() == Role.GOAL).findFirst()
                    .orElse(distinct.get(distinct.size() - 1) == start ? distinct.get(0) : distinct.get(distinct.size() - 1));
            azStart = start.entry().value();
            azEnd = end.entry().value();
            b.confidence(IntentField.AZIMUTH, 0.7);
        }
        if (motion == Motion.ORBIT) {
            azEnd = azStart + 180;
        }

        // --- elevation ---
        double elStart = defaults.elevationDeg();
        double elEnd = elStart;
        Role elRole = Role.NONE;
        if (!el.isEmpty()) {
            Hit first = el.get(0);
            elStart = first.entry().value();
            elEnd = elStart;
            elRole = first.match().role();
            Hit last = el.get(el.size() - 1);
            if (!same(last.entry().value(), elStart)) {
                elEnd = last.entry().value();
            }
            el.forEach(h -> b.evidence(IntentField.ELEVATION, h.match().surface()));
            b.confidence(IntentField.ELEVATION, 0.7);
        }
        if ((motion == Motion.RISE || motion == Motion.FALL) && same(elStart, elEnd)) {
            double delta = motion == Motion.RISE ? RISE_DEG : -RISE_DEG;
            if (el.isEmpty()) {
                elStart = defaults.elevationDeg() - delta / 2;
                elEnd = defaults.elevationDeg() + delta / 2;
            } else if (elRole == Role.SOURCE) {
                elEnd = elStart + delta;
            } else {
                elStart = elEnd - delta;
            }
            b.confidence(IntentField.ELEVATION, el.isEmpty() ? 0.4 : 0.7);
        }

        // --- distance ---
        List<Hit> dist = hits(matches, Cue.DISTANCE);
        double dStart = defaults.distanceM();
        double dEnd = dStart;
        if (!dist.isEmpty()) {
            dStart = dist.get(0).entry().value();
            dEnd = dStart;
            dist.forEach(h -> b.evidence(IntentField.DISTANCE, h.match().surface()));
            b.confidence(IntentField.DISTANCE, 0.7);
        }
        if (motion == Motion.APPROACH) {
            dEnd = dist.isEmpty() ? NEAR_M : Math.min(dStart, NEAR_M * 2);
            dStart = Math.max(FAR_M, dEnd);
            b.confidence(IntentField.DISTANCE, 0.6);
        } else if (motion == Motion.RECEDE) {
            dEnd = dist.isEmpty() ? FAR_M : Math.max(dStart, FAR_M / 2);
            dStart = Math.min(NEAR_M, dEnd);
            b.confidence(IntentField.DISTANCE, 0.6);
        }

        // --- spread, wet, room, gain ---
        b.spreadDeg(firstValue(matches, Cue.SPREAD, defaults.spreadDeg(), IntentField.SPREAD, b));
        b.wetMix(firstValue(matches, Cue.WET, defaults.wetMix(), IntentField.WET, b));
        List<Hit> room = hits(matches, Cue.ROOM_RT60);
        if (room.isEmpty()) {
            b.room(defaults.room());
        } else {
            b.room(new RoomAcoustics.Rt60(clamp(room.get(0).entry().value(), 0.05, 20)));
            room.forEach(h -> b.evidence(IntentField.ROOM, h.match().surface()));
            b.confidence(IntentField.ROOM, 0.6);
        }
        List<Hit> gain = hits(matches, Cue.GAIN);
        double g = defaults.gainDb();
        if (!gain.isEmpty()) {
            g += gain.get(0).entry().value();
            gain.forEach(h -> b.evidence(IntentField.GAIN, h.match().surface()));
            b.confidence(IntentField.GAIN, 0.6);
        }
        b.gainDb(clamp(g, -96, 24));

        boolean moving = motion != null || !same(azStart, azEnd) || !same(elStart, elEnd) || !same(dStart, dEnd);
        if (motion != null) {
            b.confidence(IntentField.MOVEMENT, 0.8);
        } else if (moving) {
            b.confidence(IntentField.MOVEMENT, 0.6);
        }
        elStart = clamp(elStart, -90, 90);
        elEnd = clamp(elEnd, -90, 90);
        if (!moving) {
            return b.direction(azStart, elStart).distanceM(dStart).moving(false).build();
        }
        return b.start(azStart, elStart).end(azEnd, elEnd).distanceM(clamp(dStart, 0.1, 1000), clamp(dEnd, 0.1, 1000))
                .moving(true).build();
    }

    private static double firstValue(List<LexiconMatch> matches, Cue cue, double dflt, IntentField f,
                                     SpatialIntent.Builder b) {
        List<Hit> hs = hits(matches, cue);
        if (hs.isEmpty()) {
            return dflt;
        }
        hs.forEach(h -> b.evidence(f, h.match().surface()));
        b.confidence(f, hs.get(0).entry().source().equals("text2hoa") ? 0.5 : 0.6);
        double v = hs.get(0).entry().value();
        return cue == Cue.WET ? clamp(v, 0, 1) : clamp(v, 0, 180);
    }

    private static List<Hit> hits(List<LexiconMatch> matches, Cue cue) {
        List<Hit> out = new ArrayList<>();
        for (LexiconMatch m : matches) {
            LexiconEntry e = m.entry(cue);
            if (e != null) {
                out.add(new Hit(m, e));
            }
        }
        return out;
    }

    /** The far side of a pass: sides swap left/right, everything else front/back. */
    static double mirror(double azDeg) {
        double a = Math.abs(Direction.wrapDeg(azDeg));
        if (a >= 60 && a <= 120) {
            return Direction.wrapDeg(-azDeg);
        }
        return Direction.wrapDeg(180 - azDeg);
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) < 1e-9;
    }

    private static double clamp(double v, double lo, double hi) {
        return Double.isFinite(v) ? Math.max(lo, Math.min(hi, v)) : lo;
    }
}
