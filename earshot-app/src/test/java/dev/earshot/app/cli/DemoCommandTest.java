package dev.earshot.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.app.demo.DemoScene;
import dev.earshot.audio.io.AudioFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @Test
    void demoWritesEverySceneAndAManifest(@TempDir Path dir) throws Exception {
        CliTestSupport.Run r = CliTestSupport.run("demo", "-o", dir.toString(), "--rate", "16000");
        assertEquals(0, r.exitCode(), r.err());
        for (DemoScene s : DemoScene.standard()) {
            Path f = dir.resolve(s.file());
            assertTrue(Files.exists(f), s.file());
            assertEquals(s.format().channels(), AudioFiles.info(f).channels());
        }
        assertTrue(Files.readString(dir.resolve("manifest.json")).contains("\"reverb_seed\""));
        assertTrue(r.out().contains(dir.toString()), r.out());
    }

    @Test
    void leftSceneIsLouderInTheLeftEar(@TempDir Path dir) throws Exception {
        CliTestSupport.run("demo", "-o", dir.toString(), "--rate", "16000");
        var b = AudioFiles.read(dir.resolve("02_bell_left.wav"));
        assertTrue(dev.earshot.audio.dsp.Loudness.rmsDbfs(b.channel(0))
                > dev.earshot.audio.dsp.Loudness.rmsDbfs(b.channel(1)) + 3);
    }
}
