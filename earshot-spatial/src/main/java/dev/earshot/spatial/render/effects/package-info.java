/**
 * Block processors and generators the renderers are built from: the distance model (inverse-distance
 * gain, propagation delay, ISO 9613-1 air absorption), a time-varying air-absorption filter, a
 * fractional delay line (which gives Doppler for moving sources), source spread, the parametric late
 * reverb and the decay analysis (Schroeder integration, T30, DRR) used to check it.
 *
 * <p>Conventions: sample rates in Hz, distances in metres, delays in samples unless the name says
 * seconds; all processors are deterministic (explicit seeds) and their per-sample loops allocate
 * nothing.
 */
package dev.earshot.spatial.render.effects;
