package dev.earshot.ml.eval;

/**
 * Error statistics of the clips whose true azimuth (or distance) falls in {@code [lo, hi)}. Values are NaN when
 * the bin is empty.
 *
 * @param lo          lower edge (degrees or metres)
 * @param hi          upper edge
 * @param count       clips in the bin
 * @param maeDeg      mean DOA error, degrees
 * @param er20Pct     percentage of clips with DOA error above 20 degrees
 * @param derPct      percentage of clips whose distance class is off by more than one
 * @param distanceMaeM mean absolute distance error, metres
 */
public record ErrorBin(double lo, double hi, int count, double maeDeg, double er20Pct, double derPct,
                       double distanceMaeM) {
}
