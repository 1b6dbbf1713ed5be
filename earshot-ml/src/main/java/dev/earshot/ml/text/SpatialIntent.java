package dev.earshot.ml.text;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.render.RoomAcoustics;
import dev.earshot.spatial.render.SpatialParams;
import dev.earshot.spatial.render.Trajectory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a text asks for, in Earshot's convention (azimuth 0 = front, <b>+90 = left</b>, (-180, 180];
 * elevation +90 = up), with a confidence and the justifying words per field.
 *
 * <p>A moving source goes from the start to the end position (direction and distance); a static one
 * has end = start. Confidences are in [0, 1]: 0 means "neutral default, nothing in the text said so".
 *
 * @param startAzimuthDeg   start azimuth in degrees, +left; normalised to (-180, 180]
 * @param startElevationDeg start elevation in degrees, +up, [-90, 90]
 * @param endAzimuthDeg     end azimuth in degrees, +left; normalised to (-180, 180]
 * @param endElevationDeg   end elevation in degrees, +up, [-90, 90]
 * @param distanceM         start distance in metres, [0.1, 1000]
 * @param endDistanceM      end distance in metres, [0.1, 1000]
 * @param spreadDeg         apparent source width in degrees, [0, 180]
 * @param wetMix            reverberant share, [0, 1]
 * @param gainDb            gain offset in dB, [-96, 24]
 * @param room              room acoustics: {@link RoomAcoustics.Drr} (dB), {@link RoomAcoustics.Rt60}
 *                          (s), or {@link RoomAcoustics.Anechoic} when nothing is known
 * @param moving            whether the source moves (start and end differ, or a motion was named)
 * @param confidence        confidence per field in [0, 1]; missing fields read as 0
 * @param evidence          the words of the text that justified each field; missing fields read as none
 */
