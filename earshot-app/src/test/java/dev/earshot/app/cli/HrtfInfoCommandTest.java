package dev.earshot.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HrtfInfoCommandTest {

    @Test
    void builtinSetIsDescribed() {
        CliTestSupport.Run r = CliTestSupport.run("hrtf", "info");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("710"), r.out());
        assertTrue(r.out().contains("44100"), r.out());
    }

    @Test
    void notASofaFileGivesOneClearLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("fake.sofa");
        Files.writeString(f, "this is not HDF5");
        CliTestSupport.Run r = CliTestSupport.run("hrtf", "info", f.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("earshot: ") && r.err().contains("fake.sofa"), r.err());
    }
}
