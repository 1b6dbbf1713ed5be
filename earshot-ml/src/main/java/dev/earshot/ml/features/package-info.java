/**
 * Exact re-implementations of the input features of the published spatial-audio encoders:
 * {@link dev.earshot.ml.features.Stft} (centred, reflect-padded, torch/librosa compatible),
 * {@link dev.earshot.ml.features.MelFilterbank} (librosa Slaney mel),
 * {@link dev.earshot.ml.features.SpatialAstFeatures} ([L, R, cosIPD, sinIPD]),
 * {@link dev.earshot.ml.features.DspAstFeatures} ([L, R, GCC-PHAT, ILD, cosIPD, sinIPD]),
 * {@link dev.earshot.ml.features.BicubicResize} (PyTorch bicubic, align_corners=True) and
 * {@link dev.earshot.ml.features.FoaIntensityFeatures} (DISSE active/reactive intensity vectors).
 * Each is verified against numpy fixtures ({@code src/test/python/make_feature_fixtures.py}).
 */
package dev.earshot.ml.features;
