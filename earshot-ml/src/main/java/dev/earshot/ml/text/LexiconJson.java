package dev.earshot.ml.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the two lexicon json shapes into {@link LexiconEntry}s (see {@link SpatialLexicon}). */
final class LexiconJson {

    private static final Map<String, Cue> TEXT2HOA_CATEGORIES = Map.of("azimuth", Cue.AZIMUTH,
            "elevation", Cue.ELEVATION, "distance", Cue.DISTANCE, "spread", Cue.SPREAD, "wet_mix", Cue.WET,
            "wet", Cue.WET, "gain", Cue.GAIN);

    private LexiconJson() {
    }

    static void readText2Hoa(JsonNode root, Map<String, LexiconEntry> out, int[] skipped) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("text2hoa lexicon: expected a json object at the top");
        }
        for (String cat : List.of("azimuth", "elevation", "distance", "spread", "wet_mix", "gain")) {
            JsonNode terms = root.path(cat).path("terms");
            if (!terms.isArray()) {
                throw new IllegalArgumentException("text2hoa lexicon: field '" + cat + ".terms' must be an array");
            }
            for (JsonNode t : terms) {
                Double v = text2hoaValue(TEXT2HOA_CATEGORIES.get(cat), t.get("value"), t.get("degrees"));
                addBoth(t, TEXT2HOA_CATEGORIES.get(cat), v, out, skipped);
            }
        }
        JsonNode extra = root.path("additional_spatial_terms").path("terms");
        if (extra.isArray()) {
            for (JsonNode t : extra) {
                Cue cue = TEXT2HOA_CATEGORIES.get(t.path("parameter").asText(""));
                if (cue == null) {
                    skipped[0]++;
                    continue;
                }
                // additional elevations are written in degrees
                JsonNode deg = cue == Cue.ELEVATION ? t.get("value") : null;
                addBoth(t, cue, text2hoaValue(cue, t.get("value"), deg), out, skipped);
            }
        }
    }

    private static void addBoth(JsonNode t, Cue cue, Double value, Map<String, LexiconEntry> out, int[] skipped) {
        for (String lang : List.of("english", "korean")) {
            JsonNode term = t.get(lang);
            if (term == null || term.isNull() || term.asText().isBlank() || term.asText().equals("default")) {
                continue;
            }
            if (value == null) {
                skipped[0]++;
                continue;
            }
            String code = lang.equals("english") ? "en" : "ko";
            boolean stem = code.equals("ko") && cue != Cue.AZIMUTH && cue != Cue.ELEVATION;
            put(out, new LexiconEntry(term.asText(), Tokens.texts(term.asText()), code, cue, value, "", stem, "text2hoa"));
        }
    }

    /** @return the value in Earshot units, or null when ambiguous */
    static Double text2hoaValue(Cue cue, JsonNode value, JsonNode degrees) {
        Double v = number(value);
        if (v == null) {
            return null;
        }
        return switch (cue) {
            case AZIMUTH -> dev.earshot.spatial.geom.Direction.wrapDeg(-v); // text2hoa +right -> Earshot +left
            case ELEVATION -> degrees != null && number(degrees) != null ? number(degrees) : Math.toDegrees(v);
            case GAIN -> 20 * Math.log10(v); // multiplier -> dB offset
            default -> v;
        };
    }

    private static Double number(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        String s = n.asText().trim();
        try {
            if (s.startsWith(">")) {
                return Double.parseDouble(s.substring(1).trim());
            }
            int dash = s.indexOf('-', 1);
            if (dash > 0) {
                return (Double.parseDouble(s.substring(0, dash)) + Double.parseDouble(s.substring(dash + 1))) / 2;
            }
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null; // "±90", "±45 or ±135": ambiguous
        }
    }

    static void readEarshot(JsonNode root, Map<String, LexiconEntry> out) {
        JsonNode entries = root == null ? null : root.get("entries");
        if (entries == null || !entries.isArray()) {
            throw new IllegalArgumentException("earshot lexicon: field 'entries' must be an array");
        }
        int i = 0;
        for (JsonNode e : entries) {
            String where = "earshot lexicon: entries[" + i++ + "]";
            String cueName = e.path("cue").asText("");
            Cue cue;
            try {
                cue = Cue.valueOf(cueName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(where + ".cue: expected one of " + List.of(Cue.values()) + ", got '" + cueName + "'");
            }
            String label = e.path("label").asText("").toUpperCase(Locale.ROOT);
            if (cue == Cue.MOTION) {
                Motion.valueOf(checkLabel(where, label, Motion.class));
            } else if (cue == Cue.ROLE) {
                Role.valueOf(checkLabel(where, label, Role.class));
            } else if (!e.path("value").isNumber()) {
                throw new IllegalArgumentException(where + ".value: expected a number");
            }
            double value = e.path("value").asDouble(0);
            boolean stemKo = e.path("stem").asBoolean(false);
            boolean stemEn = e.path("stem_en").asBoolean(false);
            for (String lang : List.of("en", "ko")) {
                boolean stem = lang.equals("ko") ? stemKo : stemEn;
                JsonNode terms = e.get(lang);
                if (terms == null) {
                    continue;
                }
                if (!terms.isArray()) {
                    throw new IllegalArgumentException(where + "." + lang + ": expected an array of strings");
                }
                for (JsonNode t : terms) {
                    List<String> toks = Tokens.texts(t.asText());
                    if (toks.isEmpty()) {
                        throw new IllegalArgumentException(where + "." + lang + ": empty term");
                    }
                    put(out, new LexiconEntry(t.asText(), toks, lang, cue, value, label, stem, "earshot"));
                }
            }
        }
    }

    private static <E extends Enum<E>> String checkLabel(String where, String label, Class<E> type) {
        for (E c : type.getEnumConstants()) {
            if (c.name().equals(label)) {
                return label;
            }
        }
        throw new IllegalArgumentException(where + ".label: expected one of " + List.of(type.getEnumConstants()) + ", got '" + label + "'");
    }

    private static void put(Map<String, LexiconEntry> out, LexiconEntry e) {
        out.put(e.lang() + "|" + String.join(" ", e.tokens()) + "|" + e.cue(), e);
    }
}
