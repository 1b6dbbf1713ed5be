package dev.earshot.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    @Test
    void builtinBankMakesALabelledNativeDatasetReproducibly(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        for (Path p : new Path[] {a, b}) {
            CliTestSupport.Run r = CliTestSupport.run("simulate", "--count", "2", "--seconds", "1", "--seed", "5",
                    "-o", p.toString(), "--quiet");
            assertEquals(0, r.exitCode(), r.err());
        }
        assertTrue(Files.readString(a.resolve("labels.jsonl")).contains("azimuthDeg"));
        assertArrayEquals(Files.readAllBytes(a.resolve("labels.jsonl")), Files.readAllBytes(b.resolve("labels.jsonl")));
    }

    @Test
    void unknownFormatIsNamed(@TempDir Path dir) {
        CliTestSupport.Run r = CliTestSupport.run("simulate", "--count", "1", "--format", "wav", "-o", dir.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("wav"), r.err());
    }

    @Test
    void bankInfoDescribesTheBuiltinBank() {
        CliTestSupport.Run r = CliTestSupport.run("bank", "info");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("speech"), r.out());
    }
}
