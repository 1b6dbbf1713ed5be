package dev.earshot.data.format.disse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.earshot.data.format.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PythonRandomTest {
    static JsonNode fixture() throws IOException, URISyntaxException {
        return Json.read(Path.of(PythonRandomTest.class.getResource("/disse/captions.json").toURI()));
    }

    @Test
    void getrandbits32MatchesCPython() throws Exception {
        Iterator<Map.Entry<String, JsonNode>> it = fixture().get("getrandbits32").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            PythonRandom r = new PythonRandom(Long.parseLong(e.getKey()));
            for (JsonNode v : e.getValue()) {
                assertEquals(v.asLong(), r.nextUint32(), "seed " + e.getKey());
            }
        }
    }

    @Test
    void chooseStaysInRange() {
        PythonRandom r = new PythonRandom(3);
        for (int i = 0; i < 1000; i++) {
            int v = r.choose(3);
            assertEquals(true, v >= 0 && v < 3);
        }
    }
}
