package dev.earshot.ml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import dev.earshot.ml.checkpoint.Tensor;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The ONNX Runtime path of {@link SpatialEncoder} (the Spatial-AST graph written by {@link SpatialAstOnnx}) against
 * the independent float64 numpy reference and against the DJL/PyTorch block on the same weights.
 */
class OnnxRuntimeBackendTest {
    /** 12 heads of 64 like ViT-Base, 2 blocks, 128 frames (67 tokens): the real attention layout, test-sized. */
    private static final ModelConfig WIDE = new ModelConfig(768, 2, 12, 4, 128, 128, 16, 355, 256);

    @Test
    void onnxRuntimeMatchesNumpyReference() throws IOException {
        try (SpatialEncoder enc = tiny().useBackend(InferenceBackend.ONNX_RUNTIME, 1, false)) {
            ModelOutput out = enc.infer(ModelFixtures.batch("spatial_ast_in.npy"));
            double err = ModelFixtures.maxAbsDiff(out, ModelFixtures.npy("spatial_ast_out.npy"));
            assertTrue(err <= 1e-4, "max |ORT - numpy| " + err);
        }
    }

    @Test
    void onnxRuntimeMatchesPytorchOnTinyFixture() throws IOException {
        float[][][][] in = ModelFixtures.batch("spatial_ast_in.npy");
        try (SpatialEncoder enc = tiny()) {
            ModelOutput torch = enc.useBackend(InferenceBackend.PYTORCH, 1, false).infer(in);
            ModelOutput ort = enc.useBackend(InferenceBackend.ONNX_RUNTIME, 1, false).infer(in);
            assertFaithful(torch, ort, 1e-5);
        }
    }

    @Test
    void onnxRuntimeMatchesPytorchAtVitBaseWidthWithTwoThreads() {
        float[][][] clip = randomMaps(WIDE, 4, 7);
        try (SpatialEncoder enc = SpatialEncoder.create(ModelKind.SPATIAL_AST, WIDE)) {
            enc.loadStateDict(realisticWeights(enc.layout(), 11), "random");
            ModelOutput torch = enc.useBackend(InferenceBackend.PYTORCH, 2, false).infer(clip);
            ModelOutput ort = enc.useBackend(InferenceBackend.ONNX_RUNTIME, 2, false).infer(clip);
            assertFaithful(torch, ort, 1e-4);
        }
    }

    @Test
    void int8BackendIsAnApproximationOfTheFloatModel() {
        float[][][] clip = randomMaps(WIDE, 4, 7);
        try (SpatialEncoder enc = SpatialEncoder.create(ModelKind.SPATIAL_AST, WIDE)) {
            enc.loadStateDict(realisticWeights(enc.layout(), 11), "random");
            ModelOutput ref = enc.useBackend(InferenceBackend.PYTORCH, 1, false).infer(clip);
            ModelOutput q = enc.useBackend(InferenceBackend.ONNX_RUNTIME_INT8, 1, false).infer(clip);
            double scale = 0;
            double diff = 0;
            for (int i = 0; i < ref.azimuthScores()[0].length; i++) {
                scale = Math.max(scale, Math.abs(ref.azimuthScores()[0][i]));
                diff = Math.max(diff, Math.abs(ref.azimuthScores()[0][i] - q.azimuthScores()[0][i]));
            }
            assertTrue(diff <= 0.05 * scale, "int8 azimuth logits off by " + diff + " of " + scale);
            assertTrue(diff >= 1e-4 * scale, "int8 output equals the float one to " + diff + ": not quantised?");
        }
    }

    @Test
    void weightsChangedThroughTheBlockAreUsedByTheNextInference() throws IOException {
        float[][][] clip = ModelFixtures.batch("spatial_ast_in.npy")[0];
        try (SpatialEncoder enc = tiny().useBackend(InferenceBackend.ONNX_RUNTIME, 1, false)) {
            float[] before = enc.infer(clip).distanceScores()[0].clone();
            Parameter bias = enc.block().getParameters().get("distance_head.bias");
            NDArray b = bias.getArray();
            b.set(b.add(1f).toFloatArray());
            float[] after = enc.infer(clip).distanceScores()[0];
            for (int i = 0; i < after.length; i++) {
                assertEquals(before[i] + 1f, after[i], 1e-5f, "distance logit " + i);
            }
        }
    }

    @Test
    void aSecondStateDictReplacesTheFirstInBothBackends() throws IOException {
        float[][][] clip = ModelFixtures.batch("spatial_ast_in.npy")[0];
        Map<String, Tensor> other = realisticWeights(StateDictLayout.of(ModelKind.SPATIAL_AST, ModelFixtures.TINY), 3);
        try (SpatialEncoder enc = tiny(); SpatialEncoder fresh = SpatialEncoder.create(ModelKind.SPATIAL_AST,
                ModelFixtures.TINY)) {
            enc.infer(clip);
            enc.loadStateDict(other, "second");
            fresh.loadStateDict(other, "only");
            for (InferenceBackend b : InferenceBackend.values()) {
                enc.useBackend(b, 1, false);
                fresh.useBackend(b, 1, false);
                assertFaithful(fresh.infer(clip), enc.infer(clip), 0);
            }
        }
    }

