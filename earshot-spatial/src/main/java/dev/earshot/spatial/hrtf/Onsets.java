package dev.earshot.spatial.hrtf;

/**
 * Onset (arrival time) of an impulse response with sub-sample resolution: the first point where the
 * band-limited (sinc) interpolation of the response reaches {@value #THRESHOLD_DB} dB of its
 * interpolated peak, searched on a 1/{@value #UPSAMPLE}-sample grid and refined by linear
 * interpolation between the two grid points around the crossing.
 *
 * <p>The interpolation is evaluated only where it is needed (around the peak and just before the
 * first sample above the threshold), using {@code sinc(t - k) = (-1)^k sin(πt) / (π(t - k))}, so an
 * estimate costs a few dozen dot products instead of a large FFT.
 *
 * <p>What matters for interpolating HRIRs is that the estimate moves exactly with a delay of the
 * same response (so aligned responses line up); the constant offset between the threshold crossing
 * and the "true" arrival does not matter because it is removed and re-inserted alike.
 */
final class Onsets {
    /** Threshold relative to the peak, in dB. */
    static final double THRESHOLD_DB = -20;
    /** Search grid: points per sample. */
    static final int UPSAMPLE = 8;

    private Onsets() {
    }

    /**
     * @param ir an impulse response
     * @return its onset in samples (0 for an all-zero response)
     */
    static double estimate(float[] ir) {
        int n = ir.length;
        int np = 0;
        for (int i = 1; i < n; i++) {
            if (Math.abs(ir[i]) > Math.abs(ir[np])) {
                np = i;
            }
        }
        if (ir[np] == 0) {
            return 0;
        }
        double peak = 0;
        for (int j = -UPSAMPLE; j <= UPSAMPLE; j++) {
            peak = Math.max(peak, Math.abs(at(ir, np + (double) j / UPSAMPLE)));
        }
        double thr = peak * Math.pow(10, THRESHOLD_DB / 20);
        int n0 = 0;
        while (Math.abs(ir[n0]) < thr) {
            n0++;
        }
        // start a little before the first sample above the threshold, earlier still if the
        // interpolation is already above it there (energy between samples)
        double start = Math.max(0, n0 - 4);
        while (start > 0 && Math.abs(at(ir, start)) >= thr) {
            start = Math.max(0, start - 4);
        }
        double prev = Math.abs(at(ir, start));
        if (prev >= thr) {
            return start;
        }
        for (int j = 1; ; j++) {
            double t = start + (double) j / UPSAMPLE;
            double a = Math.abs(at(ir, t));
            if (a >= thr) {
                double frac = (thr - prev) / (a - prev);
                return t - (1 - frac) / UPSAMPLE;
            }
            prev = a;
        }
    }

    /** The sinc interpolation of x (zero outside its range) at time t in samples. */
    static double at(float[] x, double t) {
        double r = Math.rint(t);
        if (Math.abs(t - r) < 1e-12) {
            int i = (int) r;
            return i >= 0 && i < x.length ? x[i] : 0;
        }
        double sum = 0;
        double sign = 1;
        for (int k = 0; k < x.length; k++) {
            sum += sign * x[k] / (t - k);
            sign = -sign;
        }
        return Math.sin(Math.PI * t) / Math.PI * sum;
    }
}
