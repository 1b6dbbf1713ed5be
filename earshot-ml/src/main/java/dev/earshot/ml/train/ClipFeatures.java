package dev.earshot.ml.train;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.ml.features.DspAstFeatures;
import dev.earshot.ml.features.SpatialAstFeatures;
import dev.earshot.ml.model.ModelKind;

/**
 * Spatial-AST feature maps of a fixed number of frames: the binaural clip (2 channels, 32 kHz) is cropped to, or
 * zero-padded at the end to, {@code (frames - 1) * 320} samples, which the centred STFT (hop 320) turns into exactly
 * {@code frames} frames, so no resizing is needed. For DSpAST the six maps of {@link DspAstFeatures} are used, with
 * one deviation shared by training and inference: the ILD map ({@code exp(logmel_L) / exp(logmel_R)}, the exp of a
 * dB difference, which overflows float32) is clamped to [0, {@value #MAX_ILD}] so its BatchNorm statistics are finite.
 */
public final class ClipFeatures {
    /** STFT hop in samples. */
    public static final int HOP = 320;
    /** Upper clamp of the DSpAST ILD map (e^9.2, a level difference of 9.2 dB in the original's units). */
    public static final float MAX_ILD = 1e4f;

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
        return compute(ModelKind.SPATIAL_AST, binaural, frames);
    }

    /**
     * Computes the maps of a model kind.
     *
     * @param kind     Spatial-AST (4 maps) or DSpAST (6 maps: L, R, GCC-PHAT, ILD clamped, cos, sin)
     * @param binaural 2 channels at 32 kHz
     * @param frames   frames wanted (>= 2)
     * @return {@code [kind.inputChannels()][frames][128]}
     * @throws IllegalArgumentException if the buffer is not 2-channel 32 kHz
     */
    public static float[][][] compute(ModelKind kind, AudioBuffer binaural, int frames) {
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
        float[][][] maps;
        if (kind == ModelKind.DSPAST) {
            maps = new DspAstFeatures().compute(l, r);
            for (float[] row : maps[3]) {
                for (int k = 0; k < row.length; k++) {
                    row[k] = row[k] >= 0 ? Math.min(row[k], MAX_ILD) : 0f; // +inf -> MAX_ILD; NaN -> 0
                }
            }
        } else {
            maps = new SpatialAstFeatures().compute(l, r);
        }
        if (maps[0].length != frames) {
            throw new IllegalStateException("expected " + frames + " frames, the front end gave " + maps[0].length);
        }
        return maps;
    }
}
