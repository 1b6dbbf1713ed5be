package dev.earshot.ml.perception;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of a {@link Perception} ({@code earshot analyze --json}):
 * <pre>{"azimuth_deg": 30.0, "elevation_deg": 0.0, "distance_m": 1.5, "doa_confidence": 0.8,
 *  "events": [{"label": "Speech", "probability": 0.93}, ...]}</pre>
 * Angles in Earshot's convention (azimuth +90 = left). {@code doa_confidence} is optional on reading (1 when
 * absent); unknown fields are ignored.
 */
public final class PerceptionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PerceptionJson() {
    }

    /**
     * @param p a perception
     * @return its JSON object
     */
    public static ObjectNode toNode(Perception p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("azimuth_deg", p.azimuthDeg());
        o.put("elevation_deg", p.elevationDeg());
        o.put("distance_m", p.distanceM());
        o.put("doa_confidence", p.doaConfidence());
        ArrayNode ev = o.putArray("events");
        for (EventScore e : p.events()) {
            ev.addObject().put("label", e.label()).put("probability", e.probability());
        }
        return o;
    }

    /**
     * @param p a perception
     * @return compact JSON text
     */
    public static String toJson(Perception p) {
        return toNode(p).toString();
    }

    /**
     * Parses JSON text.
     *
     * @param json   the text
     * @param source where it came from, for messages (a file name)
     * @return the perception
     * @throws PerceptionFormatException if it is not JSON or a field is missing or invalid (the message names it)
     */
    public static Perception fromJson(String json, String source) {
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PerceptionFormatException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        return fromNode(n, source);
    }

    /**
     * Reads a JSON object.
     *
     * @param n      the object
     * @param source where it came from, for messages
     * @return the perception
     * @throws PerceptionFormatException if a field is missing or invalid (the message names it)
     */
    public static Perception fromNode(JsonNode n, String source) {
        if (n == null || !n.isObject()) {
            throw new PerceptionFormatException(source + ": expected a JSON object");
        }
        double az = number(n, "azimuth_deg", source);
        double el = number(n, "elevation_deg", source);
        double d = number(n, "distance_m", source);
        double conf = n.has("doa_confidence") ? number(n, "doa_confidence", source) : 1.0;
        JsonNode ev = n.get("events");
        if (ev == null || !ev.isArray()) {
            throw new PerceptionFormatException(source + ": field \"events\": expected an array of {label, probability}");
        }
        List<EventScore> events = new ArrayList<>();
        for (int i = 0; i < ev.size(); i++) {
            JsonNode e = ev.get(i);
            String where = "events[" + i + "]";
            JsonNode label = e.get("label");
            if (label == null || !label.isTextual()) {
                throw new PerceptionFormatException(source + ": field \"" + where + ".label\": expected a string");
            }
            double p = number(e, "probability", source + ": " + where);
            try {
                events.add(new EventScore(label.asText(), p));
            } catch (IllegalArgumentException x) {
                throw new PerceptionFormatException(source + ": " + where + ": " + x.getMessage(), x);
            }
        }
        try {
            return new Perception(events, az, el, d, conf);
        } catch (IllegalArgumentException x) {
            throw new PerceptionFormatException(source + ": " + x.getMessage(), x);
        }
    }

    private static double number(JsonNode n, String field, String source) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) {
            throw new PerceptionFormatException(source + ": field \"" + field + "\": expected a number, got "
                    + (v == null ? "nothing" : v.toString()));
        }
        return v.asDouble();
    }
}
