package dev.earshot.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code earshot eval} baseline sources: fitted and saved, loaded back, or the shipped one. */
class EvalCommandTest {
    @TempDir
    static Path dir;
    static Path data;

    @BeforeAll
    static void simulate() {
        data = dir.resolve("sa");
        CliTestSupport.Run r = CliTestSupport.run("simulate", "--count", "3", "--seconds", "0.5", "--seed", "5",
                "--format", "spatial-ast", "--quiet", "-o", data.toString());
        assertEquals(0, r.exitCode(), r.err());
        CliTestSupport.Run n = CliTestSupport.run("simulate", "--count", "1", "--seconds", "0.5", "--seed", "6",
                "--quiet", "-o", dir.resolve("nat").toString());
        assertEquals(0, n.exitCode(), n.err());
    }

    @Test
    void withoutTrainFolderTheShippedBaselineIsUsedAndSaid() throws Exception {
        CliTestSupport.Run r = CliTestSupport.run("eval", "--data", data.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("using the shipped fitted baseline"), r.err());
        JsonNode s = new ObjectMapper().readTree(r.out()).get("summary");
        assertEquals("classical-baseline", s.get(0).get("perceiver").asText());
    }

    @Test
    void savedBaselineGivesTheSameMetricsAndServesAnalyze() throws Exception {
        Path f = dir.resolve("base.json");
        CliTestSupport.Run fit = CliTestSupport.run("eval", "--data", data.toString(), "--train", data.toString(),
                "--save-baseline", f.toString(), "--json");
        assertEquals(0, fit.exitCode(), fit.err());
        assertTrue(Files.isRegularFile(f));
        CliTestSupport.Run load = CliTestSupport.run("eval", "--data", data.toString(), "--baseline", f.toString(), "--json");
        assertEquals(0, load.exitCode(), load.err());
        ObjectMapper m = new ObjectMapper();
        assertEquals(m.readTree(fit.out()).get("summary"), m.readTree(load.out()).get("summary"));
        Path wav;
        try (Stream<Path> s = Files.walk(dir.resolve("nat"))) {
            wav = s.filter(p -> p.toString().endsWith(".wav")).findFirst().orElseThrow();
        }
        CliTestSupport.Run a = CliTestSupport.run("analyze", wav.toString(), "--baseline", f.toString(), "--json");
        assertEquals(0, a.exitCode(), a.err());
        JsonNode n = m.readTree(a.out());
        assertEquals("classical-baseline", n.get("perceiver").asText());
        assertEquals(f.toString(), n.get("model").asText());
    }

    @Test
    void saveBaselineWithBaselineIsRefused() {
        CliTestSupport.Run r = CliTestSupport.run("eval", "--data", data.toString(), "--baseline", "x.json",
                "--save-baseline", "y.json");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("--save-baseline"), r.err());
    }
}
