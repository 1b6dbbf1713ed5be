/**
 * Dataset formats, one sub-package each: Earshot native ({@code earshot}), Spatial-AST
 * ({@code spatialast}), SpatialSoundQA ({@code spatialsoundqa}) and DISSE ({@code disse}); each has a
 * {@link dev.earshot.data.job.DatasetFormat} writer and a reader. Shared JSON helpers live here.
 */
package dev.earshot.data.format;
