package dev.earshot.spatial.render.effects;

/**
 * Room-acoustic analysis of impulse responses: Schroeder backward integration, decay times from a
 * linear fit of the energy decay curve (ISO 3382-1), direct-to-reverberant ratio and interaural
 * cross-correlation.
 */
public final class DecayAnalysis {
    private DecayAnalysis() {
    }

    /**
     * Schroeder energy decay curve: {@code EDC(n) = 10 log10( sum_{k >= n} h[k]^2 / sum_k h[k]^2 )}.
     *
     * @param ir impulse response (one channel), not all zero
     * @return the EDC in dB (0 at sample 0, non-increasing; -infinity after the last non-zero sample)
     * @throws IllegalArgumentException if the response is empty or silent
     */
    public static double[] energyDecayCurveDb(float[] ir) {
        if (ir == null || ir.length == 0) {
            throw new IllegalArgumentException("ir must be non-empty");
        }
        double[] edc = new double[ir.length];
        double acc = 0;
        for (int n = ir.length - 1; n >= 0; n--) {
            acc += (double) ir[n] * ir[n];
            edc[n] = acc;
        }
        double total = edc[0];
        if (!(total > 0)) {
            throw new IllegalArgumentException("ir is silent: no decay to analyse");
        }
        for (int n = 0; n < edc.length; n++) {
            edc[n] = 10 * Math.log10(edc[n] / total);
        }
        return edc;
    }

    /**
     * Decay time extrapolated to 60 dB from a least-squares line through the EDC between two levels.
     *
     * @param ir           impulse response
     * @param sampleRateHz sample rate in Hz
     * @param fromDb       upper level of the fit, e.g. -5
     * @param toDb         lower level of the fit, e.g. -35, below fromDb
     * @return {@code -60 / slope} in seconds
     * @throws IllegalArgumentException if the EDC never falls to {@code toDb} or the levels are inverted
     */
    public static double decayTimeS(float[] ir, double sampleRateHz, double fromDb, double toDb) {
        if (!(toDb < fromDb) || fromDb > 0) {
            throw new IllegalArgumentException("need 0 >= fromDb > toDb, got " + fromDb + ", " + toDb);
        }
        if (!(sampleRateHz > 0)) {
            throw new IllegalArgumentException("sampleRateHz must be positive, got " + sampleRateHz);
        }
        double[] edc = energyDecayCurveDb(ir);
        int start = -1;
        int end = -1;
        for (int n = 0; n < edc.length; n++) {
            if (start < 0 && edc[n] <= fromDb) {
                start = n;
            }
            if (edc[n] <= toDb) {
                end = n;
                break;
            }
        }
        if (start < 0 || end < 0 || end - start < 2) {
            throw new IllegalArgumentException("ir: the energy decay curve does not reach " + toDb
                    + " dB (dynamic range too small for this fit)");
        }
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int count = end - start + 1;
        for (int n = start; n <= end; n++) {
            double t = n / sampleRateHz;
            sx += t;
            sy += edc[n];
            sxx += t * t;
            sxy += t * edc[n];
        }
        double slope = (count * sxy - sx * sy) / (count * sxx - sx * sx);
        if (!(slope < 0)) {
            throw new IllegalArgumentException("ir: the energy decay curve does not decay");
        }
        return -60 / slope;
    }

    /**
     * T30: reverberation time from the -5 to -35 dB part of the EDC (a 30 dB range, extrapolated to 60 dB).
     *
     * @param ir           impulse response
     * @param sampleRateHz sample rate in Hz
     * @return T30 in seconds
     */
    public static double t30S(float[] ir, double sampleRateHz) {
        return decayTimeS(ir, sampleRateHz, -5, -35);
    }

    /**
     * Direct-to-reverberant energy ratio: energy within {@code ±windowMs} of the direct sound over the
     * energy of everything else, summed over channels.
     *
     * @param ir           impulse response {@code [channel][sample]}
     * @param sampleRateHz sample rate in Hz
     * @param directIndex  sample index of the direct sound
     * @param windowMs     half-width of the direct window in milliseconds (2.5 ms is customary)
     * @return the DRR in dB
     */
    public static double drrDb(float[][] ir, double sampleRateHz, int directIndex, double windowMs) {
        int half = (int) Math.round(windowMs * 1e-3 * sampleRateHz);
        double direct = 0;
        double rest = 0;
        for (float[] ch : ir) {
            for (int n = 0; n < ch.length; n++) {
                double e = (double) ch[n] * ch[n];
                if (Math.abs(n - directIndex) <= half) {
                    direct += e;
                } else {
                    rest += e;
                }
            }
        }
        if (!(rest > 0)) {
            throw new IllegalArgumentException("ir: no reverberant energy outside the direct window");
        }
        return 10 * Math.log10(direct / rest);
    }

    /**
     * Interaural cross-correlation coefficient (IACC): the largest absolute normalised
     * cross-correlation of two channels over lags of at most {@code maxLagSamples}.
     *
     * @param left          first channel
     * @param right         second channel, same length
     * @param maxLagSamples largest lag considered (1 ms of samples is customary)
     * @return IACC in [0, 1]
     */
    public static double interauralCrossCorrelation(float[] left, float[] right, int maxLagSamples) {
        if (left.length != right.length) {
            throw new IllegalArgumentException("channels must have equal length, got " + left.length + " and "
                    + right.length);
        }
        double el = 0;
        double er = 0;
        for (int n = 0; n < left.length; n++) {
            el += (double) left[n] * left[n];
            er += (double) right[n] * right[n];
        }
        double norm = Math.sqrt(el * er);
        if (!(norm > 0)) {
            throw new IllegalArgumentException("a channel is silent");
        }
        double best = 0;
        for (int lag = -maxLagSamples; lag <= maxLagSamples; lag++) {
            double s = 0;
            int from = Math.max(0, -lag);
            int to = Math.min(left.length, right.length - lag);
            for (int n = from; n < to; n++) {
                s += (double) left[n] * right[n + lag];
            }
            best = Math.max(best, Math.abs(s) / norm);
        }
        return best;
    }
}
