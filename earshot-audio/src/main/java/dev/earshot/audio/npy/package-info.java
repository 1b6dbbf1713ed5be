/**
 * NumPy {@code .npy} arrays (format versions 1.0, 2.0 and 3.0): {@link dev.earshot.audio.npy.Npy}
 * reads float32/float64/int16/int32 arrays in either byte order and in C or Fortran order into an
 * {@link dev.earshot.audio.npy.NpyArray}, and writes float32/float64 little-endian C-order arrays
 * atomically. Used for room impulse responses (SpatialSoundQA binaural RIRs are float64
 * {@code [2, L]}) and for numeric fixtures and features exchanged with Python.
 */
package dev.earshot.audio.npy;
