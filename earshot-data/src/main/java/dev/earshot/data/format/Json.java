package dev.earshot.data.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.audio.io.AtomicFiles;
import dev.earshot.spatial.geom.Vec3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON helpers shared by the formats: one configured mapper, deterministic output (fields in insertion
 * order, doubles in Java's shortest round-trip form, '\n' line ends), atomic writes, and typed errors that
 * name the file and field.
 */
public final class Json {
    /** Compact mapper (JSONL lines). */
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** @return a new empty object node */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** @return a new empty array node */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /**
     * @param v a vector
     * @return {@code [x, y, z]}
     */
    public static ArrayNode vec(Vec3 v) {
        return array().add(v.x()).add(v.y()).add(v.z());
    }

    /**
     * @param strings strings
     * @return a JSON array of them
     */
    public static ArrayNode strings(List<String> strings) {
        ArrayNode a = array();
        strings.forEach(a::add);
        return a;
    }

    /**
     * Puts a double, writing null for NaN or infinity (JSON has no such numbers).
     *
     * @param o     target
     * @param field field name
     * @param v     value
     */
    public static void putFinite(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, v);
        } else {
            o.putNull(field);
        }
    }

    /**
     * Writes pretty-printed JSON atomically with '\n' line ends.
     *
     * @param file target
     * @param node content
     * @throws IOException if writing fails
     */
    public static void writePretty(Path file, JsonNode node) throws IOException {
        String text = PRETTY.writeValueAsString(node).replace("\r\n", "\n") + "\n";
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes one compact JSON object per line, atomically.
     *
     * @param file  target
     * @param nodes lines
     * @throws IOException if writing fails
     */
    public static void writeLines(Path file, List<? extends JsonNode> nodes) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (JsonNode n : nodes) {
            sb.append(MAPPER.writeValueAsString(n)).append('\n');
        }
        AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a JSON document.
     *
     * @param file the file
     * @return its root node
     * @throws DatasetFormatException if it is not valid JSON
     * @throws IOException            if it cannot be read
     */
    public static JsonNode read(Path file) throws IOException {
        try {
            return MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DatasetFormatException(file, "(document)", "valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * Reads JSON lines (blank lines skipped).
     *
     * @param file the file
     * @return one node per line
     * @throws DatasetFormatException naming the line if a line is not valid JSON
     * @throws IOException            if it cannot be read
     */
    public static List<JsonNode> readLines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                out.add(MAPPER.readTree(lines.get(i)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new DatasetFormatException(file, "line " + (i + 1), "a JSON object: " + e.getOriginalMessage());
            }
        }
        return out;
    }

    /**
     * A required field.
     *
     * @param file  file being read (for the message)
     * @param node  object
     * @param field field name
     * @return the field's node
     * @throws DatasetFormatException if the field is missing or null
     */
    public static JsonNode need(Path file, JsonNode node, String field) throws DatasetFormatException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new DatasetFormatException(file, field, "a value (field missing)");
        }
        return v;
    }

    /**
     * @param file  file being read
     * @param node  object
     * @param field field name
     * @return the field as a double (null reads as NaN)
     * @throws DatasetFormatException if missing or not a number
     */
    public static double number(Path file, JsonNode node, String field) throws DatasetFormatException {
        JsonNode v = node.get(field);
        if (v != null && v.isNull()) {
            return Double.NaN;
        }
        v = need(file, node, field);
        if (!v.isNumber()) {
            throw new DatasetFormatException(file, field, "a number, got " + v);
        }
        return v.doubleValue();
    }

    /**
     * @param file  file being read
     * @param node  object
     * @param field field name
     * @return the field as text
     * @throws DatasetFormatException if missing or not a string
     */
    public static String text(Path file, JsonNode node, String field) throws DatasetFormatException {
        JsonNode v = need(file, node, field);
        if (!v.isTextual()) {
            throw new DatasetFormatException(file, field, "a string, got " + v);
        }
        return v.asText();
    }

    /**
     * @param file  file being read
     * @param node  object
     * @param field field holding {@code [x, y, z]}
     * @return the vector
     * @throws DatasetFormatException if missing or malformed
     */
    public static Vec3 vec(Path file, JsonNode node, String field) throws DatasetFormatException {
        JsonNode v = need(file, node, field);
        if (!v.isArray() || v.size() != 3 || !v.get(0).isNumber() || !v.get(1).isNumber() || !v.get(2).isNumber()) {
            throw new DatasetFormatException(file, field, "[x, y, z] numbers, got " + v);
        }
        return new Vec3(v.get(0).doubleValue(), v.get(1).doubleValue(), v.get(2).doubleValue());
    }

    /**
     * @param file  file being read
     * @param node  object
     * @param field field holding an array of strings
     * @return the strings
     * @throws DatasetFormatException if missing or malformed
     */
    public static List<String> strings(Path file, JsonNode node, String field) throws DatasetFormatException {
        JsonNode v = need(file, node, field);
        if (!v.isArray()) {
            throw new DatasetFormatException(file, field, "an array of strings, got " + v);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode s : v) {
            if (!s.isTextual()) {
                throw new DatasetFormatException(file, field, "an array of strings, got " + v);
            }
            out.add(s.asText());
        }
        return out;
    }
}
