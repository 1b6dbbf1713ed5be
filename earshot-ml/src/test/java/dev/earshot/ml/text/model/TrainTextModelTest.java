package dev.earshot.ml.text.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.ml.text.SpatialIntent;
import dev.earshot.ml.text.text2hoa.Fixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end tiny training runs (24 rows, 2 epochs) through the real featuriser and DJL. */
class TrainTextModelTest {

    private static Path head(Path dir, String resource, int lines) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Fixtures.open(resource), StandardCharsets.UTF_8))) {
            List<String> l = r.lines().limit(lines).collect(Collectors.toList());
            Path p = dir.resolve(resource);
            Files.write(p, l, StandardCharsets.UTF_8);
            return p;
        }
    }

    private static TrainTextModel.Options opts(Path dir, Path out, long seed) throws IOException {
        TrainingConfig c = TrainingConfig.defaults(seed);
        c = new TrainingConfig(seed, 256, 16, 8, 8, c.scale(), c.margin(), c.regWeight(), c.dropout(),
                c.learningRate(), c.weightDecay(), 2, 8, c.maskHalfWeight(), 0.25, true);
        return new TrainTextModel.Options(head(dir, "text2spatial_v4_train.jsonl", 24),
                head(dir, "text2spatial_v4_stats.json", 1000), head(dir, "text2spatial_v4_valid.jsonl", 6), out,
                dir.resolve("emb.cache"), c);
    }

    @Test
    void sameSeedReproducesTheWeightsAndTheModelLoads(@TempDir Path dir) throws IOException {
        ObjectNode a = TrainTextModel.train(opts(dir, dir.resolve("a"), 3), s -> { });
        ObjectNode b = TrainTextModel.train(opts(dir, dir.resolve("b"), 3), s -> { });
        assertEquals(a.get("weights_sha256").asText(), b.get("weights_sha256").asText());
        assertEquals(a.get("training_data").get(0).get("sha256").asText(),
                b.get("training_data").get(0).get("sha256").asText());
        assertTrue(Files.size(dir.resolve("emb.cache")) > 10 * 384 * 4, "embedding cache written");
        LearnedTextModel m = LearnedTextModel.load(dir.resolve("a"));
        SpatialIntent i = m.parse("from the left");
        assertTrue(Double.isFinite(i.startAzimuthDeg()));
        assertTrue(a.get("heldout_evaluation").get("results").get("parsers").size() >= 3);
        assertTrue(a.get("licence").asText().contains("academic research use"));
    }

    @Test
    void anotherSeedGivesOtherWeights(@TempDir Path dir) throws IOException {
        ObjectNode a = TrainTextModel.train(opts(dir, dir.resolve("a"), 3), s -> { });
        ObjectNode b = TrainTextModel.train(opts(dir, dir.resolve("b"), 4), s -> { });
        assertNotEquals(a.get("weights_sha256").asText(), b.get("weights_sha256").asText());
    }
}
