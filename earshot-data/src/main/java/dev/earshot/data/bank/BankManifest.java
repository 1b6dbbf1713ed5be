package dev.earshot.data.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.audio.io.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes bank manifests, one row per clip, as CSV or JSON.
 *
 * <p>CSV: a header naming the columns (any order) {@code id, path, labels, source_id, licence, split}
 * and optionally {@code original_file, duration_s}; {@code labels} holds the class labels separated by
 * {@code ';'}. JSON: {@code {"clips": [{"id": ..., "path": ..., "labels": [...], "source_id": ...,
 * "licence": ..., "split": ..., "original_file": ..., "duration_s": ...}, ...]}} with the same optional
 * fields. Paths are relative to the bank folder with {@code '/'} separators.
 */
public final class BankManifest {
    /** File name of a CSV manifest inside a bank folder. */
    public static final String CSV_NAME = "manifest.csv";
    /** File name of a JSON manifest inside a bank folder. */
    public static final String JSON_NAME = "manifest.json";

    static final List<String> REQUIRED = List.of("id", "path", "labels", "source_id", "licence", "split");
    static final List<String> COLUMNS = List.of("id", "path", "labels", "source_id", "licence", "split",
            "original_file", "duration_s");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BankManifest() {
    }

    /**
     * Parses a CSV manifest.
     *
     * @param text   the file content
     * @param source the file, for messages (may be null)
     * @return the rows in file order
     * @throws BankFormatException naming the row and field of the first malformed row
     */
    public static List<BankEntry> parseCsv(String text, Path source) throws BankFormatException {
        List<Csv.Row> rows = Csv.parse(text, source);
        if (rows.isEmpty()) {
            throw new BankFormatException(source, "line 1", "header", "expected a header row, the file is empty");
        }
        List<String> header = rows.get(0).fields().stream().map(String::trim).toList();
        Map<String, Integer> col = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (!COLUMNS.contains(name)) {
                throw new BankFormatException(source, "line 1", "header", "unknown column '" + name + "'; expected "
                        + COLUMNS);
            }
            if (col.put(name, c) != null) {
                throw new BankFormatException(source, "line 1", "header", "column '" + name + "' appears twice");
            }
        }
        for (String r : REQUIRED) {
            if (!col.containsKey(r)) {
                throw new BankFormatException(source, "line 1", "header", "missing column '" + r + "'; required: "
                        + REQUIRED);
            }
        }
        List<BankEntry> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            Csv.Row row = rows.get(r);
            String item = "row " + r + " (line " + row.line() + ")";
            if (row.fields().size() != header.size()) {
                throw new BankFormatException(source, item, "columns", "expected " + header.size() + " fields, got "
                        + row.fields().size());
            }
            Map<String, String> v = new HashMap<>();
            col.forEach((k, c) -> v.put(k, row.fields().get(c)));
            List<String> labels = v.get("labels").isBlank() ? List.of()
                    : List.of(v.get("labels").split(";", -1)).stream().map(String::trim).toList();
            out.add(entry(source, item, v, labels));
        }
        return out;
    }

    /**
     * Parses a JSON manifest.
     *
     * @param text   the file content
     * @param source the file, for messages (may be null)
     * @return the rows in file order
     * @throws BankFormatException naming the item and field of the first malformed item
     */
    public static List<BankEntry> parseJson(String text, Path source) throws BankFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BankFormatException(source, "document", "json", "not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode clips = root == null ? null : root.get("clips");
        if (clips == null || !clips.isArray()) {
            throw new BankFormatException(source, "document", "clips", "expected an object with a 'clips' array");
        }
        List<BankEntry> out = new ArrayList<>();
        for (int k = 0; k < clips.size(); k++) {
            JsonNode o = clips.get(k);
            String item = "clips[" + k + "]";
            if (!o.isObject()) {
                throw new BankFormatException(source, item, "clip", "expected an object");
            }
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!COLUMNS.contains(name)) {
                    throw new BankFormatException(source, item, name, "unknown field; expected " + COLUMNS);
                }
            }
            Map<String, String> v = new HashMap<>();
            for (String name : COLUMNS) {
                JsonNode f = o.get(name);
                if (f == null || f.isNull() || name.equals("labels")) {
                    continue;
                }
                if (!f.isValueNode()) {
                    throw new BankFormatException(source, item, name, "expected a string or number");
                }
                v.put(name, f.asText());
            }
            for (String r : REQUIRED) {
                if (!r.equals("labels") && !v.containsKey(r)) {
                    throw new BankFormatException(source, item, r, "missing");
                }
            }
            JsonNode l = o.get("labels");
            if (l == null || !l.isArray()) {
                throw new BankFormatException(source, item, "labels", "expected an array of class names");
            }
            List<String> labels = new ArrayList<>();
            for (JsonNode e : l) {
                if (!e.isTextual()) {
                    throw new BankFormatException(source, item, "labels", "expected strings, got " + e);
                }
                labels.add(e.asText());
            }
            out.add(entry(source, item, v, labels));
        }
        return out;
    }

    private static BankEntry entry(Path source, String item, Map<String, String> v, List<String> labels)
            throws BankFormatException {
        BankClip clip;
        try {
            clip = new BankClip(v.get("id").trim(), v.get("path").trim(), labels, v.get("source_id").trim(),
                    v.get("licence").trim(), v.get("split").trim());
        } catch (IllegalArgumentException e) {
            throw new BankFormatException(source, item, "clip", e.getMessage());
        }
        String original = v.getOrDefault("original_file", "").trim();
        double duration = Double.NaN;
        String d = v.getOrDefault("duration_s", "").trim();
        if (!d.isEmpty()) {
            try {
                duration = Double.parseDouble(d);
            } catch (NumberFormatException e) {
                throw new BankFormatException(source, item, "duration_s", "expected a number of seconds, got '" + d + "'");
            }
            if (!(duration >= 0) || Double.isInfinite(duration)) {
                throw new BankFormatException(source, item, "duration_s", "expected a finite number >= 0, got " + d);
            }
        }
        return new BankEntry(clip, original.isEmpty() ? clip.sourceId() : original, duration);
    }

    /**
     * Formats entries as CSV with all columns ({@code duration_s} with 4 decimals, empty when NaN).
     *
     * @param entries the rows
     * @return the CSV text
     */
    public static String toCsv(List<BankEntry> entries) {
        StringBuilder sb = new StringBuilder(Csv.line(COLUMNS));
        for (BankEntry e : entries) {
            BankClip c = e.clip();
            sb.append(Csv.line(List.of(c.id(), c.path(), String.join(";", c.labels()), c.sourceId(), c.licence(),
                    c.split(), e.originalFile(), duration(e))));
        }
        return sb.toString();
    }

    /**
     * Formats entries as a JSON manifest.
     *
     * @param entries the rows
     * @return the JSON text
     */
    public static String toJson(List<BankEntry> entries) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode clips = root.putArray("clips");
        for (BankEntry e : entries) {
            BankClip c = e.clip();
            ObjectNode o = clips.addObject();
            o.put("id", c.id());
            o.put("path", c.path());
            ArrayNode l = o.putArray("labels");
            c.labels().forEach(l::add);
            o.put("source_id", c.sourceId());
            o.put("licence", c.licence());
            o.put("split", c.split());
            o.put("original_file", e.originalFile());
            if (!Double.isNaN(e.durationS())) {
                o.put("duration_s", Double.parseDouble(duration(e)));
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Writes a manifest atomically, as JSON if the file name ends in {@code .json}, else as CSV.
     *
     * @param file    target file
     * @param entries the rows
     * @throws IOException if writing fails
     */
    public static void write(Path file, List<BankEntry> entries) throws IOException {
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        AtomicFiles.write(file, (json ? toJson(entries) : toCsv(entries)).getBytes(StandardCharsets.UTF_8));
    }

    private static String duration(BankEntry e) {
        return Double.isNaN(e.durationS()) ? "" : String.format(Locale.ROOT, "%.4f", e.durationS());
    }
}
