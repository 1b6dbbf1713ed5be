package dev.earshot.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.engine.Engine;
import dev.earshot.ml.model.ModelKind;
import dev.earshot.ml.train.TrainCheckpoint;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** earshot train options: --model dspast with --init, --slim-out, --loss, --device. */
class TrainCommandTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void simulate() {
        CliTestSupport.Run r = CliTestSupport.run("simulate", "--count", "4", "--seconds", "0.5", "--seed", "3",
                "--sources", "1", "--quiet", "-o", dir.resolve("train").toString());
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void dspastStageTwoStartsFromStageOneAndShipsWeightsOnly() throws Exception {
        Path s1 = dir.resolve("s1");
        CliTestSupport.Run a = CliTestSupport.run("train", "--data", dir.resolve("train").toString(), "--out",
                s1.toString(), "--model", "dspast", "--stage", "dspast1", "--epochs", "3", "--stop-after", "1",
                "--seconds", "0.5", "--depth", "1", "--batch", "4");
        assertEquals(0, a.exitCode(), a.err());
        assertEquals(1, TrainCheckpoint.read(s1).epochsDone());
        Path s2 = dir.resolve("s2");
        Path slim = dir.resolve("slim");
        CliTestSupport.Run b = CliTestSupport.run("train", "--data", dir.resolve("train").toString(), "--out",
                s2.toString(), "--model", "dspast", "--stage", "dspast2", "--init", s1.toString(), "--epochs", "1",
                "--seconds", "0.5", "--depth", "1", "--batch", "4", "--doa-sigma", "5", "--slim-out", slim.toString());
        assertEquals(0, b.exitCode(), b.err());
        TrainCheckpoint c = TrainCheckpoint.read(slim);
        assertEquals(ModelKind.DSPAST, c.kind());
        assertEquals("dspast2", c.stage());
        assertTrue(c.firstMoment().isEmpty());
    }

    @Test
    void initOfAnotherModelKindIsRefused() {
        Path s1 = dir.resolve("sa");
        CliTestSupport.Run a = CliTestSupport.run("train", "--data", dir.resolve("train").toString(), "--out",
                s1.toString(), "--epochs", "1", "--seconds", "0.5", "--depth", "1", "--batch", "4");
        assertEquals(0, a.exitCode(), a.err());
        CliTestSupport.Run b = CliTestSupport.run("train", "--data", dir.resolve("train").toString(), "--out",
                dir.resolve("x").toString(), "--model", "dspast", "--init", s1.toString(), "--epochs", "1",
                "--seconds", "0.5", "--depth", "1");
        assertNotEquals(0, b.exitCode());
        assertTrue(b.err().contains("spatial-ast checkpoint"), b.err());
    }

    @Test
    void gpuWithoutAGpuFailsWithAClearMessage() {
        assumeTrue(Engine.getEngine("PyTorch").getGpuCount() == 0, "a GPU is visible here");
        CliTestSupport.Run r = CliTestSupport.run("train", "--data", dir.resolve("train").toString(), "--out",
                dir.resolve("g").toString(), "--device", "gpu");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("no CUDA GPU"), r.err());
    }

    @Test
    void badLossWeightsAreNamed() {
        CliTestSupport.Run r = CliTestSupport.run("train", "--data", dir.resolve("train").toString(), "--out",
                dir.resolve("l").toString(), "--loss", "1,2");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("--loss"), r.err());
    }

    @Test
    void repeatedDataFoldersAreTrainedOnTogether() {
        CliTestSupport.Run r = CliTestSupport.run("train", "--data", dir.resolve("train").toString(), "--data",
                dir.resolve("train").toString(), "--out", dir.resolve("two").toString(), "--epochs", "1", "--seconds",
                "0.5", "--depth", "1", "--batch", "4", "--clip-norm", "1");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains(": 8 clips,"), r.out());
    }

    @Test
    void negativeClipNormIsRefused() {
        CliTestSupport.Run r = CliTestSupport.run("train", "--data", dir.resolve("train").toString(), "--out",
                dir.resolve("cn").toString(), "--clip-norm", "-1");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("--clip-norm"), r.err());
    }
}
