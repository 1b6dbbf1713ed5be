/**
 * The DISSE / DELSA data layout (SPEC.md 4): dry clips, 4-channel A-format RIR WAVs of the tetrahedral
 * array, FOA renders (W, Y, Z, X), a manifest csv ({@code dry_path,rir_path,foa_path,text,source_id,spatial_id}),
 * an RIR catalog csv in the format of DISSE's {@code rir_catalog_*.csv}, and spatial captions made by the
 * meta-to-language rules ({@link dev.earshot.data.format.disse.Captioner}).
 * {@link dev.earshot.data.format.disse.DisseConvention} converts between Earshot and DISSE conventions.
 */
package dev.earshot.data.format.disse;
