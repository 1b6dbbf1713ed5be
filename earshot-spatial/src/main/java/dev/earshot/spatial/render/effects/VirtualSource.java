package dev.earshot.spatial.render.effects;

/**
 * One of the point sources that together render a wide source (see {@link SpreadModel}).
 *
 * @param offsetDeg        angle from the source centre along the horizontal great circle through it,
 *                         degrees, positive towards +azimuth (left); 0 for the centre
 * @param weight           amplitude weight, in (0, 1]
 * @param decorrelatorIndex which decorrelation filter to apply ({@link SpreadModel#decorrelator});
 *                         0 means none (the signal passes unchanged)
 */
public record VirtualSource(double offsetDeg, double weight, int decorrelatorIndex) {
    /** @throws IllegalArgumentException if a value is out of range */
    public VirtualSource {
        if (!Double.isFinite(offsetDeg) || Math.abs(offsetDeg) > 90) {
            throw new IllegalArgumentException("offsetDeg must be in [-90, 90], got " + offsetDeg);
        }
        if (!Double.isFinite(weight) || weight <= 0 || weight > 1) {
            throw new IllegalArgumentException("weight must be in (0, 1], got " + weight);
        }
        if (decorrelatorIndex < 0) {
            throw new IllegalArgumentException("decorrelatorIndex must be >= 0, got " + decorrelatorIndex);
        }
    }
}
