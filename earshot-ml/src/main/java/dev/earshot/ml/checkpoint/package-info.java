/**
 * Pure-Java import of PyTorch {@code torch.save} checkpoints (zip + restricted pickle) into
 * {@link dev.earshot.ml.checkpoint.Tensor} maps. Entry point: {@link dev.earshot.ml.checkpoint.TorchCheckpoint}.
 * Not yet tested on a real released checkpoint; see {@code earshot-ml/docs/CHECKPOINTS.md}.
 */
package dev.earshot.ml.checkpoint;
