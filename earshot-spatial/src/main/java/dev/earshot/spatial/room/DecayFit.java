package dev.earshot.spatial.room;

/**
 * A straight-line fit to a Schroeder energy decay curve between two levels, extrapolated to 60 dB.
 *
 * @param startDb           upper level of the fitted range in dB (e.g. -5)
 * @param endDb             lower level of the fitted range in dB (e.g. -35)
 * @param slopeDbPerS       fitted slope in dB per second (negative)
 * @param interceptDb       fitted level at time 0 (the direct-sound peak) in dB
 * @param decayTimeS        {@code -60 / slopeDbPerS}: the extrapolated reverberation time in seconds
 * @param correlation       Pearson correlation coefficient of the fit (close to -1 for a clean decay)
 */
public record DecayFit(double startDb, double endDb, double slopeDbPerS, double interceptDb, double decayTimeS,
                       double correlation) {
}
