/**
 * The Spatial-AST data layout (SPEC.md 1.3-1.4): an audio json (list of {@code {folder, id, label}}),
 * a reverb json ({@code {"data": [{fname, sensor_position, source_position, ...}]}}) in Spatial-AST's
 * coordinate convention, float64 {@code [2, L]} binaural RIRs as {@code .npy}, and a class csv.
 * {@link dev.earshot.data.format.spatialast.SpatialAstConvention} is the one adapter between Earshot and
 * Spatial-AST coordinates and holds the target encoding.
 */
package dev.earshot.data.format.spatialast;
