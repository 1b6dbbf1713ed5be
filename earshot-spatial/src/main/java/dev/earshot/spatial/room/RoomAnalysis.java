package dev.earshot.spatial.room;

/**
 * Room-acoustic parameters of an impulse response after ISO 3382: Schroeder backward integration and
 * the decay times EDT, T20 and T30 (least-squares line through the decay curve over 0..-10, -5..-25
 * and -5..-35 dB, extrapolated to 60 dB), the direct-to-reverberant ratio and the clarity C50.
 *
 * <p>Time zero is the direct-sound peak (the sample of largest magnitude); samples before it are
 * ignored by the decay analysis. The direct sound is the window of +-2.5 ms around that peak.
 */
public final class RoomAnalysis {
    /** Half-width of the direct-sound window, seconds. */
    public static final double DIRECT_HALF_WINDOW_S = 0.0025;

    private RoomAnalysis() {
    }

    /**
     * The index of the direct-sound peak.
     *
     * @param rir impulse response (non-empty)
     * @return the index of the sample of largest magnitude (the first such one)
     */
    public static int directPeakIndex(float[] rir) {
        requireNonEmpty(rir);
        int p = 0;
        float best = -1;
        for (int i = 0; i < rir.length; i++) {
            float a = Math.abs(rir[i]);
            if (a > best) {
                best = a;
                p = i;
            }
        }
        return p;
    }

    /**
     * Schroeder backward integration from the direct-sound peak:
     * {@code EDC(t) = 10 log10( sum_{i >= t} h^2 / sum_{i >= 0} h^2 )}.
     *
     * @param rir impulse response with some energy
     * @return the energy decay curve in dB, index 0 = the direct peak, length {@code rir.length - peak}
     *         (negative infinity once the remaining energy is zero)
     * @throws IllegalArgumentException for an empty or silent response
     */
    public static double[] schroederDb(float[] rir) {
        double[] edc = schroederEnergy(rir);
        double total = edc[0];
        for (int i = 0; i < edc.length; i++) {
            edc[i] = db(edc[i], total);
        }
        return edc;
    }

    /** Backward energy sums from the direct peak ({@code sum_{i >= p + t} h^2} at index t); rejects silence. */
    private static double[] schroederEnergy(float[] rir) {
        int p = directPeakIndex(rir);
        double[] edc = new double[rir.length - p];
        double acc = 0;
        for (int i = rir.length - 1; i >= p; i--) {
            acc += (double) rir[i] * rir[i];
            edc[i - p] = acc;
        }
        if (!(edc[0] > 0)) {
            throw new IllegalArgumentException("impulse response is silent");
        }
        return edc;
    }

    private static double db(double energy, double total) {
        return 10 * Math.log10(energy / total);
    }

