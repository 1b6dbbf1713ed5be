/**
 * The Spatial-AST and DSpAST encoders as DJL blocks on the PyTorch engine: sizes
 * ({@link dev.earshot.ml.model.ModelConfig}), state_dict layouts ({@link dev.earshot.ml.model.StateDictLayout}),
 * strict weight loading, and inference ({@link dev.earshot.ml.model.SpatialEncoder}, with Spatial-AST run through
 * ONNX Runtime from an ONNX graph written here, {@link dev.earshot.ml.model.InferenceBackend}). Training lives
 * elsewhere.
 */
package dev.earshot.ml.model;
