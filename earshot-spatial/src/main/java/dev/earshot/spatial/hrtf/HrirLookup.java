package dev.earshot.spatial.hrtf;

import dev.earshot.spatial.geom.Direction;

/**
 * Finds the HRIR pair for any direction in an {@link HrtfSet} (nearest measured, or interpolated).
 * A parallel render calls {@link #lookup} from several threads at once, so implementations must be
 * thread-safe; the built-in ones are.
 */
public interface HrirLookup {
    /**
     * @param direction the direction (Earshot convention)
     * @return the HRIR pair to use for that direction, at the set's sample rate
     */
    Hrir lookup(Direction direction);

    /** @return the sample rate of the returned HRIRs in Hz */
    int sampleRateHz();

    /** @return the number of taps of the returned HRIRs */
    int length();
}
