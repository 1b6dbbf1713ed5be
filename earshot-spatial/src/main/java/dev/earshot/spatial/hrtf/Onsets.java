package dev.earshot.spatial.hrtf;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Onset (arrival time) of an impulse response with sub-sample resolution: the response is
 * band-limited interpolated by {@value #UPSAMPLE}x (zero-padding its spectrum), and the onset is the
 * first point where the interpolated magnitude reaches {@value #THRESHOLD_DB} dB of its peak,
 * refined by linear interpolation between the two interpolated samples around the crossing.
 *
 * <p>What matters for interpolating HRIRs is that the estimate moves exactly with a delay of the
 * same response (so aligned responses line up); the constant offset between the threshold crossing
 * and the "true" arrival does not matter because it is removed and re-inserted alike.
 */
final class Onsets {
    /** Threshold relative to the peak, in dB. */
    static final double THRESHOLD_DB = -20;
    /** Interpolation factor. */
    static final int UPSAMPLE = 8;

    private Onsets() {
    }

    /**
     * @param ir an impulse response
     * @return its onset in samples (0 for an all-zero response)
     */
    static double estimate(float[] ir) {
        int n = ir.length;
        int l = Integer.highestOneBit(Math.max(1, n - 1)) << 2; // >= 2n, power of two
        double[] spec = new double[l];
        for (int i = 0; i < n; i++) {
            spec[i] = ir[i];
        }
        new DoubleFFT_1D(l).realForward(spec);
        int lu = l * UPSAMPLE;
        double[] up = new double[lu];
        // copy the packed real spectrum (bins 0..l/2) into the bigger one; split the old Nyquist bin
        up[0] = spec[0];
        for (int k = 1; k < l / 2; k++) {
            up[2 * k] = spec[2 * k];
            up[2 * k + 1] = spec[2 * k + 1];
        }
        up[l] = spec[1] / 2; // bin l/2 of the original, now an ordinary bin (half: its mirror is dropped)
        new DoubleFFT_1D(lu).realInverse(up, true);
        int span = n * UPSAMPLE;
        double peak = 0;
        for (int i = 0; i < span; i++) {
            peak = Math.max(peak, Math.abs(up[i] * UPSAMPLE));
        }
        if (peak == 0) {
            return 0;
        }
        double thr = peak * Math.pow(10, THRESHOLD_DB / 20);
        double prev = 0;
        for (int i = 0; i < span; i++) {
            double a = Math.abs(up[i] * UPSAMPLE);
            if (a >= thr) {
                if (i == 0) {
                    return 0;
                }
                double frac = (thr - prev) / (a - prev);
                return (i - 1 + frac) / UPSAMPLE;
            }
            prev = a;
        }
        return 0;
    }
}
