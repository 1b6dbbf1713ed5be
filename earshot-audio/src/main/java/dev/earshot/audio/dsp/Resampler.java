package dev.earshot.audio.dsp;

import dev.earshot.audio.AudioBuffer;

/**
 * Band-limited polyphase resampling between integer sample rates.
 *
 * <p>The design follows {@code scipy.signal.resample_poly(x, up, down)} with its defaults exactly, so
 * that outputs agree with scipy to rounding: the ratio {@code toHz / fromHz} is reduced to
 * {@code up / down} by their gcd; the anti-aliasing/anti-imaging filter is a Kaiser-windowed sinc
 * (beta 5.0) with cutoff at {@code 1 / max(up, down)} of the Nyquist frequency of the upsampled
 * stream, half-length {@code 10 * max(up, down)} taps, normalised to unit DC gain and multiplied by
 * {@code up}. Output sample {@code m} lies at input time {@code m * down / up} (no delay: the filter
 * is centred), samples outside the input are zero, and the output has
 * {@code ceil(x.length * up / down)} samples. Only the needed outputs are computed: each output is
 * one dot product of about {@code 2 * halfLength / up} input samples with one polyphase branch.
 *
 * <p>{@link Quality#HIGH} uses a longer filter with more stopband attenuation (not scipy-compatible);
 * see {@link Quality}.
 */
public final class Resampler {
    private Resampler() {
    }

    /** Filter design choices. */
    public enum Quality {
        /**
         * Identical to scipy.signal.resample_poly defaults: Kaiser beta 5.0, half-length
         * 10 x max(up, down) (about 50 dB of stopband attenuation outside the transition band).
         */
        SCIPY(10, 5.0, 1.0),
        /**
         * Kaiser beta 9.0 (about 90 dB stopband attenuation), half-length 48 x max(up, down), cutoff
         * at 0.93 of the lower Nyquist frequency, so that the transition band (about 12% of that
         * Nyquist frequency wide) ends just below it: components above the lower Nyquist frequency are
         * suppressed by about 90 dB, the passband is flat to about 0.87 of it. Costs about 4.8 times
         * {@link #SCIPY}; not scipy-compatible.
         */
        HIGH(48, 9.0, 0.93);

        private final int halfLengthFactor;
        private final double kaiserBeta;

        private final double cutoffFraction;

        Quality(int halfLengthFactor, double kaiserBeta, double cutoffFraction) {
            this.halfLengthFactor = halfLengthFactor;
            this.kaiserBeta = kaiserBeta;
            this.cutoffFraction = cutoffFraction;
        }

        /** @return the filter cutoff as a fraction of the lower of the two Nyquist frequencies */
        public double cutoffFraction() {
            return cutoffFraction;
        }

        /** @return the filter half-length in multiples of max(up, down) */
        public int halfLengthFactor() {
            return halfLengthFactor;
        }

        /** @return the Kaiser window shape parameter beta */
        public double kaiserBeta() {
            return kaiserBeta;
        }
    }

    /**
     * Resamples one signal with the scipy-compatible filter ({@link Quality#SCIPY}).
     *
     * @param x      input samples (not modified)
     * @param fromHz input rate in Hz, positive
     * @param toHz   output rate in Hz, positive
     * @return the resampled signal, {@code ceil(x.length * toHz / fromHz)} samples (a copy of x when
     *         the rates are equal)
     * @throws IllegalArgumentException if a rate is not positive or x is null
     */
    public static float[] resample(float[] x, int fromHz, int toHz) {
        return resample(x, fromHz, toHz, Quality.SCIPY);
    }

