package dev.earshot.spark;

import dev.earshot.data.job.Datasets;
import dev.earshot.data.job.JobSpec;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SparkSimulateTest {

    @Test
    void optionsGiveTheFormatsPresetWithTheShardSize() {
        JobSpec s = SparkSimulate.spec(SparkSimulate.parse(new String[] {"--count", "50", "--out", "x", "--seed", "9",
            "--format", "disse", "--split", "test", "--shard-size", "7"}));
        JobSpec p = Datasets.preset("disse", "binaural", 50, 9, "test");
        assertEquals(new JobSpec(9, 50, 7, p.scenes(), p.render(), "test"), s);
    }

    @Test
    void defaultsAreNativeBinauralSeedZeroTrain() {
        JobSpec s = SparkSimulate.spec(SparkSimulate.parse(new String[] {"--count", "3", "--out", "x"}));
        assertEquals(Datasets.preset("native", "binaural", 3, 0, "train"), s);
    }

    @Test
    void aBadNumberIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparkSimulate.spec(
                SparkSimulate.parse(new String[] {"--count", "many", "--out", "x"})));
        assertTrue(e.getMessage().contains("--count") && e.getMessage().contains("many"), e.getMessage());
    }

    @Test
    void unknownOptionsAndMissingValuesExitWithUsage() throws IOException {
        for (String[] args : new String[][] {{"--cuont", "3"}, {"--count"}, {"--count", "3"}, {"--count", "3",
            "--out", "x", "--format", "mp3"}}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = SparkSimulate.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, status, String.join(" ", args));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"), String.join(" ", args));
        }
    }

    @Test
    void parseKeepsEveryOption() {
        Map<String, String> o = SparkSimulate.parse(new String[] {"--bank", "/b", "--master", "local[3]"});
        assertEquals(Map.of("--bank", "/b", "--master", "local[3]"), o);
    }
}
