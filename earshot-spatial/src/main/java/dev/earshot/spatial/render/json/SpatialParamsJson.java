package dev.earshot.spatial.render.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.render.Keyframe;
import dev.earshot.spatial.render.RoomAcoustics;
import dev.earshot.spatial.render.SpatialParams;
import dev.earshot.spatial.render.Trajectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes {@link SpatialParams} as JSON (Earshot convention, +azimuth = left). Format:
 *
 * <pre>{@code
 * {"azimuth_deg": 30, "elevation_deg": 0, "distance_m": 2,
 *  "spread_deg": 0, "wet": 0.2, "gain_db": 0, "room": {"rt60_s": 0.8} | {"drr_db": 6},
 *  "to": {"azimuth_deg": -30, "elevation_deg": 0, "distance_m": 2, "duration_s": 5},
 *  "keyframes": [{"time_s": 0, "azimuth_deg": 0, "elevation_deg": 0, "distance_m": 1}, ...]}
 * }</pre>
 *
 * <p>Either a start position (optionally with {@code to}) or {@code keyframes} is given. Unknown keys
 * are rejected so that typos do not pass silently.
 */
public final class SpatialParamsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TOP_KEYS = Set.of("azimuth_deg", "elevation_deg", "distance_m", "spread_deg",
            "wet", "gain_db", "room", "to", "keyframes");

    private SpatialParamsJson() {
    }

    /**
     * Reads parameters from a file.
     *
     * @param file             the JSON file
     * @param defaultDurationS duration of a start→end move when {@code to.duration_s} is absent
     * @return the parameters
     * @throws SpatialParamsFormatException naming the file and field if the content is invalid
     * @throws IOException                  if the file cannot be read
     */
    public static SpatialParams read(Path file, double defaultDurationS) throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new SpatialParamsFormatException(file.toString(), "(file)", "does not exist");
        }
        return parse(text, file.toString(), defaultDurationS);
    }

    /**
     * Parses parameters from JSON text.
     *
     * @param json             the JSON text
     * @param source           name of where it came from, for messages
     * @param defaultDurationS duration of a start→end move when {@code to.duration_s} is absent
     * @return the parameters
     * @throws SpatialParamsFormatException naming the source and field if the content is invalid
     */
    public static SpatialParams parse(String json, String source, double defaultDurationS)
            throws SpatialParamsFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SpatialParamsFormatException(source, "(syntax)",
                    "not valid JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new SpatialParamsFormatException(source, "(root)", "expected a JSON object");
        }
        try {
            checkKeys(root, TOP_KEYS, source, "");
            Trajectory trajectory = root.has("keyframes")
                    ? keyframes(root.get("keyframes"), source)
                    : startEnd(root, source, defaultDurationS);
            return new SpatialParams(trajectory,
                    num(root, "spread_deg", 0, source, ""),
                    num(root, "wet", 0, source, ""),
                    num(root, "gain_db", 0, source, ""),
                    room(root.get("room"), source));
        } catch (IllegalArgumentException e) {
            if (e instanceof SpatialParamsFormatException.Wrapped w) {
                throw w.unwrap();
            }
            throw new SpatialParamsFormatException(source, "(value)", e.getMessage());
        }
    }

    /**
     * Writes parameters as JSON (keyframe form when the source moves).
     *
     * @param params the parameters
     * @return pretty-printed JSON text
     */
    public static String toJson(SpatialParams params) {
        ObjectNode o = MAPPER.createObjectNode();
        List<Keyframe> ks = params.trajectory().keyframes();
        if (ks.size() == 1) {
            Keyframe k = ks.get(0);
            o.put("azimuth_deg", k.direction().azimuthDeg());
            o.put("elevation_deg", k.direction().elevationDeg());
            o.put("distance_m", k.distanceM());
        } else {
            ArrayNode arr = o.putArray("keyframes");
            for (Keyframe k : ks) {
                ObjectNode n = arr.addObject();
                n.put("time_s", k.timeS());
                n.put("azimuth_deg", k.direction().azimuthDeg());
                n.put("elevation_deg", k.direction().elevationDeg());
                n.put("distance_m", k.distanceM());
            }
        }
        o.put("spread_deg", params.spreadDeg());
        o.put("wet", params.wetMix());
        o.put("gain_db", params.gainDb());
        if (params.room() instanceof RoomAcoustics.Rt60 r) {
            o.putObject("room").put("rt60_s", r.rt60S());
        } else if (params.room() instanceof RoomAcoustics.Drr d) {
            o.putObject("room").put("drr_db", d.drrDb());
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Trajectory startEnd(JsonNode root, String source, double defaultDurationS) {
        Direction from = new Direction(num(root, "azimuth_deg", 0, source, ""), num(root, "elevation_deg", 0, source, ""));
        double dist = num(root, "distance_m", 1, source, "");
        JsonNode to = root.get("to");
        if (to == null || to.isNull()) {
            return Trajectory.fixed(from, dist);
        }
        if (!to.isObject()) {
            throw wrapped(source, "to", "expected an object with azimuth_deg/elevation_deg/distance_m/duration_s");
        }
        checkKeys(to, Set.of("azimuth_deg", "elevation_deg", "distance_m", "duration_s"), source, "to.");
        Direction end = new Direction(num(to, "azimuth_deg", from.azimuthDeg(), source, "to."),
                num(to, "elevation_deg", from.elevationDeg(), source, "to."));
        return Trajectory.linear(from, dist, end, num(to, "distance_m", dist, source, "to."),
                num(to, "duration_s", defaultDurationS, source, "to."));
    }

    private static Trajectory keyframes(JsonNode arr, String source) {
        if (!arr.isArray() || arr.isEmpty()) {
            throw wrapped(source, "keyframes", "expected a non-empty array of {time_s, azimuth_deg, elevation_deg, distance_m}");
        }
        List<Keyframe> ks = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            JsonNode k = arr.get(i);
            String p = "keyframes[" + i + "].";
            if (!k.isObject()) {
                throw wrapped(source, "keyframes[" + i + "]", "expected an object");
            }
            checkKeys(k, Set.of("time_s", "azimuth_deg", "elevation_deg", "distance_m"), source, p);
            try {
                ks.add(new Keyframe(num(k, "time_s", Double.NaN, source, p),
                        new Direction(num(k, "azimuth_deg", 0, source, p), num(k, "elevation_deg", 0, source, p)),
                        num(k, "distance_m", 1, source, p)));
            } catch (SpatialParamsFormatException.Wrapped w) {
                throw w;
            } catch (IllegalArgumentException e) {
                throw wrapped(source, "keyframes[" + i + "]", e.getMessage());
            }
        }
        return new Trajectory(ks);
    }

    private static RoomAcoustics room(JsonNode room, String source) {
        if (room == null || room.isNull()) {
            return new RoomAcoustics.Anechoic();
        }
        if (!room.isObject()) {
            throw wrapped(source, "room", "expected {\"rt60_s\": S} or {\"drr_db\": D}");
        }
        checkKeys(room, Set.of("rt60_s", "drr_db"), source, "room.");
        if (room.has("rt60_s") && room.has("drr_db")) {
            throw wrapped(source, "room", "give either rt60_s or drr_db, not both");
        }
        if (room.has("rt60_s")) {
            return new RoomAcoustics.Rt60(num(room, "rt60_s", 0, source, "room."));
        }
        if (room.has("drr_db")) {
            return new RoomAcoustics.Drr(num(room, "drr_db", 0, source, "room."));
        }
        return new RoomAcoustics.Anechoic();
    }

    private static double num(JsonNode obj, String key, double dflt, String source, String prefix) {
        JsonNode n = obj.get(key);
        if (n == null || n.isNull()) {
            if (Double.isNaN(dflt)) {
                throw wrapped(source, prefix + key, "is required");
            }
            return dflt;
        }
        if (!n.isNumber()) {
            throw wrapped(source, prefix + key, "expected a number, got " + n);
        }
        double v = n.asDouble();
        if (!Double.isFinite(v)) {
            throw wrapped(source, prefix + key, "must be finite, got " + v);
        }
        return v;
    }

    private static void checkKeys(JsonNode obj, Set<String> allowed, String source, String prefix) {
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw wrapped(source, prefix + k, "unknown key; expected one of " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private static SpatialParamsFormatException.Wrapped wrapped(String source, String field, String problem) {
        return new SpatialParamsFormatException.Wrapped(new SpatialParamsFormatException(source, field, problem));
    }
}