    /**
     * Resamples one signal.
     *
     * @param x       input samples (not modified)
     * @param fromHz  input rate in Hz, positive
     * @param toHz    output rate in Hz, positive
     * @param quality filter design
     * @return the resampled signal, {@code ceil(x.length * toHz / fromHz)} samples
     * @throws IllegalArgumentException if a rate is not positive or an argument is null
     */
    public static float[] resample(float[] x, int fromHz, int toHz, Quality quality) {
        if (x == null || quality == null) {
            throw new IllegalArgumentException("resample: x and quality must not be null");
        }
        checkRates(fromHz, toHz);
        if (fromHz == toHz) {
            return x.clone();
        }
        int g = gcd(fromHz, toHz);
        return new PolyphaseFilter(toHz / g, fromHz / g, quality).apply(x);
    }

    /**
     * A resampler for one pair of rates with the scipy-compatible filter, designed once and reusable
     * for any number of signals: {@code prepare(a, b).apply(x)} equals {@code resample(x, a, b)}.
     * The returned function is stateless and thread-safe; each call returns a new array.
     *
     * @param fromHz input rate in Hz, positive
     * @param toHz   output rate in Hz, positive
     * @return the resampling function (a copying identity if the rates are equal)
     * @throws IllegalArgumentException if a rate is not positive
     */
    public static java.util.function.UnaryOperator<float[]> prepare(int fromHz, int toHz) {
        checkRates(fromHz, toHz);
        if (fromHz == toHz) {
            return float[]::clone;
        }
        int g = gcd(fromHz, toHz);
        PolyphaseFilter filter = new PolyphaseFilter(toHz / g, fromHz / g, Quality.SCIPY);
        return filter::apply;
    }

    /**
     * Resamples every channel of a buffer with the scipy-compatible filter.
     *
     * @param in   input buffer
     * @param toHz output rate in Hz, positive
     * @return a new buffer at toHz (the input itself if the rate already matches)
     * @throws IllegalArgumentException if toHz is not positive or in is null
     */
    public static AudioBuffer resample(AudioBuffer in, int toHz) {
        return resample(in, toHz, Quality.SCIPY);
    }

    /**
     * Resamples every channel of a buffer.
     *
     * @param in      input buffer
     * @param toHz    output rate in Hz, positive
     * @param quality filter design
     * @return a new buffer at toHz (the input itself if the rate already matches)
     * @throws IllegalArgumentException if toHz is not positive or an argument is null
     */
    public static AudioBuffer resample(AudioBuffer in, int toHz, Quality quality) {
        if (in == null || quality == null) {
            throw new IllegalArgumentException("resample: buffer and quality must not be null");
        }
        checkRates(in.sampleRateHz(), toHz);
        if (in.sampleRateHz() == toHz) {
            return in;
        }
        int g = gcd(in.sampleRateHz(), toHz);
        PolyphaseFilter filter = new PolyphaseFilter(toHz / g, in.sampleRateHz() / g, quality);
        float[][] out = new float[in.channels()][];
        for (int c = 0; c < out.length; c++) {
            out[c] = filter.apply(in.channel(c));
        }
        return new AudioBuffer(out, toHz);
    }

    /**
     * Number of output samples that {@link #resample(float[], int, int)} produces.
     *
     * @param inputLength input samples, at least 0
     * @param fromHz      input rate in Hz, positive
     * @param toHz        output rate in Hz, positive
     * @return {@code ceil(inputLength * toHz / fromHz)}
     */
    public static int outputLength(int inputLength, int fromHz, int toHz) {
        checkRates(fromHz, toHz);
        if (inputLength < 0) {
            throw new IllegalArgumentException("inputLength must be >= 0, got " + inputLength);
        }
        int g = gcd(fromHz, toHz);
        long up = toHz / g;
        long down = fromHz / g;
        long n = (inputLength * up + down - 1) / down;
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("output of " + n + " samples is too long for one array");
        }
        return (int) n;
    }

    private static void checkRates(int fromHz, int toHz) {
        if (fromHz <= 0 || toHz <= 0) {
            throw new IllegalArgumentException("sample rates must be positive, got fromHz=" + fromHz + ", toHz=" + toHz);
        }
    }

    static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
