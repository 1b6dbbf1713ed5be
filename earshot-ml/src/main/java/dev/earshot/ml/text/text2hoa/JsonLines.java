package dev.earshot.ml.text.text2hoa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Iterates over the lines of a jsonl text: blank lines are skipped, every other line must be one json value.
 * Line numbers are 1-based and count blank lines too, so error messages point at the line an editor shows.
 */
public final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    /** What to do with one parsed line. */
    @FunctionalInterface
    public interface LineHandler {
        /**
         * @param node the parsed json value (never null)
         * @param line its 1-based line number
         * @throws IOException if handling it fails (e.g. writing output)
         */
        void accept(JsonNode node, int line) throws IOException;
    }

    /**
     * Parses every non-blank line and hands it to {@code handler}, in order.
     *
     * @param in         the jsonl text
     * @param sourceName name for error messages (usually the file)
     * @param handler    called once per non-blank line
     * @throws IOException if reading fails or the handler throws it
     * @throws Text2HoaFormatException naming the source and line when a line is not json
     */
    public static void forEach(Reader in, String sourceName, LineHandler handler) throws IOException {
        BufferedReader br = in instanceof BufferedReader b ? b : new BufferedReader(in);
        String s;
        int line = 0;
        while ((s = br.readLine()) != null) {
            line++;
            if (s.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(s);
            } catch (JsonProcessingException e) {
                throw new Text2HoaFormatException(sourceName, line, "not json", e);
            }
            if (node == null) {
                throw new Text2HoaFormatException(sourceName, line, "(row)", "one json value");
            }
            handler.accept(node, line);
        }
    }
}
