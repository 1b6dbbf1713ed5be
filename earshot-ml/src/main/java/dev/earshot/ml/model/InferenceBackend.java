package dev.earshot.ml.model;

/**
 * Which engine runs {@link SpatialEncoder#infer}. Both compute the same model from the same weights; their
 * outputs differ only by float rounding (different GEMM blocking and kernels), which
 * {@code OnnxRuntimeBackendTest} bounds.
 */
public enum InferenceBackend {
    /** The DJL block on the PyTorch engine (eager, op by op): every kind, CPU or GPU; what training uses. */
    PYTORCH,
    /**
     * The Spatial-AST forward pass written as an ONNX graph (fused LayerNorm, bias-fused GEMMs, ONNX Runtime's
     * fused multi-head attention) and run by ONNX Runtime on the CPU, one clip at a time. Spatial-AST only.
     */
    ONNX_RUNTIME
}
