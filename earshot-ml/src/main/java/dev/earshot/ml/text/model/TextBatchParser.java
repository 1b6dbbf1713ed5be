package dev.earshot.ml.text.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.audio.io.AtomicFiles;
import dev.earshot.ml.text.IntentField;
import dev.earshot.ml.text.SpatialIntent;
import dev.earshot.ml.text.TextToSpatial;
import dev.earshot.ml.text.text2hoa.JsonLines;
import dev.earshot.ml.text.text2hoa.Text2HoaFormatException;
import dev.earshot.spatial.render.RoomAcoustics;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Batch parsing of jsonl files ({@code earshot parse --jsonl IN -o OUT}): every non-blank input line is a
 * json object with a string field {@code text} (other fields are ignored; a bare json string is also
 * accepted), every output line the parsed intent in Earshot's convention (+azimuth = left):
 * {@code line, text, azimuth_deg, elevation_deg, end_azimuth_deg, end_elevation_deg, distance_m,
 * end_distance_m, spread_deg, wet, gain_db, moving, room {kind, value}, confidence {field: value}},
 * where {@code azimuth_deg}/{@code elevation_deg}/{@code distance_m} are the start position.
 */
public final class TextBatchParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TextBatchParser() {
    }

    /**
     * Parses a jsonl file into another (written atomically).
     *
     * @param parser the parser (e.g. {@link LearnedTextModel#shipped()})
     * @param in     input jsonl
     * @param out    output jsonl
     * @return number of lines written
     * @throws IOException if reading or writing fails
     * @throws Text2HoaFormatException naming file and line when a line is not json or has no text
     */
    public static int parseFile(TextToSpatial parser, Path in, Path out) throws IOException {
        int[] n = {0};
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            AtomicFiles.write(out, os -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
                n[0] = parse(parser, r, in.toString(), w);
                w.flush();
            });
        }
        return n[0];
    }

    /**
     * Parses jsonl lines.
     *
     * @param parser     the parser
     * @param in         input lines
     * @param sourceName name for error messages
     * @param out        where the output lines go
     * @return number of lines written
     * @throws IOException if reading or writing fails
     * @throws Text2HoaFormatException naming the source and line when a line is not json or has no text
     */
    public static int parse(TextToSpatial parser, Reader in, String sourceName, Writer out) throws IOException {
        int[] written = {0};
        JsonLines.forEach(in, sourceName, (node, line) -> {
            String text;
            if (node.isTextual()) {
                text = node.asText();
            } else if (node.isObject() && node.path("text").isTextual()) {
                text = node.get("text").asText();
            } else {
                throw new Text2HoaFormatException(sourceName, line, "text", "a json object with a string field text");
            }
            ObjectNode o = toJson(parser.parse(text));
            ObjectNode row = JSON.createObjectNode();
            row.put("line", line);
            row.put("text", text);
            row.setAll(o);
            out.write(JSON.writeValueAsString(row));
            out.write('\n');
            written[0]++;
        });
        return written[0];
    }

    /**
     * @param i an intent
     * @return its json form (the output fields of a line, without {@code line} and {@code text})
     */
    public static ObjectNode toJson(SpatialIntent i) {
        ObjectNode o = JSON.createObjectNode();
        o.put("azimuth_deg", i.startAzimuthDeg());
        o.put("elevation_deg", i.startElevationDeg());
        o.put("end_azimuth_deg", i.endAzimuthDeg());
        o.put("end_elevation_deg", i.endElevationDeg());
        o.put("distance_m", i.distanceM());
        o.put("end_distance_m", i.endDistanceM());
        o.put("spread_deg", i.spreadDeg());
        o.put("wet", i.wetMix());
        o.put("gain_db", i.gainDb());
        o.put("moving", i.moving());
        ObjectNode room = o.putObject("room");
        if (i.room() instanceof RoomAcoustics.Rt60 r) {
            room.put("kind", "rt60_s").put("value", r.rt60S());
        } else if (i.room() instanceof RoomAcoustics.Drr d) {
            room.put("kind", "drr_db").put("value", d.drrDb());
        } else {
            room.put("kind", "anechoic");
        }
        ObjectNode c = o.putObject("confidence");
        for (IntentField f : IntentField.values()) {
            c.put(f.name().toLowerCase(java.util.Locale.ROOT), i.confidence(f));
        }
        return o;
    }
}