    @Test
    void spatialAstOnCpuDefaultsToOnnxRuntimeAndDspastToPytorch() {
        try (SpatialEncoder s = SpatialEncoder.create(ModelKind.SPATIAL_AST, ModelFixtures.TINY);
             SpatialEncoder d = SpatialEncoder.create(ModelKind.DSPAST, ModelFixtures.TINY)) {
            assertEquals(InferenceBackend.ONNX_RUNTIME, s.backend());
            assertEquals(InferenceBackend.PYTORCH, d.backend());
        }
    }

    @Test
    void dspastRefusesOnnxRuntime() {
        try (SpatialEncoder d = SpatialEncoder.create(ModelKind.DSPAST, ModelFixtures.TINY)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> d.useBackend(InferenceBackend.ONNX_RUNTIME, 1, false));
            assertTrue(e.getMessage().contains("DSPAST"), e.getMessage());
        }
    }

    @Test
    void zeroThreadsAreRefused() {
        try (SpatialEncoder s = SpatialEncoder.create(ModelKind.SPATIAL_AST, ModelFixtures.TINY)) {
            assertThrows(IllegalArgumentException.class, () -> s.useBackend(InferenceBackend.ONNX_RUNTIME, 0, false));
        }
    }

    private static SpatialEncoder tiny() throws IOException {
        return SpatialEncoder.fromCheckpoint(ModelKind.SPATIAL_AST, ModelFixtures.TINY,
                ModelFixtures.path("spatial_ast_tiny.pth"));
    }

    /** Max abs difference within {@code tolerance} times the largest |logit| (and at least 1e-6); same argmax per head. */
    static void assertFaithful(ModelOutput ref, ModelOutput got, double tolerance) {
        assertEquals(ref.batchSize(), got.batchSize());
        for (int b = 0; b < ref.batchSize(); b++) {
            float[][] r = {ref.classLogits()[b], ref.distanceScores()[b], ref.azimuthScores()[b],
                ref.elevationScores()[b]};
            float[][] g = {got.classLogits()[b], got.distanceScores()[b], got.azimuthScores()[b],
                got.elevationScores()[b]};
            for (int k = 0; k < 4; k++) {
                double scale = 0;
                double diff = 0;
                for (int i = 0; i < r[k].length; i++) {
                    scale = Math.max(scale, Math.abs(r[k][i]));
                    diff = Math.max(diff, Math.abs(r[k][i] - g[k][i]));
                }
                assertTrue(scale > 0.1, "head " + k + " logits too small to compare: " + scale);
                assertTrue(diff <= tolerance * scale, "clip " + b + " head " + k + ": max abs diff " + diff
                        + " for logits up to " + scale);
                assertEquals(argmax(r[k]), argmax(g[k]), "clip " + b + " head " + k + " argmax");
            }
        }
    }

    static int argmax(float[] x) {
        int m = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] > x[m]) {
                m = i;
            }
        }
        return m;
    }

    static float[][][] randomMaps(ModelConfig c, int channels, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][][] m = new float[channels][c.frames()][c.mels()];
        for (float[][] ch : m) {
            for (float[] row : ch) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = (float) r.nextGaussian();
                }
            }
        }
        return m;
    }

    /**
     * Weights scaled like a trained ViT (fan-in scaled matrices, LayerNorm gains near 1, BatchNorm variances near 1),
     * so activations and logits are of order one.
     */
    static Map<String, Tensor> realisticWeights(StateDictLayout layout, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Map<String, Tensor> w = new LinkedHashMap<>();
        layout.required().forEach((k, shape) -> {
            int n = 1;
            for (int s : shape) {
                n *= s;
            }
            int fanIn = n / shape[0];
            float[] d = new float[n];
            for (int i = 0; i < n; i++) {
                double g = r.nextGaussian();
                if (k.endsWith("running_var")) {
                    d[i] = (float) (1.0 + 0.5 * r.nextDouble());
                } else if (k.contains("norm") && k.endsWith(".weight") || k.equals("conv_downsample.1.weight")) {
                    d[i] = (float) (1.0 + 0.1 * g);
                } else if (k.endsWith(".bias") || k.endsWith("running_mean")) {
                    d[i] = (float) (0.05 * g);
                } else if (shape.length == 1 || k.equals("pos_embed") || k.equals("cls_tokens")) {
                    d[i] = (float) (0.5 * g);
                } else {
                    d[i] = (float) (g / Math.sqrt(Math.max(1, fanIn)));
                }
            }
            w.put(k, new Tensor(shape, d));
        });
        return w;
    }
}
