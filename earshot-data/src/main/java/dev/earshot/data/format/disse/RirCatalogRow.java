package dev.earshot.data.format.disse;

import dev.earshot.spatial.geom.Vec3;

/**
 * One row of a DISSE RIR catalog ({@code rir_path,dims,area_m2,alpha,fullband_T30_ms,source_distance_m,
 * azimuth_deg,elevation_deg,source_pos_xyz,distance,fs,room_id,split}); DISSE conventions (room frame y
 * right, azimuth +right, receiver at the room centre).
 *
 * @param rirPath         path of the A-format RIR WAV
 * @param dimensionsM     room dimensions
 * @param areaM2          floor area
 * @param alpha           wall absorption
 * @param t30Ms           full-band T30 in ms
 * @param sourceDistanceM source distance (2 decimals in DISSE's files)
 * @param azimuthDeg      DISSE azimuth, integer degrees, +right
 * @param elevationDeg    elevation, integer degrees
 * @param sourcePosM      source position in DISSE's room frame
 * @param distanceM       source distance (3 decimals)
 * @param sampleRateHz    {@code fs}
 * @param roomId          8 hex characters
 * @param split           split name
 */
public record RirCatalogRow(String rirPath, Vec3 dimensionsM, double areaM2, double alpha, double t30Ms,
                            double sourceDistanceM, int azimuthDeg, int elevationDeg, Vec3 sourcePosM,
                            double distanceM, int sampleRateHz, String roomId, String split) {

    /** @return the Earshot azimuth (+left) of the source */
    public double earshotAzimuthDeg() {
        return DisseConvention.toEarshotAzimuthDeg(azimuthDeg);
    }

    /** @return the source position in Earshot room coordinates (y left) */
    public Vec3 earshotSourcePosM() {
        return DisseConvention.mirrorRoom(sourcePosM, dimensionsM);
    }

    /** @return the metadata DISSE makes captions from */
    public CaptionMeta captionMeta() {
        return new CaptionMeta(sourceDistanceM, azimuthDeg, elevationDeg, areaM2, t30Ms);
    }
}
