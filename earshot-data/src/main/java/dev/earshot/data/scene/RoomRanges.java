package dev.earshot.data.scene;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The DISSE room parameter ranges ({@code make_RIR/spatial_ranges.yml}, SPEC.md 4.3) for one split.
 *
 * @param split      "TRAINVAL" or "TEST" (the YAML section it came from)
 * @param areaMinM2  smallest floor area, m^2
 * @param areaMaxM2  largest floor area, m^2
 * @param elMinDeg   lowest source elevation, degrees
 * @param elMaxDeg   highest source elevation, degrees
 * @param distMinM   shortest source distance, metres
 * @param distMaxM   longest source distance, metres
 * @param t30MinMs   shortest full-band T30, ms
 * @param t30MaxMs   longest full-band T30, ms
 * @param absMin     smallest wall absorption alpha
 * @param absMax     largest wall absorption alpha
 */
public record RoomRanges(String split, double areaMinM2, double areaMaxM2, double elMinDeg, double elMaxDeg,
                         double distMinM, double distMaxM, double t30MinMs, double t30MaxMs, double absMin,
                         double absMax) {
    /** Class-path resource holding a copy of the DISSE file. */
    public static final String RESOURCE = "spatial_ranges.yml";

    /** @throws IllegalArgumentException if a minimum exceeds its maximum or a value is out of range */
    public RoomRanges {
        check("AREA", areaMinM2, areaMaxM2, 1, 40000);
        check("EL", elMinDeg, elMaxDeg, -90, 90);
        check("DIST", distMinM, distMaxM, 0.01, 1000);
        check("T30", t30MinMs, t30MaxMs, 1, 30000);
        check("ABS", absMin, absMax, 1e-6, 1);
    }

    private static void check(String name, double lo, double hi, double floor, double ceil) {
        if (!(lo >= floor && hi <= ceil && lo <= hi)) {
            throw new IllegalArgumentException("room range " + name + "_MIN/" + name + "_MAX must satisfy " + floor
                    + " <= min <= max <= " + ceil + ", got " + lo + ", " + hi);
        }
    }

    /**
     * The ranges of the built-in copy of DISSE's {@code spatial_ranges.yml}.
     *
     * @param split "TRAINVAL" or "TEST"
     * @return the ranges of that section
     * @throws IllegalArgumentException for another split
     */
    public static RoomRanges disse(String split) {
        try (InputStream in = RoomRanges.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("resource " + RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), split, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the YAML subset used by {@code spatial_ranges.yml}: top-level {@code KEY: number} pairs and
     * one level of sections ({@code SECTION:} followed by indented {@code KEY: number}); {@code #} starts a
     * comment.
     *
     * @param yaml   the file text
     * @param split  the section to read ("TRAINVAL" or "TEST")
     * @param source name of the file, for error messages
     * @return the ranges (ABS_MIN/ABS_MAX from the top level)
     * @throws IllegalArgumentException naming the source, line and key when the text is malformed or a
     *                                  key is missing
     */
    public static RoomRanges parse(String yaml, String split, String source) {
        Map<String, Double> values = new LinkedHashMap<>();
        String section = null;
        String[] lines = yaml.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).stripTrailing();
            if (line.isBlank()) {
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": expected 'KEY: value', got '" + raw + "'");
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (!indented) {
                section = null;
            }
            if (value.isEmpty()) {
                if (indented) {
                    throw new IllegalArgumentException(source + " line " + (i + 1) + ": nested sections are not supported");
                }
                section = key;
                continue;
            }
            String full = indented ? section + "." + key : key;
            try {
                values.put(full, Double.parseDouble(value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": key " + full
                        + " must be a number, got '" + value + "'", e);
            }
        }
        return new RoomRanges(split, get(values, split + ".AREA_MIN", source), get(values, split + ".AREA_MAX", source),
                get(values, split + ".EL_MIN", source), get(values, split + ".EL_MAX", source),
                get(values, split + ".DIST_MIN", source), get(values, split + ".DIST_MAX", source),
                get(values, split + ".T30_MIN", source), get(values, split + ".T30_MAX", source),
                get(values, "ABS_MIN", source), get(values, "ABS_MAX", source));
    }

    private static double get(Map<String, Double> values, String key, String source) {
        Double v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException(source + ": missing key " + key);
        }
        return v;
    }
}
