package dev.earshot.ml.model;

/**
 * Which engine runs {@link SpatialEncoder#infer}. {@link #PYTORCH} and {@link #ONNX_RUNTIME} compute the same model
 * from the same weights; their outputs differ only by float rounding (different GEMM blocking and kernels), which
 * {@code OnnxRuntimeBackendTest} bounds. {@link #ONNX_RUNTIME_INT8} is an approximation, chosen explicitly.
 */
public enum InferenceBackend {
    /** The DJL block on the PyTorch engine (eager, op by op): every kind, CPU or GPU; what training uses. */
    PYTORCH,
    /**
     * The Spatial-AST forward pass written as an ONNX graph (fused LayerNorm, bias-fused GEMMs, ONNX Runtime's
     * fused multi-head attention) and run by ONNX Runtime on the CPU, one clip at a time. Spatial-AST only.
     */
    ONNX_RUNTIME,
    /**
     * Opt-in, not faithful: {@link #ONNX_RUNTIME} with the transformer blocks' linear layers in int8 (weights
     * quantised per output channel, activations per tensor at run time, VNNI kernels where the CPU has them).
     * Outputs differ from the float model by more than rounding; docs/BENCHMARKS.md has the measured cost.
     * Spatial-AST only.
     */
    ONNX_RUNTIME_INT8
}
