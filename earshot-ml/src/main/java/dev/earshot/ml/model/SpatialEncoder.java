package dev.earshot.ml.model;

import ai.djl.Device;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import dev.earshot.ml.checkpoint.Tensor;
import dev.earshot.ml.checkpoint.TorchCheckpoint;
import dev.earshot.ml.features.BicubicResize;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A Spatial-AST or DSpAST encoder ready for inference: owns the DJL block and the NDManager holding its weights.
 * Typical use:
 * <pre>{@code
 * try (SpatialEncoder enc = SpatialEncoder.fromCheckpoint(ModelKind.SPATIAL_AST,
 *         ModelConfig.vitBase(355), Path.of("finetuned.pth"))) {
 *     ModelOutput out = enc.infer(new SpatialAstFeatures().compute(binaural32k));
 * }
 * }</pre>
 * Engines ({@link #useBackend}): Spatial-AST on the CPU runs by default through ONNX Runtime (the forward pass
 * written as an ONNX graph from the loaded weights, about 2x less CPU than the eager PyTorch block at ViT-Base, same
 * outputs to float rounding); DSpAST, GPU encoders and training use the DJL block on the PyTorch engine. ONNX
 * Runtime's intra-op threads default to {@code ai.djl.pytorch.num_threads} when set, else all processors; its
 * idle workers do not spin. Not thread-safe. Run with {@code DJL_OFFLINE=true}; the first use unpacks the PyTorch
 * natives (about 430 MB) into {@code ~/.djl.ai} (or {@code DJL_CACHE_DIR}). On a loaded machine set the PyTorch
 * intra-op threads ({@code -Dai.djl.pytorch.num_threads=1} or {@code OMP_NUM_THREADS=1}) before the engine
 * starts: PyTorch's OpenMP threads spinning against other processes made the small model 6x slower here.
 */
public final class SpatialEncoder implements AutoCloseable {
    private final ModelKind kind;
    private final ModelConfig config;
    private final EncoderBlock block;
    private final NDManager manager;
    private final boolean cpu;
    private boolean loaded;
    private InferenceBackend backend;
    private int threads = defaultThreads();
    private boolean spin;
    private OrtSpatialAst ort;
    private String ortKey;

    private SpatialEncoder(ModelKind kind, ModelConfig config, Device device) {
        this.kind = kind;
        this.config = config;
        this.block = kind == ModelKind.SPATIAL_AST ? new SpatialAstBlock(config) : new DspAstBlock(config);
        this.cpu = Device.Type.CPU.equals(device.getDeviceType());
        this.backend = kind == ModelKind.SPATIAL_AST && cpu ? InferenceBackend.ONNX_RUNTIME : InferenceBackend.PYTORCH;
        try {
            this.manager = NDManager.newBaseManager(device, "PyTorch");
        } catch (EngineException | IllegalArgumentException e) {
            throw new IllegalStateException("the DJL PyTorch engine (CPU) cannot start; run with DJL_OFFLINE=true and "
                    + "ai.djl.pytorch:pytorch-native-cpu:2.7.1:linux-x86_64 on the class path: " + e.getMessage(), e);
        }
    }

    /**
     * Creates an encoder without weights (load them with {@link #loadStateDict}).
     *
     * @param kind   the architecture
     * @param config the size
     * @return the encoder
     * @throws IllegalStateException if the PyTorch engine cannot start
     */
    public static SpatialEncoder create(ModelKind kind, ModelConfig config) {
        if (kind == null || config == null) {
            throw new IllegalArgumentException("kind and config must not be null");
        }
        return new SpatialEncoder(kind, config, Device.cpu());
    }

    /**
     * Creates an encoder without weights on a given device (CPU, or a CUDA GPU when the CUDA natives of the
     * {@code cuda} Maven profile are on the class path and a GPU is visible).
     *
     * @param kind   the architecture
     * @param config the size
     * @param device where the weights live and the forward pass runs
     * @return the encoder
     * @throws IllegalStateException if the PyTorch engine cannot start
     */
    public static SpatialEncoder create(ModelKind kind, ModelConfig config, Device device) {
        if (kind == null || config == null || device == null) {
            throw new IllegalArgumentException("kind, config and device must not be null");
        }
        return new SpatialEncoder(kind, config, device);
    }

    /**
     * Creates an encoder and loads a {@code torch.save} checkpoint (key {@code model}) into it.
     *
     * @param kind       the architecture
     * @param config     the size (must match the file's shapes)
     * @param checkpoint the {@code .pth} file
     * @return the loaded encoder
     * @throws IOException                on an unreadable or malformed file
     *                                    ({@link dev.earshot.ml.checkpoint.CheckpointFormatException})
     * @throws StateDictMismatchException if the file's tensors do not fit the model (all offenders named)
     */
    public static SpatialEncoder fromCheckpoint(ModelKind kind, ModelConfig config, Path checkpoint) throws IOException {
        Map<String, Tensor> sd = TorchCheckpoint.readStateDict(checkpoint);
        SpatialEncoder enc = create(kind, config);
        try {
            enc.loadStateDict(sd, checkpoint.toString());
            return enc;
        } catch (RuntimeException e) {
            enc.close();
            throw e;
        }
    }

    /**
     * Loads weights by state_dict name (SPEC 1.6 / 2.2), replacing any loaded before.
     *
     * @param stateDict name to tensor
     * @param source    where they came from, for messages
     * @throws StateDictMismatchException listing all missing, unexpected and misshapen keys; nothing is loaded
     */
    public void loadStateDict(Map<String, Tensor> stateDict, String source) {
        WeightLoader.load(block, stateDict, manager, source);
        loaded = true;
        dropOrtSession();
    }

    /**
     * Chooses the engine for {@link #infer}. The default is {@link InferenceBackend#ONNX_RUNTIME} for Spatial-AST
     * on the CPU (faster; the same outputs to float rounding) and {@link InferenceBackend#PYTORCH} otherwise.
     * The ONNX Runtime graph is built from the weights at the first {@code infer} after {@link #loadStateDict}
     * (a few seconds for ViT-Base) and rebuilt after any call to {@link #block()}, which hands out the mutable
     * parameters.
     *
     * @param backend        the engine
     * @param intraOpThreads ONNX Runtime intra-op threads (>= 1); ignored by PyTorch, whose threads are set
     *                       engine-wide ({@code ai.djl.pytorch.num_threads} or {@code JniUtils.setNumThreads})
     * @param spinning       whether idle ONNX Runtime workers spin (faster on an idle machine, wasteful on a busy
     *                       one; the default is no spinning)
     * @return this encoder
     * @throws IllegalArgumentException if ONNX Runtime is asked for DSpAST, for a GPU encoder, or threads < 1
     */
    public SpatialEncoder useBackend(InferenceBackend backend, int intraOpThreads, boolean spinning) {
        if (backend == null || intraOpThreads < 1) {
            throw new IllegalArgumentException("backend must not be null and intraOpThreads >= 1, got " + backend
                    + ", " + intraOpThreads);
        }
        if (backend != InferenceBackend.PYTORCH && (kind != ModelKind.SPATIAL_AST || !cpu)) {
            throw new IllegalArgumentException("the ONNX Runtime backend runs Spatial-AST on the CPU only, not "
                    + kind + (cpu ? "" : " on " + manager.getDevice()));
        }
        this.backend = backend;
        this.threads = intraOpThreads;
        this.spin = spinning;
        return this;
    }

    /** @return the engine {@link #infer} uses */
    public InferenceBackend backend() {
        return backend;
    }

    /** ai.djl.pytorch.num_threads when set (the CLI's thread knob), else all processors. */
    private static int defaultThreads() {
        Integer t = Integer.getInteger("ai.djl.pytorch.num_threads");
        return t != null && t > 0 ? t : Runtime.getRuntime().availableProcessors();
    }

    private void dropOrtSession() {
        if (ort != null) {
            ort.close();
            ort = null;
        }
    }

    /** The session for the current backend, threads and spinning; built (or rebuilt) from the weights as needed. */
    private OrtSpatialAst ortSession() {
        String key = backend + "/" + threads + "/" + spin;
        if (ort != null && !key.equals(ortKey)) {
            dropOrtSession();
        }
        if (ort == null) {
            ortKey = key;
            Map<String, ai.djl.nn.Parameter> params = block.parametersByName();
            byte[] model = SpatialAstOnnx.build(config, n -> params.get(n).getArray().toFloatArray(),
                    backend == InferenceBackend.ONNX_RUNTIME_INT8);
            ort = new OrtSpatialAst(config, model, threads, spin);
        }
        return ort;
    }

    /**
     * Runs one clip.
     *
     * @param maps raw feature maps {@code [channels][frames][mels]} (4 for Spatial-AST, 6 for DSpAST), as
     *             computed by {@code SpatialAstFeatures} / {@code DspAstFeatures}; fewer frames than
     *             {@code config.frames()} are stretched by bicubic resizing (align_corners) as the originals do
     * @return the outputs, batch size 1
     * @throws IllegalArgumentException on a wrong channel/mel count or more frames than the model takes
     * @throws IllegalStateException    if no weights are loaded
     */
    public ModelOutput infer(float[][][] maps) {
        return infer(new float[][][][] {maps});
    }

    /**
     * Runs a batch of clips.
     *
     * @param batch {@code [B][channels][frames][mels]}, see {@link #infer(float[][][])}
     * @return the outputs, one row per clip
     * @throws IllegalArgumentException on a wrong shape
     * @throws IllegalStateException    if no weights are loaded
     */
    public ModelOutput infer(float[][][][] batch) {
        if (!loaded) {
            throw new IllegalStateException("no weights loaded: call loadStateDict or fromCheckpoint first");
        }
        if (batch == null || batch.length == 0) {
            throw new IllegalArgumentException("batch must hold at least one clip");
        }
        int c = kind.inputChannels();
        int t = config.frames();
        int f = config.mels();
        float[] flat = new float[batch.length * c * t * f];
        for (int b = 0; b < batch.length; b++) {
            float[][][] maps = prepare(batch[b], b);
            for (int ch = 0; ch < c; ch++) {
                for (int i = 0; i < t; i++) {
                    System.arraycopy(maps[ch][i], 0, flat, ((b * c + ch) * t + i) * f, f);
                }
            }
        }
        if (backend != InferenceBackend.PYTORCH) {
            OrtSpatialAst session = ortSession();
            float[][][] rows = new float[4][batch.length][];
            for (int b = 0; b < batch.length; b++) {
                float[][] o = session.run(flat, b * c * t * f);
                for (int k = 0; k < 4; k++) {
                    rows[k][b] = o[k];
                }
            }
            return new ModelOutput(rows[0], rows[1], rows[2], rows[3]);
        }
        try (NDManager sub = manager.newSubManager()) {
            NDArray x = sub.create(flat, new Shape(batch.length, c, t, f));
            NDList out = block.forward(new ParameterStore(sub, false), new NDList(x), false);
            return new ModelOutput(rows(out.get(0)), rows(out.get(1)), rows(out.get(2)), rows(out.get(3)));
        }
    }

    private float[][][] prepare(float[][][] maps, int clip) {
        int c = kind.inputChannels();
        if (maps == null || maps.length != c) {
            throw new IllegalArgumentException("clip " + clip + ": expected " + c + " feature maps for " + kind + ", got "
                    + (maps == null ? "null" : maps.length));
        }
        for (int ch = 0; ch < c; ch++) {
            if (maps[ch].length == 0 || maps[ch][0].length != config.mels()) {
                throw new IllegalArgumentException("clip " + clip + " map " + ch + ": expected [frames][" + config.mels()
                        + "]");
            }
            if (maps[ch].length != maps[0].length) {
                throw new IllegalArgumentException("clip " + clip + ": maps have different frame counts");
            }
        }
        if (maps[0].length > config.frames()) {
            throw new IllegalArgumentException("clip " + clip + " has " + maps[0].length + " frames, the model takes "
                    + config.frames() + "; crop or window the clip first");
        }
        return BicubicResize.resizeFramesIfShorter(maps, config.frames());
    }

    private static float[][] rows(NDArray a) {
        long[] s = a.getShape().getShape();
        float[] d = a.toFloatArray();
        float[][] out = new float[(int) s[0]][(int) s[1]];
        for (int i = 0; i < out.length; i++) {
            System.arraycopy(d, i * out[i].length, out[i], 0, out[i].length);
        }
        return out;
    }

    /** @return the architecture */
    public ModelKind kind() {
        return kind;
    }

    /** @return the size */
    public ModelConfig config() {
        return config;
    }

    /** @return the names and shapes of the weights this encoder takes */
    public StateDictLayout layout() {
        return block.layout;
    }

    /**
     * The DJL block. Its parameters are mutable, so this also marks the ONNX Runtime graph stale (it is rebuilt
     * from the current weights at the next {@link #infer}).
     *
     * @return the DJL block (parameters named by state_dict key)
     */
    public Block block() {
        dropOrtSession();
        return block;
    }

    /** Releases the weights and native memory. */
    @Override
    public void close() {
        dropOrtSession();
        manager.close();
    }
}
