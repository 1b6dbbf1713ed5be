/**
 * Adapters between Earshot's coordinate convention (x front, y left, z up; azimuth +left) and those of
 * external systems, one named adapter per system, used by every module that reads or writes that
 * system's data (datasets, metrics, checkpoints).
 */
package dev.earshot.spatial.convention;
