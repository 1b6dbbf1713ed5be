package dev.earshot.ml.text.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.ml.text.RuleParser;
import dev.earshot.ml.text.text2hoa.Text2HoaFormatException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextBatchParserTest {

    @Test
    void writesOneObjectPerInputLineInEarshotConvention(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"text\": \"from the left\", \"lang\": \"en\"}\n\n\"오른쪽에서\"\n");
        Path out = dir.resolve("out.jsonl");
        assertEquals(2, TextBatchParser.parseFile(new RuleParser(), in, out));
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        JsonNode a = new ObjectMapper().readTree(lines.get(0));
        assertEquals(1, a.get("line").asInt());
        assertEquals(90.0, a.get("azimuth_deg").asDouble());
        for (String f : List.of("elevation_deg", "end_azimuth_deg", "end_elevation_deg", "distance_m", "spread_deg",
                "wet", "gain_db")) {
            assertTrue(a.get(f).isNumber(), f);
        }
        JsonNode b = new ObjectMapper().readTree(lines.get(1));
        assertEquals(3, b.get("line").asInt());
        assertEquals(-90.0, b.get("azimuth_deg").asDouble());
    }

    @Test
    void aLineWithoutTextNamesTheLine() {
        Text2HoaFormatException e = assertThrows(Text2HoaFormatException.class, () -> TextBatchParser.parse(
                new RuleParser(), new StringReader("{\"text\": \"left\"}\n{\"txt\": 1}\n"), "in.jsonl", new StringWriter()));
        assertTrue(e.getMessage().contains("in.jsonl") && e.getMessage().contains("2"), e.getMessage());
    }

    @Test
    void aLineThatIsNotJsonNamesTheLine() {
        Text2HoaFormatException e = assertThrows(Text2HoaFormatException.class, () -> TextBatchParser.parse(
                new RuleParser(), new StringReader("not json\n"), "x.jsonl", new StringWriter()));
        assertTrue(e.getMessage().contains("x.jsonl"), e.getMessage());
    }
}
