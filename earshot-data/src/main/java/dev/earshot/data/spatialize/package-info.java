/**
 * Spatialization of dry bank clips: each source of a {@link dev.earshot.data.scene.Scene} is convolved
 * with a room impulse response simulated by {@code dev.earshot.spatial.room.RoomSimulator} for the chosen
 * {@link dev.earshot.data.spatialize.ReceiverKind} (binaural through the built-in KEMAR HRTFs, AmbiX
 * first order, or the DISSE tetrahedral array), the sources are averaged (SPEC.md 3.2), and the scene is
 * labelled with classes, directions, distances and room acoustics.
 * {@link dev.earshot.data.spatialize.RenderProfile} collects the CPU time of each rendering phase (used by
 * {@link dev.earshot.data.bench.GenerationBenchmark}).
 */
package dev.earshot.data.spatialize;
