package dev.earshot.ml.baseline;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.dsp.Resampler;

/** Checks a binaural input and brings it to the analysis rate; shared by the baseline's estimators. */
final class BinauralInput {
    /** The analysis rate of the classical baseline: the rate of the Spatial-AST front end. */
    static final int ANALYSIS_RATE_HZ = 32000;
    /** Shortest clip the estimators accept, in analysis-rate samples (one 1024-point STFT frame and some). */
    static final int MIN_SAMPLES = 1024;

    private BinauralInput() {
    }

    /**
     * @param binaural the input
     * @param who      the calling estimator, for messages
     * @return two channels at {@link #ANALYSIS_RATE_HZ} (resampled when the rate differs)
     * @throws IllegalArgumentException if the input is null, not two-channel, too short, not finite or silent
     */
    static AudioBuffer prepare(AudioBuffer binaural, String who) {
        if (binaural == null) {
            throw new IllegalArgumentException(who + ": audio must not be null");
        }
        if (binaural.channels() != 2) {
            throw new IllegalArgumentException(who + ": expected binaural audio (2 channels: left ear, right ear), got "
                    + binaural.channels() + " channel(s)");
        }
        AudioBuffer b = binaural.sampleRateHz() == ANALYSIS_RATE_HZ ? binaural
                : Resampler.resample(binaural, ANALYSIS_RATE_HZ);
        if (b.frames() < MIN_SAMPLES) {
            throw new IllegalArgumentException(who + ": clip too short: " + b.frames() + " samples at "
                    + ANALYSIS_RATE_HZ + " Hz, expected at least " + MIN_SAMPLES);
        }
        double e = 0;
        for (float[] ch : b.samples()) {
            for (float v : ch) {
                if (!Float.isFinite(v)) {
                    throw new IllegalArgumentException(who + ": audio contains NaN or infinite samples");
                }
                e += (double) v * v;
            }
        }
        if (e == 0) {
            throw new IllegalArgumentException(who + ": audio is silent (all samples zero): no direction, distance or"
                    + " event can be estimated");
        }
        return b;
    }
}