public record SpatialIntent(double startAzimuthDeg, double startElevationDeg,
                            double endAzimuthDeg, double endElevationDeg,
                            double distanceM, double endDistanceM,
                            double spreadDeg, double wetMix, double gainDb,
                            RoomAcoustics room, boolean moving,
                            Map<IntentField, Double> confidence,
                            Map<IntentField, List<String>> evidence) {

    /**
     * Validates every field and copies the maps (all fields present, unmodifiable).
     *
     * @throws IllegalArgumentException naming the field when a value is out of range or not finite,
     *                                  or when a static intent has end != start
     */
    public SpatialIntent {
        startAzimuthDeg = finite("startAzimuthDeg", startAzimuthDeg);
        endAzimuthDeg = finite("endAzimuthDeg", endAzimuthDeg);
        range("startElevationDeg", startElevationDeg, -90, 90);
        range("endElevationDeg", endElevationDeg, -90, 90);
        range("distanceM", distanceM, 0.1, 1000);
        range("endDistanceM", endDistanceM, 0.1, 1000);
        range("spreadDeg", spreadDeg, 0, 180);
        range("wetMix", wetMix, 0, 1);
        range("gainDb", gainDb, -96, 24);
        if (room == null) {
            throw new IllegalArgumentException("room is required (use RoomAcoustics.Anechoic when unknown)");
        }
        startAzimuthDeg = Direction.wrapDeg(startAzimuthDeg);
        endAzimuthDeg = Direction.wrapDeg(endAzimuthDeg);
        if (!moving && (Math.abs(Direction.wrapDeg(endAzimuthDeg - startAzimuthDeg)) > 1e-9
                || Math.abs(endElevationDeg - startElevationDeg) > 1e-9
                || Math.abs(endDistanceM - distanceM) > 1e-9)) {
            throw new IllegalArgumentException("a static intent (moving = false) needs end = start, got start ("
                    + startAzimuthDeg + ", " + startElevationDeg + ", " + distanceM + ") end ("
                    + endAzimuthDeg + ", " + endElevationDeg + ", " + endDistanceM + ")");
        }
        EnumMap<IntentField, Double> conf = new EnumMap<>(IntentField.class);
        EnumMap<IntentField, List<String>> ev = new EnumMap<>(IntentField.class);
        for (IntentField f : IntentField.values()) {
            Double c = confidence == null ? null : confidence.get(f);
            double v = c == null ? 0.0 : c;
            range("confidence[" + f + "]", v, 0, 1);
            conf.put(f, v);
            List<String> words = evidence == null ? null : evidence.get(f);
            ev.put(f, words == null ? List.of() : List.copyOf(words));
        }
        confidence = Collections.unmodifiableMap(conf);
        evidence = Collections.unmodifiableMap(ev);
    }

    /** @return the start direction (Earshot convention) */
    public Direction startDirection() {
        return new Direction(startAzimuthDeg, startElevationDeg);
    }

    /** @return the end direction (Earshot convention); equals the start for a static source */
    public Direction endDirection() {
        return new Direction(endAzimuthDeg, endElevationDeg);
    }

    /** @param field a field @return its confidence in [0, 1] */
    public double confidence(IntentField field) {
        return confidence.get(field);
    }

    /** @param field a field @return the words that justified it, in text order (possibly empty) */
    public List<String> evidence(IntentField field) {
        return evidence.get(field);
    }

    /**
     * The render parameters for a clip: a moving source travels linearly (great circle in direction,
     * linear in distance) from start to end over the whole clip; a static one stays at the start.
     *
     * @param clipDurationS clip length in seconds, positive and finite
     * @return the parameters, with this intent's spread, wet mix, gain and room
     * @throws IllegalArgumentException if the duration is not positive and finite
     */
    public SpatialParams toSpatialParams(double clipDurationS) {
        if (!Double.isFinite(clipDurationS) || clipDurationS <= 0) {
            throw new IllegalArgumentException("clipDurationS must be positive and finite, got " + clipDurationS);
        }
        Trajectory t = moving && !isStationaryPath()
                ? Trajectory.linear(startDirection(), distanceM, endDirection(), endDistanceM, clipDurationS)
                : Trajectory.fixed(startDirection(), distanceM);
        return new SpatialParams(t, spreadDeg, wetMix, gainDb, room);
    }

    private boolean isStationaryPath() {
        return startDirection().equals(endDirection()) && distanceM == endDistanceM;
    }

    /** @return a builder with Earshot's neutral defaults (front, 0 deg, 2 m, dry, 0 dB, anechoic) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder pre-filled with this intent's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.startAzimuthDeg = startAzimuthDeg;
        b.startElevationDeg = startElevationDeg;
        b.endAzimuthDeg = endAzimuthDeg;
        b.endElevationDeg = endElevationDeg;
        b.distanceM = distanceM;
        b.endDistanceM = endDistanceM;
        b.spreadDeg = spreadDeg;
        b.wetMix = wetMix;
        b.gainDb = gainDb;
        b.room = room;
        b.moving = moving;
        b.confidence.putAll(confidence);
        evidence.forEach((k, v) -> b.evidence.put(k, new ArrayList<>(v)));
        return b;
    }

    private static double finite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite, got " + v);
        }
        return v;
    }

    private static void range(String name, double v, double lo, double hi) {
        if (!Double.isFinite(v) || v < lo || v > hi) {
            throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "], got " + v);
        }
    }

    /** Mutable helper to assemble a {@link SpatialIntent}; {@link #build()} validates. */
    public static final class Builder {
        private double startAzimuthDeg;
        private double startElevationDeg;
        private double endAzimuthDeg;
        private double endElevationDeg;
        private double distanceM = 2.0;
        private double endDistanceM = 2.0;
        private double spreadDeg;
        private double wetMix;
        private double gainDb;
        private RoomAcoustics room = new RoomAcoustics.Anechoic();
        private boolean moving;
        private final EnumMap<IntentField, Double> confidence = new EnumMap<>(IntentField.class);
        private final EnumMap<IntentField, List<String>> evidence = new EnumMap<>(IntentField.class);

        private Builder() {
        }

        /** @param azDeg azimuth (+left) @param elDeg elevation (+up) @return this, start and end set (static) */
        public Builder direction(double azDeg, double elDeg) {
            startAzimuthDeg = azDeg;
            endAzimuthDeg = azDeg;
            startElevationDeg = elDeg;
            endElevationDeg = elDeg;
            return this;
        }

        /** @param azDeg start azimuth (+left) @param elDeg start elevation @return this */
        public Builder start(double azDeg, double elDeg) {
            startAzimuthDeg = azDeg;
            startElevationDeg = elDeg;
            return this;
        }

        /** @param azDeg end azimuth (+left) @param elDeg end elevation @return this */
        public Builder end(double azDeg, double elDeg) {
            endAzimuthDeg = azDeg;
            endElevationDeg = elDeg;
            return this;
        }

        /** @param m start and end distance in metres @return this */
        public Builder distanceM(double m) {
            distanceM = m;
            endDistanceM = m;
            return this;
        }

        /** @param startM start distance @param endM end distance, metres @return this */
        public Builder distanceM(double startM, double endM) {
            distanceM = startM;
            endDistanceM = endM;
            return this;
        }

        /** @param deg spread in degrees @return this */
        public Builder spreadDeg(double deg) {
            spreadDeg = deg;
            return this;
        }

        /** @param wet wet mix in [0, 1] @return this */
        public Builder wetMix(double wet) {
            wetMix = wet;
            return this;
        }

        /** @param db gain in dB @return this */
        public Builder gainDb(double db) {
            gainDb = db;
            return this;
        }

        /** @param r room acoustics @return this */
        public Builder room(RoomAcoustics r) {
            room = r;
            return this;
        }

        /** @param m whether the source moves @return this */
        public Builder moving(boolean m) {
            moving = m;
            return this;
        }

        /** @param f field @param c confidence in [0, 1] @return this */
        public Builder confidence(IntentField f, double c) {
            confidence.put(f, c);
            return this;
        }

        /** @param f field @param word a justifying word, appended @return this */
        public Builder evidence(IntentField f, String word) {
            evidence.computeIfAbsent(f, k -> new ArrayList<>()).add(word);
            return this;
        }

        /** @return the validated intent @throws IllegalArgumentException as the record constructor */
        public SpatialIntent build() {
            return new SpatialIntent(startAzimuthDeg, startElevationDeg, endAzimuthDeg, endElevationDeg,
                    distanceM, endDistanceM, spreadDeg, wetMix, gainDb, room, moving, confidence, evidence);
        }
    }
}
