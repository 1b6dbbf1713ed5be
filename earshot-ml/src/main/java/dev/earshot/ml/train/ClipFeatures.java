package dev.earshot.ml.train;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.ml.features.SpatialAstFeatures;

/**
 * Spatial-AST feature maps of a fixed number of frames: the binaural clip (2 channels, 32 kHz) is cropped to, or
 * zero-padded at the end to, {@code (frames - 1) * 320} samples, which the centred STFT (hop 320) turns into exactly
 * {@code frames} frames, so no resizing is needed.
 */
public final class ClipFeatures {
    /** STFT hop in samples. */
    public static final int HOP = 320;

    private ClipFeatures() {
    }

    /**
     * Samples a clip must have to give {@code frames} frames.
     *
     * @param frames feature frames (>= 2)
     * @return {@code (frames - 1) * 320}
     */
    public static int samplesFor(int frames) {
        if (frames < 2) {
            throw new IllegalArgumentException("frames must be >= 2, got " + frames);
        }
        return (frames - 1) * HOP;
    }

    /**
     * Computes the maps.
     *
     * @param binaural 2 channels at 32 kHz
     * @param frames   frames wanted (>= 2)
     * @return {@code [4][frames][128]} (logmel L, logmel R, cos IPD, sin IPD)
     * @throws IllegalArgumentException if the buffer is not 2-channel 32 kHz
     */
    public static float[][][] compute(AudioBuffer binaural, int frames) {
        if (binaural.channels() != 2 || binaural.sampleRateHz() != SpatialAstFeatures.SAMPLE_RATE_HZ) {
            throw new IllegalArgumentException("expected 2 channels at " + SpatialAstFeatures.SAMPLE_RATE_HZ + " Hz, got "
                    + binaural.channels() + " at " + binaural.sampleRateHz() + " Hz");
        }
        int n = samplesFor(frames);
        float[] l = new float[n];
        float[] r = new float[n];
        int copy = Math.min(n, binaural.frames());
        System.arraycopy(binaural.channel(0), 0, l, 0, copy);
        System.arraycopy(binaural.channel(1), 0, r, 0, copy);
        float[][][] maps = new SpatialAstFeatures().compute(l, r);
        if (maps[0].length != frames) {
            throw new IllegalStateException("expected " + frames + " frames, the front end gave " + maps[0].length);
        }
        return maps;
    }
}
