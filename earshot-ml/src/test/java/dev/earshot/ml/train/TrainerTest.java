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
                LossWeights.SPATIAL_AST, 0);
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

    static Trainer dspastTrainer(int epochs, java.util.Map<String, Tensor> start, double lr) {
        TrainConfig c = config(epochs);
        TrainConfig t = new TrainConfig(epochs, 3, lr, Math.min(lr, 1e-4), 0, 0.01, 1, 0, 0.5, 1, 4, 1, 8, 3, true, 11,
                LossWeights.DSPAST_STAGE2, 5);
        return new Trainer(dev.earshot.ml.model.ModelKind.DSPAST, TINY, CLASSES, t, "dspast2", start,
                ai.djl.Device.cpu());
    }

    @Test
    void dspastTrainsWithFiniteLossAndRecordsItsKind(@TempDir Path dir) throws Exception {
        List<Trainer.EpochReport> r = dspastTrainer(2, null, 3e-3).train(clips(), dir, false, s -> { });
        assertTrue(Double.isFinite(r.get(1).meanLoss()), "loss " + r.get(1).meanLoss());
        TrainCheckpoint c = TrainCheckpoint.read(dir);
        assertEquals(dev.earshot.ml.model.ModelKind.DSPAST, c.kind());
        assertTrue(c.weights().containsKey("conv_downsample3.0.fc.2.weight"));
    }

    @Test
    void dspastInitialChannelAttentionStatisticsAreFinite() {
        List<Example> ex = new ArrayList<>();
        for (LabelledClip c : clips()) {
            ex.add(Example.of(c, CLASSES, TINY.frames(), dev.earshot.ml.model.ModelKind.DSPAST));
        }
        var w = dspastTrainer(1, null, 1e-3).initialWeights(ex);
        for (String n : List.of("bn_ild.running_mean", "bn_ild.running_var", "conv_downsample1.0.bn.running_var")) {
            for (float v : w.get(n).data()) {
                assertTrue(Float.isFinite(v), n + " " + v);
            }
        }
        assertTrue(w.get("bn_ild.running_var").data()[0] > 0);
    }

    @Test
    void startWeightsReplaceTheSeededInitialisation(@TempDir Path dir) throws Exception {
        dspastTrainer(1, null, 3e-3).train(clips(), dir.resolve("s1"), false, s -> { });
        var stage1 = TrainCheckpoint.read(dir.resolve("s1")).weights();
        // a negligible learning rate: after one epoch the weights are still the start weights
        dspastTrainer(1, stage1, 1e-12).train(clips(), dir.resolve("s2"), false, s -> { });
        var stage2 = TrainCheckpoint.read(dir.resolve("s2")).weights();
        assertArrayEquals(stage1.get("head.weight").data(), stage2.get("head.weight").data(), 1e-6f);
        assertArrayEquals(stage1.get("azimuth_head.W").data(), stage2.get("azimuth_head.W").data(), 1e-6f);
    }

    @Test
    void inferenceOnlyCheckpointKeepsWeightsAndDropsMoments(@TempDir Path dir) throws Exception {
        trainer(1).train(clips(), dir.resolve("full"), false, s -> { });
        TrainCheckpoint full = TrainCheckpoint.read(dir.resolve("full"));
        full.inferenceOnly().write(dir.resolve("slim"));
        TrainCheckpoint slim = TrainCheckpoint.read(dir.resolve("slim"));
        assertTrue(slim.firstMoment().isEmpty() && slim.secondMoment().isEmpty());
        assertEquals(full.kind(), slim.kind());
        assertEquals(full.classes(), slim.classes());
        assertArrayEquals(full.weights().get("head.weight").data(), slim.weights().get("head.weight").data());
        assertTrue(java.nio.file.Files.size(dir.resolve("slim").resolve(TrainCheckpoint.TENSORS))
                < java.nio.file.Files.size(dir.resolve("full").resolve(TrainCheckpoint.TENSORS)) / 2);
    }

    @Test
    void softDirectionTargetsTrainWithFiniteLoss(@TempDir Path dir) throws Exception {
        TrainConfig c = config(2);
        TrainConfig soft = new TrainConfig(2, 3, 3e-3, 1e-4, 0, 0.01, 0.9, 0.5, 0.5, 1, 4, 1, 8, 3, true, 11,
                new LossWeights(0, 0, 1), 8);
        List<Trainer.EpochReport> r = new Trainer(TINY, CLASSES, soft, "doa").train(clips(), dir, false, s -> { });
        // cross-entropy against a Gaussian target is bounded below by its entropy (> 0) and above at init by ~ln 360 + ln 180
        assertTrue(r.get(0).meanLoss() > 0 && r.get(0).meanLoss() < 12, "loss " + r.get(0).meanLoss());
    }

    @Test
    void checkpointReadsFromStreamsAsFromItsFolder(@TempDir Path dir) throws Exception {
        trainer(1).train(clips(), dir, false, s -> { });
        TrainCheckpoint a = TrainCheckpoint.read(dir);
        TrainCheckpoint b;
        try (var m = java.nio.file.Files.newInputStream(dir.resolve(TrainCheckpoint.MANIFEST));
                var t = java.nio.file.Files.newInputStream(dir.resolve(TrainCheckpoint.TENSORS))) {
            b = TrainCheckpoint.read(m, t, "model.json", "checkpoint.bin");
        }
        assertEquals(a.config(), b.config());
        assertEquals(a.kind(), b.kind());
        assertArrayEquals(a.weights().get("pos_embed").data(), b.weights().get("pos_embed").data());
    }

    @Test
    void divergedTrainingStopsWithoutOverwritingTheLastCheckpoint(@TempDir Path dir) throws Exception {
        trainer(1).train(clips(), dir, false, s -> { });
        // AdamW steps have size ~lr whatever the gradient: lr 1e30 overflows the weights to inf, the loss to NaN
        TrainConfig wild = new TrainConfig(3, 3, 1e30, 1e-4, 0, 0, 1, 0, 0.5, 0, 0, 0, 0, 0, false, 11,
                LossWeights.SPATIAL_AST, 0);
        Trainer t = new Trainer(TINY, CLASSES, wild, "spatial-ast");
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> t.train(clips(), dir, true, s -> { }));
        assertTrue(e.getMessage().contains("diverged"), e.getMessage());
        TrainCheckpoint c = TrainCheckpoint.read(dir);
        for (float v : c.weights().get("head.weight").data()) {
            assertTrue(Float.isFinite(v));
        }
    }

    /** Global L2 norm of the saved AdamW first moments. */
    private static double firstMomentNorm(Path dir) throws Exception {
        double sq = 0;
        for (Tensor t : TrainCheckpoint.read(dir).firstMoment().values()) {
            for (float v : t.data()) {
                sq += (double) v * v;
            }
        }
        return Math.sqrt(sq);
    }

    @Test
    void gradientClippingBoundsTheFirstMomentByTheThreshold(@TempDir Path dir) throws Exception {
        // 2 steps: m = 0.1 g2 + 0.09 g1, so ||m|| <= 0.19 c when every ||g|| <= c
        double c = 1e-3;
        TrainConfig plain = config(1);
        new Trainer(TINY, CLASSES, plain, "spatial-ast").train(clips(), dir.resolve("plain"), false, s -> { });
        new Trainer(TINY, CLASSES, plain.withClipNorm(c), "spatial-ast").train(clips(), dir.resolve("clip"), false,
                s -> { });
        assertTrue(firstMomentNorm(dir.resolve("plain")) > 0.19 * c, "unclipped gradients must exceed the threshold");
        double m = firstMomentNorm(dir.resolve("clip"));
        assertTrue(m <= 0.19 * c * (1 + 1e-4) && m > 0, "||m|| " + m);
    }

    @Test
    void aThresholdAboveEveryGradientNormChangesNothing(@TempDir Path dir) throws Exception {
        new Trainer(TINY, CLASSES, config(2), "spatial-ast").train(clips(), dir.resolve("a"), false, s -> { });
        new Trainer(TINY, CLASSES, config(2).withClipNorm(1e30), "spatial-ast").train(clips(), dir.resolve("b"), false,
                s -> { });
        var wa = TrainCheckpoint.read(dir.resolve("a")).weights();
        var wb = TrainCheckpoint.read(dir.resolve("b")).weights();
        for (String k : wa.keySet()) {
            assertArrayEquals(wa.get(k).data(), wb.get(k).data(), k);
        }
    }
}
