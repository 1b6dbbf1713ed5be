package dev.earshot.ml.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.ml.checkpoint.Tensor;
import dev.earshot.ml.checkpoint.TorchCheckpoint;
import dev.earshot.ml.features.BicubicResize;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Forward passes of the DJL blocks against an independent float64 numpy implementation
 * (src/test/python/make_model_fixtures.py), weights loaded from torch.save-layout files.
 */
class SpatialEncoderTest {
    private static final double TOLERANCE = 1e-4;

    @Test
    void spatialAstMatchesNumpyReference() throws IOException {
        try (SpatialEncoder enc = SpatialEncoder.fromCheckpoint(ModelKind.SPATIAL_AST, ModelFixtures.TINY,
                ModelFixtures.path("spatial_ast_tiny.pth"))) {
            enc.useBackend(InferenceBackend.PYTORCH, 1, false); // the DJL block (ONNX Runtime: OnnxRuntimeBackendTest)
            ModelOutput out = enc.infer(ModelFixtures.batch("spatial_ast_in.npy"));
            double err = ModelFixtures.maxAbsDiff(out, ModelFixtures.npy("spatial_ast_out.npy"));
            System.out.println("Spatial-AST tiny: max |DJL - numpy| = " + err);
            assertTrue(err <= TOLERANCE, "max abs error " + err);
        }
    }

    @Test
    void dspastMatchesNumpyReference() throws IOException {
        try (SpatialEncoder enc = SpatialEncoder.fromCheckpoint(ModelKind.DSPAST, ModelFixtures.TINY,
                ModelFixtures.path("dspast_tiny.pth"))) {
            ModelOutput out = enc.infer(ModelFixtures.batch("dspast_in.npy"));
            double err = ModelFixtures.maxAbsDiff(out, ModelFixtures.npy("dspast_out.npy"));
            System.out.println("DSpAST tiny: max |DJL - numpy| = " + err);
            assertTrue(err <= TOLERANCE, "max abs error " + err);
        }
    }

    @Test
    void singleClipEqualsItsRowInTheBatch() throws IOException {
        float[][][][] batch = ModelFixtures.batch("spatial_ast_in.npy");
        try (SpatialEncoder enc = SpatialEncoder.fromCheckpoint(ModelKind.SPATIAL_AST, ModelFixtures.TINY,
                ModelFixtures.path("spatial_ast_tiny.pth"))) {
            ModelOutput both = enc.infer(batch);
            ModelOutput second = enc.infer(batch[1]);
            assertArrayEquals(both.azimuthScores()[1], second.azimuthScores()[0], 1e-5f);
        }
    }

    @Test
    void shorterClipIsStretchedByBicubicResize() throws IOException {
        float[][][] clip = ModelFixtures.batch("spatial_ast_in.npy")[0];
        float[][][] shorter = new float[clip.length][][];
        for (int c = 0; c < clip.length; c++) {
            shorter[c] = Arrays.copyOf(clip[c], 50);
        }
        try (SpatialEncoder enc = SpatialEncoder.fromCheckpoint(ModelKind.SPATIAL_AST, ModelFixtures.TINY,
                ModelFixtures.path("spatial_ast_tiny.pth"))) {
            ModelOutput viaModel = enc.infer(shorter);
            ModelOutput viaResize = enc.infer(BicubicResize.resizeFrames(shorter, 64));
            assertArrayEquals(viaResize.classLogits()[0], viaModel.classLogits()[0], 0f);
        }
    }

