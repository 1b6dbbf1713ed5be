package dev.earshot.spatial.render.effects;

import dev.earshot.spatial.render.RoomAcoustics;

/**
 * Parameters of the parametric late reverb ({@link ParametricReverb}).
 *
 * <p>The decay is frequency dependent in three bands split at {@code lowCrossoverHz} and
 * {@code highCrossoverHz} (each crossover a raised-cosine transition one octave wide in log
 * frequency, the three band gains summing to 1): the mid band decays with {@code rt60S} (the nominal
 * reverberation time, as the 500 Hz to 2 kHz value of ISO 3382), the low band with
 * {@code rt60S * lowRt60Ratio} and the high band with {@code rt60S * highRt60Ratio} (below 1: high
 * frequencies die away faster, as air and wall absorption make them do).
 *
 * @param rt60S               mid-band reverberation time in seconds, in [0.05, 20]
 * @param lowRt60Ratio        low-band decay time relative to rt60S, in [0.25, 4]
 * @param highRt60Ratio       high-band decay time relative to rt60S, in [0.1, 4]
 * @param lowCrossoverHz      low/mid crossover in Hz, in [50, 2000]
 * @param highCrossoverHz     mid/high crossover in Hz, at least 2 x lowCrossoverHz, at most 16000
 * @param preDelayS           start of the late tail after the direct sound, seconds, in [0, 0.2]
 * @param earlyEnergyFraction share of the reverberant energy in the early reflections, in [0, 0.9]
 * @param seed                seed of the noise generator: equal seeds give identical responses
 */
public record ReverbDesign(double rt60S, double lowRt60Ratio, double highRt60Ratio, double lowCrossoverHz,
                           double highCrossoverHz, double preDelayS, double earlyEnergyFraction, long seed) {

    /** Decay time assumed when a room is given by its DRR only (text2hoa, SPEC 5.4), seconds. */
    public static final double DRR_MODE_RT60_S = 0.8;

    /** @throws IllegalArgumentException naming the field if a value is out of range */
    public ReverbDesign {
        check("rt60S", rt60S, 0.05, 20);
        check("lowRt60Ratio", lowRt60Ratio, 0.25, 4);
        check("highRt60Ratio", highRt60Ratio, 0.1, 4);
        check("lowCrossoverHz", lowCrossoverHz, 50, 2000);
        check("highCrossoverHz", highCrossoverHz, 2 * lowCrossoverHz, 16000);
        check("preDelayS", preDelayS, 0, 0.2);
        check("earlyEnergyFraction", earlyEnergyFraction, 0, 0.9);
    }

    /**
     * The default design for a room: RT60 from the room (0.8 s in DRR mode), low band 1.2 x, high band
     * 0.5 x, crossovers 250 Hz and 4 kHz, 10 ms pre-delay, 10 % early energy.
     *
     * @param room the room ({@link RoomAcoustics.Rt60} or {@link RoomAcoustics.Drr})
     * @param seed noise seed
     * @return the design
     * @throws IllegalArgumentException for {@link RoomAcoustics.Anechoic}, which has no reverb
     */
    public static ReverbDesign forRoom(RoomAcoustics room, long seed) {
        double rt60;
        if (room instanceof RoomAcoustics.Rt60 r) {
            rt60 = r.rt60S();
        } else if (room instanceof RoomAcoustics.Drr) {
            rt60 = DRR_MODE_RT60_S;
        } else {
            throw new IllegalArgumentException("room: an anechoic room has no reverb to design, got " + room);
        }
        return new ReverbDesign(rt60, 1.2, 0.5, 250, 4000, 0.010, 0.10, seed);
    }

    /**
     * The same design with another noise seed.
     *
     * @param newSeed the seed
     * @return a copy with that seed
     */
    public ReverbDesign withSeed(long newSeed) {
        return new ReverbDesign(rt60S, lowRt60Ratio, highRt60Ratio, lowCrossoverHz, highCrossoverHz, preDelayS,
                earlyEnergyFraction, newSeed);
    }

    /** @return the longest of the three band decay times, seconds */
    public double longestRt60S() {
        return rt60S * Math.max(1, Math.max(lowRt60Ratio, highRt60Ratio));
    }

    private static void check(String field, double v, double lo, double hi) {
        if (!Double.isFinite(v) || v < lo || v > hi) {
            throw new IllegalArgumentException(field + " must be in [" + lo + ", " + hi + "], got " + v);
        }
    }
}
