package dev.earshot.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextCommandsTest {

    @Test
    void leftInTheTextGivesPositiveAzimuthWithTheRules() throws Exception {
        CliTestSupport.Run r = CliTestSupport.run("parse", "--parser", "rules", "--json", "a bell on the left");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals(90, n.get("azimuth_deg").asDouble(), 1e-9);
    }

    @Test
    void jsonlBatchWritesOneObjectPerLine(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"text\": \"far away behind you\"}\n\"오른쪽에서 들려요\"\n");
        Path out = dir.resolve("out.jsonl");
        CliTestSupport.Run r = CliTestSupport.run("parse", "--parser", "rules", "--jsonl", in.toString(), "-o", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        var lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        for (String l : lines) {
            JsonNode n = new ObjectMapper().readTree(l);
            for (String k : new String[] {"azimuth_deg", "elevation_deg", "end_azimuth_deg", "end_elevation_deg",
                    "distance_m", "spread_deg", "wet", "gain_db"}) {
                assertTrue(n.has(k) && Double.isFinite(n.get(k).asDouble()), k + " in " + l);
            }
        }
    }

    @Test
    void unknownParserIsNamed() {
        CliTestSupport.Run r = CliTestSupport.run("parse", "--parser", "gpt", "left");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("--parser"), r.err());
    }
}
