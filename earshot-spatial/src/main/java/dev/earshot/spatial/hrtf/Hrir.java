package dev.earshot.spatial.hrtf;

/**
 * A head-related impulse response pair for one direction.
 *
 * @param left         left-ear impulse response
 * @param right        right-ear impulse response (same length as left)
 * @param sampleRateHz sample rate of both in Hz
 */
public record Hrir(float[] left, float[] right, int sampleRateHz) {
    /** @throws IllegalArgumentException if lengths differ, are zero, or the rate is not positive */
    public Hrir {
        if (left == null || right == null || left.length == 0 || left.length != right.length) {
            throw new IllegalArgumentException("left and right HRIRs must be non-empty and of equal length");
        }
        if (sampleRateHz <= 0) {
            throw new IllegalArgumentException("sampleRateHz must be positive, got " + sampleRateHz);
        }
    }

    /** @return the number of taps */
    public int length() {
        return left.length;
    }
}
