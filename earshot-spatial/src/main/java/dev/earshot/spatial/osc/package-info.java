/**
 * Open Sound Control export of source positions and trajectories to spatialisation hosts (SPAT
 * Revolution, IEM plug-ins, or any receiver of the generic Earshot address space) over UDP, with
 * javaosc. Presets are data ({@link dev.earshot.spatial.osc.OscPreset}); every convention change from
 * Earshot's (+azimuth = left, degrees) happens in {@link dev.earshot.spatial.osc.OscPreset#messages}.
 */
package dev.earshot.spatial.osc;
