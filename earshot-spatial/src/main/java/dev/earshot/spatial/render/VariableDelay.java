package dev.earshot.spatial.render;

/**
 * A delay line whose delay, in samples, may change every sample (propagation delay of a moving
 * source, interaural time difference). Fractional delays use 4-point (third-order) Lagrange
 * interpolation; below one sample, where Lagrange would need a future sample, linear interpolation
 * (both agree at exactly 0 and 1 sample). An integer delay is an exact copy.
 */
final class VariableDelay {
    private final float[] ring;
    private final int mask;
    private int writePos;

    /** @param maxDelaySamples the largest delay that will be asked for, in samples */
    VariableDelay(double maxDelaySamples) {
        int need = (int) Math.ceil(maxDelaySamples) + 4;
        int size = Integer.highestOneBit(Math.max(need, 4)) << 1;
        this.ring = new float[size];
        this.mask = size - 1;
    }

    /**
     * Pushes one sample and reads the line at a delay.
     *
     * @param x             the input sample
     * @param delaySamples  delay in samples, in [0, maxDelaySamples]
     * @return the delayed output
     */
    float tick(float x, double delaySamples) {
        ring[writePos] = x;
        int i = (int) delaySamples;
        double f = delaySamples - i;
        int p = writePos - i;
        float y;
        if (f == 0) {
            y = ring[p & mask];
        } else if (i == 0) {
            y = (float) ((1 - f) * ring[p & mask] + f * ring[(p - 1) & mask]);
        } else {
            // Lagrange on the points at delays i-1, i, i+1, i+2 (offsets -1, 0, 1, 2 from i); d = f.
            double xm1 = ring[(p + 1) & mask];
            double x0 = ring[p & mask];
            double x1 = ring[(p - 1) & mask];
            double x2 = ring[(p - 2) & mask];
            double d = f;
            y = (float) (-d * (d - 1) * (d - 2) / 6 * xm1
                    + (d + 1) * (d - 1) * (d - 2) / 2 * x0
                    - (d + 1) * d * (d - 2) / 2 * x1
                    + (d + 1) * d * (d - 1) / 6 * x2);
        }
        writePos = (writePos + 1) & mask;
        return y;
    }
}
