package dev.earshot.ml.text.text2hoa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.ml.text.IntentField;
import dev.earshot.ml.text.SpatialIntent;
import dev.earshot.spatial.render.RoomAcoustics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads text2hoa jsonl files (one json object per line; blank lines skipped) into
 * {@link Text2HoaSample}s in Earshot's convention, through {@link Text2HoaConvention}.
 *
 * <p>Flat rows: {@code text, lang, az_sc [2], el_rad, dist_m, spread_deg, wet_mix,
 * room_depth {drr_db | rt60_s}, gain_db}. v4 rows: {@code text, lang, y {13 keys}, mask {same keys},
 * meta}. Errors are {@link Text2HoaFormatException}s naming file, line and field.
 */
public final class Text2HoaReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] V4_KEYS = {"az_sin_start", "az_cos_start", "az_sin_end", "az_cos_end",
        "el_sin_start", "el_cos_start", "el_sin_end", "el_cos_end", "dist_z", "width_start", "width_end",
        "wet_norm", "gain_norm"};

    private Text2HoaReader() {
    }

    /**
     * Reads a flat-format file.
     *
     * @param file  the jsonl file (UTF-8)
     * @param order how to read {@code az_sc}
     * @return the rows in file order
     * @throws IOException if the file cannot be read
     */
    public static List<Text2HoaSample> readFlat(Path file, AzScOrder order) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readFlat(r, file.toString(), order);
        }
    }

    /**
     * Reads flat-format lines.
     *
     * @param in         the jsonl text
     * @param sourceName name for error messages
     * @param order      how to read {@code az_sc}
     * @return the rows in order
     * @throws IOException if reading fails
     */
    public static List<Text2HoaSample> readFlat(Reader in, String sourceName, AzScOrder order) throws IOException {
        List<Text2HoaSample> out = new ArrayList<>();
        forEachLine(in, sourceName, (node, line) -> out.add(flatRow(node, sourceName, line, order)));
        return out;
    }

    /**
     * Reads a v4-trajectory file.
     *
     * @param file  the jsonl file (UTF-8)
     * @param stats the dataset's normalisation constants
     * @return the rows in file order
     * @throws IOException if the file cannot be read
     */
    public static List<Text2HoaSample> readV4(Path file, Text2HoaStats stats) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readV4(r, file.toString(), stats);
        }
    }

    /**
     * Reads v4-trajectory lines.
     *
     * @param in         the jsonl text
     * @param sourceName name for error messages
     * @param stats      the dataset's normalisation constants
     * @return the rows in order
     * @throws IOException if reading fails
     */
    public static List<Text2HoaSample> readV4(Reader in, String sourceName, Text2HoaStats stats) throws IOException {
        List<Text2HoaSample> out = new ArrayList<>();
        forEachLine(in, sourceName, (node, line) -> out.add(v4Row(node, sourceName, line, stats)));
        return out;
    }

    private interface RowHandler {
        void accept(JsonNode node, int line);
    }

    private static void forEachLine(Reader in, String source, RowHandler h) throws IOException {
        JsonLines.forEach(in, source, (node, line) -> {
            if (!node.isObject()) {
                throw new Text2HoaFormatException(source, line, "(row)", "a json object");
            }
            h.accept(node, line);
        });
    }

    private static Text2HoaSample flatRow(JsonNode n, String src, int line, AzScOrder order) {
        String text = str(n, "text", src, line);
        String lang = str(n, "lang", src, line);
        JsonNode az = n.get("az_sc");
        if (az == null || !az.isArray() || az.size() != 2 || !az.get(0).isNumber() || !az.get(1).isNumber()) {
            throw new Text2HoaFormatException(src, line, "az_sc", "an array of 2 numbers");
        }
        double a0 = az.get(0).doubleValue();
        double a1 = az.get(1).doubleValue();
        if (!(Math.hypot(a0, a1) > 1e-9)) {
            throw new Text2HoaFormatException(src, line, "az_sc", "a non-zero (sin, cos) pair");
        }
        double elRad = num(n, "el_rad", src, line);
        double dist = num(n, "dist_m", src, line);
        double spread = num(n, "spread_deg", src, line);
        double wet = num(n, "wet_mix", src, line);
        double gain = num(n, "gain_db", src, line);
        JsonNode rd = n.get("room_depth");
        if (rd == null || !rd.isObject()) {
            throw new Text2HoaFormatException(src, line, "room_depth", "an object with drr_db or rt60_s");
        }
        RoomAcoustics room;
        try {
            if (rd.has("drr_db")) {
                room = new RoomAcoustics.Drr(num(rd, "drr_db", src, line));
            } else if (rd.has("rt60_s")) {
                room = new RoomAcoustics.Rt60(num(rd, "rt60_s", src, line));
            } else {
                throw new Text2HoaFormatException(src, line, "room_depth", "drr_db or rt60_s");
            }
        } catch (IllegalArgumentException e) {
            throw new Text2HoaFormatException(src, line, "room_depth", "a value in range (" + e.getMessage() + ")");
        }
        double azDeg = Text2HoaConvention.azimuthFromAzScDeg(a0, a1, order);
        SpatialIntent.Builder b = SpatialIntent.builder()
                .direction(azDeg, Math.toDegrees(elRad)).distanceM(dist).spreadDeg(spread)
                .wetMix(wet).gainDb(gain).room(room).moving(false);
        for (IntentField f : IntentField.values()) {
            b.confidence(f, f == IntentField.MOVEMENT ? 0.0 : 1.0);
        }
        return new Text2HoaSample(line, text, lang, build(b, src, line), a0, a1);
    }

    private static Text2HoaSample v4Row(JsonNode n, String src, int line, Text2HoaStats stats) {
        String text = str(n, "text", src, line);
        String lang = str(n, "lang", src, line);
        JsonNode y = obj(n, "y", src, line);
        JsonNode mask = obj(n, "mask", src, line);
        double[] v = new double[V4_KEYS.length];
        double[] m = new double[V4_KEYS.length];
        for (int i = 0; i < V4_KEYS.length; i++) {
            v[i] = num(y, V4_KEYS[i], src, line, "y.");
            m[i] = num(mask, V4_KEYS[i], src, line, "mask.");
            if (m[i] < 0 || m[i] > 1) {
                throw new Text2HoaFormatException(src, line, "mask." + V4_KEYS[i], "a weight in [0, 1], got " + m[i]);
            }
        }
        double[] sc = Text2HoaConvention.v4AzSc(v[0], v[1], v[2], v[3]);
        double az = Text2HoaConvention.decodeV4AzimuthDeg(v[0], v[1], v[2], v[3]);
        double el0 = Text2HoaConvention.elevationDeg(v[4], v[5]);
        double el1 = Text2HoaConvention.elevationDeg(v[6], v[7]);
        double dist = Text2HoaConvention.distanceM(stats, v[8]);
        boolean moving = Math.abs(el1 - el0) > 1e-9;
        SpatialIntent.Builder b = SpatialIntent.builder()
                .start(az, el0).end(az, el1).moving(moving).distanceM(dist)
                .spreadDeg(Text2HoaConvention.spreadDeg(stats, v[9]))
                .wetMix(v[11]).gainDb(Text2HoaConvention.gainDb(stats, v[12]))
                .room(new RoomAcoustics.Anechoic())
                .confidence(IntentField.AZIMUTH, m[0]).confidence(IntentField.ELEVATION, m[4])
                .confidence(IntentField.DISTANCE, m[8]).confidence(IntentField.SPREAD, m[9])
                .confidence(IntentField.WET, m[11]).confidence(IntentField.GAIN, m[12])
                .confidence(IntentField.ROOM, 0.0).confidence(IntentField.MOVEMENT, m[6]);
        return new Text2HoaSample(line, text, lang, build(b, src, line), sc[0], sc[1]);
    }

    private static SpatialIntent build(SpatialIntent.Builder b, String src, int line) {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new Text2HoaFormatException(src, line, "value out of range: " + e.getMessage(), e);
        }
    }

    private static String str(JsonNode n, String field, String src, int line) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new Text2HoaFormatException(src, line, field, "a string");
        }
        return v.asText();
    }

    private static JsonNode obj(JsonNode n, String field, String src, int line) {
        JsonNode v = n.get(field);
        if (v == null || !v.isObject()) {
            throw new Text2HoaFormatException(src, line, field, "an object");
        }
        return v;
    }

    private static double num(JsonNode n, String field, String src, int line) {
        return num(n, field, src, line, "");
    }

    private static double num(JsonNode n, String field, String src, int line, String prefix) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw new Text2HoaFormatException(src, line, prefix + field, "a finite number");
        }
        return v.doubleValue();
    }
}
