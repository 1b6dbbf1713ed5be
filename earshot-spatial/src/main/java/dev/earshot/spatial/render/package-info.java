/**
 * Renderers from a mono source plus {@link dev.earshot.spatial.render.SpatialParams} to stereo,
 * binaural and ambisonics, with distance, spread and reverb models.
 */
package dev.earshot.spatial.render;
