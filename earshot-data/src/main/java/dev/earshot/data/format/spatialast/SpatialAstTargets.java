package dev.earshot.data.format.spatialast;

/**
 * Spatial-AST's classification targets (SPEC.md 1.3).
 *
 * @param distanceClass  {@code round(distance_m * 2)} (0.5 m bins, 0..20 for 0..10 m)
 * @param azimuthClass   {@code (round(az) + 360) % 360}, 0..359
 * @param elevationClass {@code (round(el) + 90) % 180}, 0..179 (+90 deg wraps to 0)
 */
public record SpatialAstTargets(int distanceClass, int azimuthClass, int elevationClass) {
}
