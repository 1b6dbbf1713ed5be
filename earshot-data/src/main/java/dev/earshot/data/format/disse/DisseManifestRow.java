package dev.earshot.data.format.disse;

/**
 * One row of a DISSE manifest csv.
 *
 * @param dryPath   dry clip path
 * @param rirPath   A-format RIR path
 * @param foaPath   FOA render path (W, Y, Z, X), or null when the manifest has no foa_path column
 * @param text      the spatial caption
 * @param sourceId  source id (same dry clip = same id)
 * @param spatialId spatial id (same RIR = same id)
 */
public record DisseManifestRow(String dryPath, String rirPath, String foaPath, String text, long sourceId,
                               long spatialId) {
}
