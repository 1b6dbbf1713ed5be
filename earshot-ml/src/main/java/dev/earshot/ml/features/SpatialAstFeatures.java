package dev.earshot.ml.features;

import dev.earshot.audio.AudioBuffer;

/**
 * The Spatial-AST input features (SPEC 1.1), before the model's BatchNorm: four maps
 * {@code [L, R, cosIPD, sinIPD]}, each {@code [frames][128]}.
 *
 * <ul>
 *   <li>STFT n_fft 1024, hop 320, periodic Hann, centred with reflect padding ({@link Stft#spatialAst()});
 *       1001 frames for 10 s at 32 kHz;</li>
 *   <li>L, R: {@code 10 log10(max(|X| @ melW, 1e-10))}: the mel matrix ({@link MelFilterbank#spatialAst()})
 *       applied to the MAGNITUDE, not the power; no top_db;</li>
 *   <li>IPD = phase(R) - phase(L) per bin (not wrapped); {@code cos(IPD) @ melW}, {@code sin(IPD) @ melW},
 *       no log, no normalisation. A bin that is exactly zero has phase 0.</li>
 * </ul>
 * The bicubic resize to 1024 frames is separate ({@link BicubicResize}); the BatchNorm belongs to the model.
 * Internally double precision; output float. Not thread-safe (one instance per thread).
 */
public final class SpatialAstFeatures {
    /** Sample rate the features are defined at. */
    public static final int SAMPLE_RATE_HZ = BinauralFrontEnd.SAMPLE_RATE_HZ;
    /** Number of feature maps. */
    public static final int CHANNELS = 4;
    /** Number of frames the model resizes to when shorter. */
    public static final int TARGET_FRAMES = 1024;

    private final Stft stft = Stft.spatialAst();
    private final MelFilterbank mel = MelFilterbank.spatialAst();

    /** Creates the extractor (builds the STFT plan and the mel matrix). */
    public SpatialAstFeatures() {
    }

    /**
     * Computes the features of a binaural 32 kHz signal.
     *
     * @param left  left-ear samples
     * @param right right-ear samples, same length
     * @return {@code [4][frames][128]} in the order L, R, cos, sin
     * @throws IllegalArgumentException if the lengths differ, the signal is 512 samples or shorter, or a sample
     *                                  is not finite
     */
    public float[][][] compute(float[] left, float[] right) {
        BinauralFrontEnd fe = BinauralFrontEnd.of(stft, left, right);
        double[][][] ipd = fe.ipdMel(mel);
        return new float[][][] {
            BinauralFrontEnd.toFloat(fe.logMel(mel, false)),
            BinauralFrontEnd.toFloat(fe.logMel(mel, true)),
            BinauralFrontEnd.toFloat(ipd[0]),
            BinauralFrontEnd.toFloat(ipd[1]),
        };
    }

    /**
     * Computes the features of a binaural buffer.
     *
     * @param binaural 2 channels (left, right) at 32 kHz
     * @return {@code [4][frames][128]}
     * @throws IllegalArgumentException if the buffer is not 2-channel 32 kHz (resample first), or as
     *                                  {@link #compute(float[], float[])}
     */
    public float[][][] compute(AudioBuffer binaural) {
        float[][] ch = BinauralFrontEnd.channels(binaural, "Spatial-AST features");
        return compute(ch[0], ch[1]);
    }
}
