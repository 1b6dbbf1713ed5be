/**
 * Head-related transfer functions: {@link dev.earshot.spatial.hrtf.HrtfSet} values, the SOFA reader
 * (AES69 SimpleFreeFieldHRIR on jHDF), the built-in MIT KEMAR set, and lookups by direction.
 */
package dev.earshot.spatial.hrtf;