    @Test
    void longerClipIsRefused() throws IOException {
        float[][][] clip = new float[4][65][64];
        try (SpatialEncoder enc = SpatialEncoder.fromCheckpoint(ModelKind.SPATIAL_AST, ModelFixtures.TINY,
                ModelFixtures.path("spatial_ast_tiny.pth"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> enc.infer(clip));
            assertTrue(e.getMessage().contains("65"), e.getMessage());
        }
    }

    @Test
    void wrongChannelCountIsRefused() throws IOException {
        try (SpatialEncoder enc = SpatialEncoder.fromCheckpoint(ModelKind.DSPAST, ModelFixtures.TINY,
                ModelFixtures.path("dspast_tiny.pth"))) {
            assertThrows(IllegalArgumentException.class, () -> enc.infer(new float[4][64][64]));
        }
    }

    @Test
    void inferenceWithoutWeightsIsRefused() {
        try (SpatialEncoder enc = SpatialEncoder.create(ModelKind.SPATIAL_AST, ModelFixtures.TINY)) {
            assertThrows(IllegalStateException.class, () -> enc.infer(new float[4][64][64]));
        }
    }

    @Test
    void mismatchNamesMissingUnexpectedAndMisshapenKeys() throws IOException {
        Map<String, Tensor> sd = new LinkedHashMap<>(
                TorchCheckpoint.readStateDict(ModelFixtures.path("spatial_ast_tiny.pth")));
        sd.remove("blocks.1.attn.qkv.bias");
        sd.put("norm.weight", new Tensor(new int[] {32}, new float[32]));
        sd.put("head.weight", new Tensor(new int[] {7, 32}, new float[7 * 32]));
        try (SpatialEncoder enc = SpatialEncoder.create(ModelKind.SPATIAL_AST, ModelFixtures.TINY)) {
            StateDictMismatchException e = assertThrows(StateDictMismatchException.class,
                    () -> enc.loadStateDict(sd, "edited"));
            assertEquals(java.util.List.of("blocks.1.attn.qkv.bias"), e.missing());
            assertEquals(1, e.unexpected().size());
            assertTrue(e.unexpected().get(0).startsWith("norm.weight"), e.unexpected().toString());
            assertEquals(1, e.misshapen().size());
            assertTrue(e.misshapen().get(0).contains("head.weight: expected [5, 32], got [7, 32]"),
                    e.misshapen().toString());
        }
    }

    @Test
    void melMatrixOtherThanEarshotsIsRefused() throws IOException {
        Map<String, Tensor> sd = new LinkedHashMap<>(
                TorchCheckpoint.readStateDict(ModelFixtures.path("spatial_ast_tiny.pth")));
        float[] mel = sd.get("logmel_extractor.melW").data().clone();
        mel[200 * 128 + 40] += 1e-3f;
        sd.put("logmel_extractor.melW", new Tensor(new int[] {513, 128}, mel));
        try (SpatialEncoder enc = SpatialEncoder.create(ModelKind.SPATIAL_AST, ModelFixtures.TINY)) {
            StateDictMismatchException e = assertThrows(StateDictMismatchException.class,
                    () -> enc.loadStateDict(sd, "edited"));
            assertTrue(e.misshapen().get(0).startsWith("logmel_extractor.melW: values differ"), e.getMessage());
        }
    }

    @Test
    void checkpointMelMatrixEqualsEarshotsFilterbank() throws IOException {
        Tensor mel = TorchCheckpoint.readStateDict(ModelFixtures.path("spatial_ast_tiny.pth"))
                .get("logmel_extractor.melW");
        assertTrue(WeightLoader.melDifference(mel) <= 1e-6, "diff " + WeightLoader.melDifference(mel));
    }

    @Test
    void spatialAstCheckpointDoesNotFitDspast() {
        StateDictMismatchException e = assertThrows(StateDictMismatchException.class,
                () -> SpatialEncoder.fromCheckpoint(ModelKind.DSPAST, ModelFixtures.TINY,
                        ModelFixtures.path("spatial_ast_tiny.pth")).close());
        assertTrue(e.missing().contains("cls_tokens1"), e.missing().toString());
        assertTrue(e.unexpected().stream().anyMatch(k -> k.startsWith("dis_norm.weight")), e.unexpected().toString());
    }
}