    /**
     * @return the first index whose level {@link #db} is at or below (strict: below) the given level, or
     *         the length if none; the levels never rise with the index
     */
    private static int firstAtOrBelow(double[] energy, double total, double levelDb, boolean strict) {
        int lo = 0;
        int hi = energy.length; // answer in [lo, hi]
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            double d = db(energy[mid], total);
            if (strict ? d < levelDb : d <= levelDb) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * Fits a line to the decay curve between two levels.
     *
     * @param rir          impulse response
     * @param sampleRateHz sample rate in Hz
     * @param startDb      upper level in dB (0 or negative)
     * @param endDb        lower level in dB, below {@code startDb}
     * @return the fit
     * @throws IllegalArgumentException if the decay curve never falls to {@code endDb}, or fewer than
     *                                  3 samples lie in the range
     */
    public static DecayFit fitDecay(float[] rir, int sampleRateHz, double startDb, double endDb) {
        if (!(endDb < startDb) || startDb > 0) {
            throw new IllegalArgumentException("need endDb < startDb <= 0, got " + startDb + ", " + endDb);
        }
        // The decay curve in dB is that of schroederDb, but only its samples in the fitted range are
        // converted (a log10 per sample of the whole response used to cost more than the rest of the fit):
        // the curve never rises (the backward sum only grows and log10 is semi-monotonic), so the range's
        // ends are found by bisection, with the very same per-sample values as a scan would see.
        double[] energy = schroederEnergy(rir);
        double total = energy[0];
        int first = firstAtOrBelow(energy, total, startDb, false);
        int end = firstAtOrBelow(energy, total, endDb, true);
        int last = end < energy.length ? end - 1 : -1;
        if (first >= energy.length) {
            first = -1;
        }
        double[] edc = new double[Math.max(0, last + 1)];
        for (int i = Math.max(0, first); i <= last; i++) {
            edc[i] = db(energy[i], total);
        }
        if (first < 0 || last < 0 || last - first + 1 < 3) {
            throw new IllegalArgumentException("the decay curve does not fall from " + startDb + " to " + endDb
                    + " dB within the response (" + rir.length + " samples)");
        }
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        int count = last - first + 1;
        for (int i = first; i <= last; i++) {
            double t = (double) i / sampleRateHz;
            sx += t;
            sy += edc[i];
            sxx += t * t;
            sxy += t * edc[i];
            syy += edc[i] * edc[i];
        }
        double cov = sxy - sx * sy / count;
        double vx = sxx - sx * sx / count;
        double vy = syy - sy * sy / count;
        double slope = cov / vx;
        double intercept = (sy - slope * sx) / count;
        double r = vy > 0 ? cov / Math.sqrt(vx * vy) : -1;
        return new DecayFit(startDb, endDb, slope, intercept, -60 / slope, r);
    }

    /**
     * @param rir impulse response @param sampleRateHz sample rate in Hz
     * @return early decay time in seconds (fit 0..-10 dB, times 6)
     */
    public static double edtS(float[] rir, int sampleRateHz) {
        return fitDecay(rir, sampleRateHz, 0, -10).decayTimeS();
    }

    /**
     * @param rir impulse response @param sampleRateHz sample rate in Hz
     * @return T20 in seconds (fit -5..-25 dB, times 3)
     */
    public static double t20S(float[] rir, int sampleRateHz) {
        return fitDecay(rir, sampleRateHz, -5, -25).decayTimeS();
    }

    /**
     * @param rir impulse response @param sampleRateHz sample rate in Hz
     * @return T30 in seconds (fit -5..-35 dB, times 2)
     */
    public static double t30S(float[] rir, int sampleRateHz) {
        return fitDecay(rir, sampleRateHz, -5, -35).decayTimeS();
    }

    /**
     * Direct-to-reverberant ratio: energy within +-2.5 ms of the direct peak over all other energy
     * after the start of that window.
     *
     * @param rir          impulse response
     * @param sampleRateHz sample rate in Hz
     * @return DRR in dB (positive infinity if there is no reverberant energy)
     */
    public static double drrDb(float[] rir, int sampleRateHz) {
        int p = directPeakIndex(rir);
        int w = (int) Math.round(DIRECT_HALF_WINDOW_S * sampleRateHz);
        int from = Math.max(0, p - w);
        int to = Math.min(rir.length - 1, p + w);
        double direct = 0;
        double rest = 0;
        for (int i = from; i < rir.length; i++) {
            double e = (double) rir[i] * rir[i];
            if (i <= to) {
                direct += e;
            } else {
                rest += e;
            }
        }
        return 10 * Math.log10(direct / rest);
    }

    /**
     * Clarity C50: energy in the first 50 ms after the direct sound over the energy after it, with time
     * zero 2.5 ms before the direct peak (so the whole direct sound counts as early).
     *
     * @param rir          impulse response
     * @param sampleRateHz sample rate in Hz
     * @return C50 in dB
     */
    public static double c50Db(float[] rir, int sampleRateHz) {
        int p = directPeakIndex(rir);
        int start = Math.max(0, p - (int) Math.round(DIRECT_HALF_WINDOW_S * sampleRateHz));
        int split = start + (int) Math.round(0.050 * sampleRateHz);
        double early = 0;
        double late = 0;
        for (int i = start; i < rir.length; i++) {
            double e = (double) rir[i] * rir[i];
            if (i < split) {
                early += e;
            } else {
                late += e;
            }
        }
        return 10 * Math.log10(early / late);
    }

    private static void requireNonEmpty(float[] rir) {
        if (rir == null || rir.length == 0) {
            throw new IllegalArgumentException("impulse response must not be empty");
        }
    }
}
