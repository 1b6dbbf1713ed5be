/**
 * Training of the Spatial-AST encoder on the DJL PyTorch engine (CPU): {@link dev.earshot.ml.train.Trainer}
 * (multi-task loss with {@link dev.earshot.ml.train.LossWeights}, AdamW, warm-up + cosine, SpecAugment masks,
 * mixup, roll and gain augmentation, seeded), atomic per-epoch checkpoints ({@link dev.earshot.ml.train.TrainCheckpoint})
 * with resume, and {@link dev.earshot.ml.train.NeuralPerceiver} for inference on any binaural file.
 */
package dev.earshot.ml.train;
