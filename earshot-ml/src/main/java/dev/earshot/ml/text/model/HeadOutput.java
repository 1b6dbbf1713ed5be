package dev.earshot.ml.text.model;

/**
 * The decoded output of the MLP head for one text, Earshot convention (+azimuth = left).
 *
 * @param startAzimuthDeg   start azimuth, degrees, (-180, 180]
 * @param endAzimuthDeg     end azimuth, degrees, (-180, 180]
 * @param startBinProb      softmax probability of the chosen start bin, (0, 1]
 * @param endBinProb        softmax probability of the chosen end bin, (0, 1]
 * @param startElevationDeg start elevation, degrees, [-60, 60]
 * @param endElevationDeg   end elevation, degrees, [-60, 60]
 * @param distanceM         distance, metres, [0.6, 6]
 * @param spreadDeg         spread, degrees, [5, 120]
 * @param wetMix            wet mix, [0, 1]
 * @param gainDb            gain, dB, [-6, 6]
 */
record HeadOutput(double startAzimuthDeg, double endAzimuthDeg, double startBinProb, double endBinProb,
                  double startElevationDeg, double endElevationDeg, double distanceM, double spreadDeg,
                  double wetMix, double gainDb) {
}
