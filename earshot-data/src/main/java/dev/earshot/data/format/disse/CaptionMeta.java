package dev.earshot.data.format.disse;

/**
 * The metadata a DISSE caption is made from (catalog values, DISSE conventions).
 *
 * @param distanceM    source distance in metres ({@code source_distance_m})
 * @param azimuthDeg   DISSE azimuth in degrees, +RIGHT ({@code azimuth_deg})
 * @param elevationDeg elevation in degrees ({@code elevation_deg})
 * @param areaM2       floor area ({@code area_m2})
 * @param t30Ms        full-band T30 in ms ({@code fullband_T30_ms})
 */
public record CaptionMeta(double distanceM, double azimuthDeg, double elevationDeg, double areaM2, double t30Ms) {
}
