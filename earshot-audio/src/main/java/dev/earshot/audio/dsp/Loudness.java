package dev.earshot.audio.dsp;

import dev.earshot.audio.AudioBuffer;

/**
 * Simple level measures and RMS loudness normalisation.
 *
 * <p>Convention: levels are in dBFS with 0 dBFS = a sample magnitude of 1.0, and RMS level is the
 * plain {@code 20 log10(rms)} (no AES17 +3 dB sine correction), so a full-scale sine measures
 * -3.01 dBFS RMS and a full-scale square wave 0 dBFS. Silence measures negative infinity. RMS is
 * accumulated in double precision. For multichannel buffers the RMS is taken over all samples of all
 * channels and one common gain is applied, which keeps inter-channel level differences (important
 * for spatial audio).
 *
 * <p>{@link #normalizeRms(AudioBuffer, double)} implements the loudness normalisation of Spatial-AST
 * (SPEC 1.4): {@code gain = 10^((target - 20 log10(rms)) / 20)}, skipped when rms is 0.
 */
public final class Loudness {
    /** The normalisation level used by Spatial-AST's data pipeline, in dBFS RMS. */
    public static final double SPATIAL_AST_TARGET_DBFS = -14.0;

    private Loudness() {
    }

    /**
     * Root mean square of the samples.
     *
     * @param x samples
     * @return sqrt(mean(x^2)), 0 for an empty array
     */
    public static double rms(float[] x) {
        if (x.length == 0) {
            return 0.0;
        }
        double s = 0;
        for (float v : x) {
            s += (double) v * v;
        }
        return Math.sqrt(s / x.length);
    }

    /**
     * Root mean square over all samples of all channels.
     *
     * @param buffer audio
     * @return sqrt(mean over channels and frames of x^2), 0 for a buffer without frames
     */
    public static double rms(AudioBuffer buffer) {
        long n = (long) buffer.channels() * buffer.frames();
        if (n == 0) {
            return 0.0;
        }
        double s = 0;
        for (float[] ch : buffer.samples()) {
            for (float v : ch) {
                s += (double) v * v;
            }
        }
        return Math.sqrt(s / n);
    }

    /**
     * RMS level.
     *
     * @param x samples
     * @return 20 log10(rms) in dBFS; negative infinity for silence or an empty array
     */
    public static double rmsDbfs(float[] x) {
        return amplitudeToDb(rms(x));
    }

    /**
     * RMS level over all channels.
     *
     * @param buffer audio
     * @return 20 log10(rms) in dBFS; negative infinity for silence
     */
    public static double rmsDbfs(AudioBuffer buffer) {
        return amplitudeToDb(rms(buffer));
    }

    /**
     * Peak level.
     *
     * @param x samples
     * @return 20 log10(max |x|) in dBFS; negative infinity for silence or an empty array
     */
    public static double peakDbfs(float[] x) {
        float p = 0f;
        for (float v : x) {
            p = Math.max(p, Math.abs(v));
        }
        return amplitudeToDb(p);
    }

    /**
     * Peak level over all channels.
     *
     * @param buffer audio
     * @return 20 log10(max |x|) in dBFS; negative infinity for silence
     */
    public static double peakDbfs(AudioBuffer buffer) {
        return amplitudeToDb(buffer.peak());
    }

    /**
     * The linear gain that moves an RMS level to a target level.
     *
     * @param rmsDbfs    current level in dBFS (finite)
     * @param targetDbfs target level in dBFS (finite)
     * @return 10^((target - current) / 20)
     * @throws IllegalArgumentException if a level is not finite
     */
    public static double normalizationGain(double rmsDbfs, double targetDbfs) {
        if (!Double.isFinite(rmsDbfs) || !Double.isFinite(targetDbfs)) {
            throw new IllegalArgumentException("levels must be finite, got rmsDbfs=" + rmsDbfs + ", targetDbfs=" + targetDbfs);
        }
        return Math.pow(10.0, (targetDbfs - rmsDbfs) / 20.0);
    }

    /**
     * Scales a buffer so that its RMS level (over all channels) becomes the target; silent input is
     * returned as an unscaled copy. The result may exceed [-1, 1]; no limiting is applied.
     *
     * @param in         audio (not modified)
     * @param targetDbfs target RMS level in dBFS, finite (Spatial-AST uses -14)
     * @return a new buffer
     * @throws IllegalArgumentException if the target is not finite
     */
    public static AudioBuffer normalizeRms(AudioBuffer in, double targetDbfs) {
        if (!Double.isFinite(targetDbfs)) {
            throw new IllegalArgumentException("targetDbfs must be finite, got " + targetDbfs);
        }
        double r = rms(in);
        if (r == 0.0) {
            return in.copy();
        }
        double gain = normalizationGain(amplitudeToDb(r), targetDbfs);
        float[][] out = new float[in.channels()][];
        for (int c = 0; c < out.length; c++) {
            out[c] = scaled(in.channel(c), gain);
        }
        return new AudioBuffer(out, in.sampleRateHz());
    }

    /**
     * Scales a signal so that its RMS level becomes the target; silent input is returned as an
     * unscaled copy.
     *
     * @param x          samples (not modified)
     * @param targetDbfs target RMS level in dBFS, finite
     * @return a new array
     * @throws IllegalArgumentException if the target is not finite
     */
    public static float[] normalizeRms(float[] x, double targetDbfs) {
        if (!Double.isFinite(targetDbfs)) {
            throw new IllegalArgumentException("targetDbfs must be finite, got " + targetDbfs);
        }
        double r = rms(x);
        return r == 0.0 ? x.clone() : scaled(x, normalizationGain(amplitudeToDb(r), targetDbfs));
    }

    /**
     * Converts a linear amplitude to decibels.
     *
     * @param amplitude linear amplitude, &ge; 0
     * @return 20 log10(amplitude); negative infinity for 0
     */
    public static double amplitudeToDb(double amplitude) {
        return 20.0 * Math.log10(amplitude);
    }

    /**
     * Converts decibels to a linear amplitude gain.
     *
     * @param db level or gain in dB
     * @return 10^(db / 20)
     */
    public static double dbToAmplitude(double db) {
        return Math.pow(10.0, db / 20.0);
    }

    static float[] scaled(float[] x, double gain) {
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (float) (x[i] * gain);
        }
        return y;
    }
}
