package dev.earshot.ml.features;

import dev.earshot.audio.AudioBuffer;

/**
 * DISSE spatial-branch input (SPEC 4.1): active/reactive intensity vectors of first-order ambisonics.
 *
 * <p>Input FOA in channel order W, Y, Z, X (ACN) at 16 kHz. Each channel goes through the STFT n_fft 400,
 * hop 100, periodic Hann, centred with reflect padding ({@link Stft#disse()}: 201 bins, 1601 frames for
 * 10 s). Per bin and frame: {@code I_act = Re(conj(W) * [Y, Z, X])}, {@code I_rea = Im(conj(W) * [Y, Z, X])};
 * where the L2 norm of {@code I_act} over its three components exceeds 1e-6 both are divided by it, elsewhere
 * they are left unscaled. Output {@code [3][201][frames]} (component, bin, frame). Double precision inside,
 * float output. Not thread-safe (one instance per thread).
 */
public final class FoaIntensityFeatures {
    /** Sample rate the features are defined at. */
    public static final int SAMPLE_RATE_HZ = 16000;
    /** Norm threshold below which vectors are left unscaled. */
    public static final double EPSILON = 1e-6;

    private final Stft stft = Stft.disse();

    /** Creates the extractor. */
    public FoaIntensityFeatures() {
    }

    /**
     * Computes the intensity vectors.
     *
     * @param foa four channels W, Y, Z, X of equal length (more than 200 samples)
     * @return the normalised active and reactive intensity vectors
     * @throws IllegalArgumentException if there are not 4 equal-length channels, a channel is 200 samples or
     *                                  shorter, or a sample is not finite
     */
    public IntensityVectors compute(float[][] foa) {
        if (foa == null || foa.length != 4) {
            throw new IllegalArgumentException("expected 4 FOA channels in the order W, Y, Z, X, got "
                    + (foa == null ? "null" : foa.length));
        }
        for (int c = 1; c < 4; c++) {
            if (foa[c].length != foa[0].length) {
                throw new IllegalArgumentException("FOA channel " + c + " has " + foa[c].length + " samples, channel 0 has "
                        + foa[0].length + "; expected equal lengths");
            }
        }
        int frames = stft.frames(foa[0].length);
        int bins = stft.bins();
        double[][][] re = new double[4][frames][bins];
        double[][][] im = new double[4][frames][bins];
        for (int c = 0; c < 4; c++) {
            stft.transform(foa[c], re[c], im[c]);
        }
        float[][][] act = new float[3][bins][frames];
        float[][][] rea = new float[3][bins][frames];
        double[] a = new double[3];
        double[] r = new double[3];
        for (int t = 0; t < frames; t++) {
            for (int k = 0; k < bins; k++) {
                double wr = re[0][t][k];
                double wi = im[0][t][k];
                double norm2 = 0;
                for (int c = 0; c < 3; c++) {
                    double xr = re[c + 1][t][k];
                    double xi = im[c + 1][t][k];
                    // conj(W) * X = (wr - i wi)(xr + i xi)
                    a[c] = wr * xr + wi * xi;
                    r[c] = wr * xi - wi * xr;
                    norm2 += a[c] * a[c];
                }
                double norm = Math.sqrt(norm2);
                for (int c = 0; c < 3; c++) {
                    act[c][k][t] = (float) (norm > EPSILON ? a[c] / norm : a[c]);
                    rea[c][k][t] = (float) (norm > EPSILON ? r[c] / norm : r[c]);
                }
            }
        }
        return new IntensityVectors(act, rea);
    }

    /**
     * Computes the intensity vectors of an FOA buffer.
     *
     * @param foa 4 channels W, Y, Z, X (AmbiX/ACN order, as DISSE) at 16 kHz
     * @return the normalised active and reactive intensity vectors
     * @throws IllegalArgumentException if the buffer is not 4-channel 16 kHz (resample first), or as
     *                                  {@link #compute(float[][])}
     */
    public IntensityVectors compute(AudioBuffer foa) {
        if (foa == null) {
            throw new IllegalArgumentException("FOA intensity features: audio must not be null");
        }
        if (foa.sampleRateHz() != SAMPLE_RATE_HZ) {
            throw new IllegalArgumentException("FOA intensity features: expected " + SAMPLE_RATE_HZ + " Hz audio, got "
                    + foa.sampleRateHz() + " Hz; resample first (dev.earshot.audio.dsp.Resampler)");
        }
        return compute(foa.samples());
    }
}
