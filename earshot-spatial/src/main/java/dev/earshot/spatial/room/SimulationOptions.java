package dev.earshot.spatial.room;

/**
 * How {@link RoomSimulator} renders a room impulse response.
 *
 * @param sampleRateHz sample rate in Hz, in [8000, 192000]
 * @param lengthS      response length in seconds, in (0, 30], or 0 for automatic (the direct-sound
 *                     delay plus the longest Eyring RT60 over the bands, plus 50 ms, at most 30 s)
 * @param maxOrder     largest image-source order, or -1 for no order limit (images are then bounded by
 *                     time: the transition time with a tail, the response length without); with a tail,
 *                     an order limit that ends the images before the transition leaves the level
 *                     window short of energy and the tail too quiet, so keep -1 there
 * @param diffuseTail  true for the hybrid model (images up to {@code transitionS}, then a seeded
 *                     exponentially decaying noise tail), false for image sources only
 * @param transitionS  the hybrid transition time in seconds, in [0.01, 1] (ignored without a tail); it is
 *                     moved to at least 20 ms after the direct sound
 * @param air          air absorption (ISO 9613-1), or null for none
 * @param highPassHz   cutoff of a zero-phase linear-phase high-pass applied to the whole response
 *                     (Allen and Berkley's remedy for the low-frequency build-up of the all-positive
 *                     image impulses), in [10, 500] Hz, or 0 for none; the tail level is then matched to
 *                     the high-passed image-source response
 */
public record SimulationOptions(int sampleRateHz, double lengthS, int maxOrder, boolean diffuseTail,
                                double transitionS, AirAbsorption air, double highPassHz) {
    /** Default hybrid transition time, seconds. */
    public static final double DEFAULT_TRANSITION_S = 0.08;

    /** @throws IllegalArgumentException if a value is out of range */
    public SimulationOptions {
        if (sampleRateHz < 8000 || sampleRateHz > 192000) {
            throw new IllegalArgumentException("sampleRateHz must be in [8000, 192000], got " + sampleRateHz);
        }
        if (!(lengthS >= 0 && lengthS <= 30)) {
            throw new IllegalArgumentException("lengthS must be in [0, 30] s (0 = automatic), got " + lengthS);
        }
        if (maxOrder < -1) {
            throw new IllegalArgumentException("maxOrder must be >= 0 or -1 (unlimited), got " + maxOrder);
        }
        if (!(transitionS >= 0.01 && transitionS <= 1)) {
            throw new IllegalArgumentException("transitionS must be in [0.01, 1] s, got " + transitionS);
        }
        if (!(highPassHz == 0 || (highPassHz >= 10 && highPassHz <= 500 && highPassHz < sampleRateHz / 4.0))) {
            throw new IllegalArgumentException("highPassHz must be 0 (off) or in [10, 500] Hz below fs/4, got "
                    + highPassHz);
        }
    }

    /**
     * The hybrid model with automatic length, 80 ms transition, no air absorption and no high-pass.
     *
     * @param sampleRateHz sample rate in Hz
     * @return the options
     */
    public static SimulationOptions hybrid(int sampleRateHz) {
        return new SimulationOptions(sampleRateHz, 0, -1, true, DEFAULT_TRANSITION_S, null, 0);
    }

    /**
     * Image sources only, up to an order, no air absorption, no high-pass.
     *
     * @param sampleRateHz sample rate in Hz
     * @param maxOrder     largest reflection order, or -1 for all images within the length
     * @param lengthS      response length in seconds, or 0 for automatic
     * @return the options
     */
    public static SimulationOptions imageSourcesOnly(int sampleRateHz, int maxOrder, double lengthS) {
        return new SimulationOptions(sampleRateHz, lengthS, maxOrder, false, DEFAULT_TRANSITION_S, null, 0);
    }

    /**
     * @param newAir air absorption, or null
     * @return a copy with that air absorption
     */
    public SimulationOptions withAir(AirAbsorption newAir) {
        return new SimulationOptions(sampleRateHz, lengthS, maxOrder, diffuseTail, transitionS, newAir, highPassHz);
    }

    /**
     * @param newLengthS response length in seconds (0 = automatic)
     * @return a copy with that length
     */
    public SimulationOptions withLength(double newLengthS) {
        return new SimulationOptions(sampleRateHz, newLengthS, maxOrder, diffuseTail, transitionS, air, highPassHz);
    }

    /**
     * @param newHighPassHz high-pass cutoff in Hz, or 0 for none
     * @return a copy with that high-pass
     */
    public SimulationOptions withHighPass(double newHighPassHz) {
        return new SimulationOptions(sampleRateHz, lengthS, maxOrder, diffuseTail, transitionS, air, newHighPassHz);
    }
}
