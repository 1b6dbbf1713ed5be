/**
 * Geometry and the one coordinate convention used inside Earshot: right-handed, metres, listener at
 * the origin, x front, y left, z up; azimuth 0 = front, +90 = left; elevation +90 = up.
 */
package dev.earshot.spatial.geom;
