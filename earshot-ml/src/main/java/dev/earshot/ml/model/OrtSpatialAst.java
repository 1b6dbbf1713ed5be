package dev.earshot.ml.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * A Spatial-AST graph ({@link SpatialAstOnnx}) in an ONNX Runtime CPU session: one clip per run, the input copied
 * once into a reused direct buffer. Session: {@code intraOpThreads} threads (no spinning unless asked), sequential
 * execution, all graph optimisations. With the system property {@code earshot.ort.profile=PREFIX} set, ONNX Runtime
 * writes its per-node profile ({@code PREFIX_<date>.json}, a diagnostic for benchmarks). Not thread-safe.
 */
final class OrtSpatialAst implements AutoCloseable {
    private final ModelConfig config;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final FloatBuffer input;
    private final long[] shape;

    OrtSpatialAst(ModelConfig config, byte[] model, int intraOpThreads, boolean spin) {
        this.config = config;
        this.env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions o = new OrtSession.SessionOptions()) {
            o.setIntraOpNumThreads(intraOpThreads);
            o.setInterOpNumThreads(1);
            o.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            o.addConfigEntry("session.intra_op.allow_spinning", spin ? "1" : "0");
            String profile = System.getProperty("earshot.ort.profile");
            if (profile != null) {
                o.enableProfiling(profile);
            }
            this.session = env.createSession(model, o);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime rejected the Spatial-AST graph: " + e.getMessage(), e);
        }
        this.shape = new long[] {1, 4, config.frames(), config.mels()};
        this.input = ByteBuffer.allocateDirect(4 * 4 * config.frames() * config.mels()).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
    }

    /**
     * Runs one clip.
     *
     * @param flat {@code [4][frames][mels]} flattened row-major, already resized to {@code frames}
     * @param off  where the clip starts in {@code flat}
     * @return {class, distance, azimuth, elevation} logits
     */
    float[][] run(float[] flat, int off) {
        input.clear();
        input.put(flat, off, input.capacity());
        input.flip();
        try (OnnxTensor x = OnnxTensor.createTensor(env, input, shape);
             OrtSession.Result r = session.run(Map.of(SpatialAstOnnx.INPUT, x))) {
            float[][] out = new float[4][];
            for (int k = 0; k < 4; k++) {
                OnnxTensor t = (OnnxTensor) r.get(SpatialAstOnnx.OUTPUTS.get(k)).orElseThrow();
                out[k] = copy(t.getFloatBuffer());
            }
            return out;
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on the Spatial-AST graph: " + e.getMessage(), e);
        }
    }

    private static float[] copy(FloatBuffer b) {
        float[] a = new float[b.remaining()];
        b.get(a);
        return a;
    }

    /** @return the model size */
    ModelConfig config() {
        return config;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("closing the ONNX Runtime session: " + e.getMessage(), e);
        }
    }
}
