/**
 * Earshot data engine: sound banks of dry labelled clips, seeded scene sampling, spatialization of
 * dry clips through simulated rooms, and dataset writers/readers for the Earshot native, Spatial-AST,
 * SpatialSoundQA and DISSE formats.
 *
 * <p>Coordinates inside this module follow the Earshot convention (x front, y left, z up; azimuth 0 =
 * front, +90 = left, in (-180, 180]; elevation +90 = up); every external format converts at its edge.
 */
package dev.earshot.data;
