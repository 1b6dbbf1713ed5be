package dev.earshot.ml.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.ml.checkpoint.Tensor;
import dev.earshot.ml.model.ModelConfig;
import dev.earshot.ml.perception.LabelledClip;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {
    /** 32 frames (0.31 s), 2 x 8 patches, 32-d, 1 block. */
    static final ModelConfig TINY = new ModelConfig(32, 1, 2, 2, 32, 128, 16, 2, 16);
    static final List<String> CLASSES = List.of("tone", "noise");

    /** Six clips: a 1 kHz tone from the left or noise from the right, with matching ITD/ILD. */
    static List<LabelledClip> clips() {
        List<LabelledClip> out = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(3);
        int n = ClipFeatures.samplesFor(TINY.frames());
        for (int i = 0; i < 6; i++) {
            boolean tone = i % 2 == 0;
            float[] src = new float[n + 16];
            for (int k = 0; k < src.length; k++) {
                src[k] = tone ? (float) (0.3 * Math.sin(2 * Math.PI * 1000 * k / 32000.0)) : (float) (0.3 * (r.nextDouble() * 2 - 1));
            }
            float[] near = new float[n];
            float[] far = new float[n];
            for (int k = 0; k < n; k++) {
                near[k] = src[k + 10];
                far[k] = 0.5f * src[k];
            }
            float[][] lr = tone ? new float[][] {near, far} : new float[][] {far, near};
            out.add(new LabelledClip("c" + i, new AudioBuffer(lr, 32000), Set.of(tone ? "tone" : "noise"),
                    tone ? 90 : -90, 0, tone ? 1.0 : 3.0));
        }
        return out;
    }

    static TrainConfig config(int epochs) {
        return new TrainConfig(epochs, 3, 3e-3, 1e-4, 0, 0.01, 0.9, 0.5, 0.5, 1, 4, 1, 8, 3, true, 11,
                LossWeights.SPATIAL_AST);
    }

    static Trainer trainer(int epochs) {
        return new Trainer(TINY, CLASSES, config(epochs), "spatial-ast");
    }

    @Test
    void lossDecreasesOverEpochs(@TempDir Path dir) throws Exception {
        List<Trainer.EpochReport> r = trainer(6).train(clips(), dir, false, s -> { });
        assertEquals(6, r.size());
        assertTrue(r.get(5).meanLoss() < r.get(0).meanLoss(), "loss " + r.get(0).meanLoss() + " -> " + r.get(5).meanLoss());
    }

    @Test
    void resumeContinuesFromTheSavedEpochAndMatchesAnUninterruptedRun(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        trainer(3).train(clips(), a, false, s -> { }, 2);
        assertEquals(2, TrainCheckpoint.read(a).epochsDone());
        List<Trainer.EpochReport> rest = trainer(3).train(clips(), a, true, s -> { });
        assertEquals(1, rest.size());
        assertEquals(3, rest.get(0).epoch());
        trainer(3).train(clips(), b, false, s -> { });
        TrainCheckpoint ca = TrainCheckpoint.read(a);
        TrainCheckpoint cb = TrainCheckpoint.read(b);
        assertEquals(3, ca.epochsDone());
        assertEquals(cb.step(), ca.step());
        for (String k : cb.weights().keySet()) {
            assertArrayEquals(cb.weights().get(k).data(), ca.weights().get(k).data(), 1e-6f, k);
        }
    }

    @Test
    void sameSeedGivesSameWeights(@TempDir Path dir) throws Exception {
        trainer(2).train(clips(), dir.resolve("a"), false, s -> { });
        trainer(2).train(clips(), dir.resolve("b"), false, s -> { });
        var wa = TrainCheckpoint.read(dir.resolve("a")).weights();
        var wb = TrainCheckpoint.read(dir.resolve("b")).weights();
        for (String k : wa.keySet()) {
            assertArrayEquals(wa.get(k).data(), wb.get(k).data(), k);
        }
    }

    @Test
    void progressLineHasLossRateAndEta(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        trainer(1).train(clips(), dir, false, lines::add);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).matches("epoch 1/1  loss [0-9.]+  [0-9.]+ clips/s  ETA 0:00:00"), lines.get(0));
    }

    @Test
    void initialWeightsDependOnlyOnTheSeed() {
        Tensor a = trainer(1).initialWeights(List.of()).get("head.weight");
        Tensor b = trainer(1).initialWeights(List.of()).get("head.weight");
        assertArrayEquals(a.data(), b.data());
    }
}
