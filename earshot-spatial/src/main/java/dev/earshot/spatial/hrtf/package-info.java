/**
 * Head-related transfer functions.
 *
 * <ul>
 *   <li>{@link dev.earshot.spatial.hrtf.HrtfSet}, {@link dev.earshot.spatial.hrtf.Hrir}: measured sets
 *       and HRIR pairs (Earshot's direction convention: azimuth +left, elevation +up);</li>
 *   <li>{@link dev.earshot.spatial.hrtf.SofaReader}: AES69 SOFA (SimpleFreeFieldHRIR) files on jHDF,
 *       with {@link dev.earshot.spatial.hrtf.SofaFormatException} naming file, field and expectation;</li>
 *   <li>{@link dev.earshot.spatial.hrtf.HrtfSets}: the built-in MIT KEMAR set, loading, text summary;</li>
 *   <li>{@link dev.earshot.spatial.hrtf.HrirLookup} implementations:
 *       {@link dev.earshot.spatial.hrtf.NearestHrirLookup} (nearest measured direction) and
 *       {@link dev.earshot.spatial.hrtf.InterpolatedHrirLookup} (onset-aligned barycentric
 *       interpolation on a spherical triangulation).</li>
 * </ul>
 */
package dev.earshot.spatial.hrtf;
