package dev.earshot.ml.eval;

/**
 * One evaluated clip: truth and prediction in Earshot's convention, and the errors on the Spatial-AST classes.
 *
 * @param id                 clip id
 * @param trueAzimuthDeg     true azimuth, degrees (+90 = left)
 * @param trueElevationDeg   true elevation, degrees
 * @param trueDistanceM      true distance, metres
 * @param predAzimuthDeg     predicted azimuth, degrees
 * @param predElevationDeg   predicted elevation, degrees
 * @param predDistanceM      predicted distance, metres
 * @param doaErrorDeg        great-circle error between the predicted and true (azimuth, elevation) classes, degrees
 * @param distanceClassError |predicted - true| distance class (0.5 m bins)
 * @param topLabel           the highest-probability event label ("" when the perception lists none)
 */
public record ClipResult(String id, double trueAzimuthDeg, double trueElevationDeg, double trueDistanceM,
                         double predAzimuthDeg, double predElevationDeg, double predDistanceM, double doaErrorDeg,
                         int distanceClassError, String topLabel) {
}
