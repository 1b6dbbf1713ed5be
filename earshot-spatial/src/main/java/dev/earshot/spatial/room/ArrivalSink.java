package dev.earshot.spatial.room;

/**
 * Where a {@link RoomReceiver} writes the early (image-source) part of its response. The simulator
 * keeps one accumulation buffer per channel and octave band; each call places band-limited impulses
 * at a fractional arrival time (81-tap Hann-windowed sinc).
 */
public interface ArrivalSink {

    /** @return the sample rate of the response in Hz */
    int sampleRateHz();

    /**
     * Adds an impulse to one channel.
     *
     * @param channel   output channel, 0-based
     * @param delayS    arrival time in seconds (non-negative)
     * @param bandGains amplitude per octave band (7 values; all equal for a broadband arrival)
     */
    void addImpulse(int channel, double delayS, double[] bandGains);

    /**
     * Adds a filtered arrival to one channel: the FIR's tap {@code j} arrives at
     * {@code delayS + j / sampleRateHz}, scaled by the band gains (for direction-dependent filters such
     * as HRIRs).
     *
     * @param channel   output channel, 0-based
     * @param delayS    arrival time of the FIR's first tap in seconds
     * @param bandGains amplitude per octave band (7 values)
     * @param fir       the filter taps at {@link #sampleRateHz()}
     */
    void addFiltered(int channel, double delayS, double[] bandGains, float[] fir);

    /**
     * Adds samples that the receiver has already placed (for example an HRIR convolved with the
     * fractional-delay kernel): {@code samples[i]} times the band gains goes to sample
     * {@code startSample + i}; samples outside the response are dropped.
     *
     * @param channel     output channel, 0-based
     * @param startSample output index of {@code samples[0]} (may be negative)
     * @param bandGains   amplitude per octave band (7 values)
     * @param samples     the samples
     * @param count       how many of {@code samples} to add
     */
    void addSamples(int channel, long startSample, double[] bandGains, double[] samples, int count);

    /**
     * Adds taps at an integer sample position: {@code taps[i]} times the band gains goes to sample
     * {@code startSample + i}; samples outside the response are dropped. The default widens the taps
     * and calls {@link #addSamples}.
     *
     * @param channel     output channel, 0-based
     * @param startSample output index of {@code taps[0]} (may be negative)
     * @param bandGains   amplitude per octave band (7 values)
     * @param taps        the taps
     */
    default void addTaps(int channel, long startSample, double[] bandGains, float[] taps) {
        double[] d = new double[taps.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = taps[i];
        }
        addSamples(channel, startSample, bandGains, d, d.length);
    }
}
