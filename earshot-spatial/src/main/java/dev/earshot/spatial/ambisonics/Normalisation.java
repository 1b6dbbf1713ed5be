package dev.earshot.spatial.ambisonics;

import dev.earshot.audio.AudioBuffer;

/**
 * Normalisation of the real spherical harmonics of an ambisonic signal (all without the
 * Condon-Shortley phase).
 */
public enum Normalisation {
    /**
     * Schmidt semi-normalised (AmbiX): every component of a unit plane wave has peak gain 1;
     * {@code integral over the sphere of Y_n^2 = 4 pi / (2l + 1)}.
     */
    SN3D,
    /** Fully normalised: SN3D times {@code sqrt(2l + 1)}; {@code integral of Y_n^2 = 4 pi}. */
    N3D,
    /**
     * Furse-Malham (first order only here): SN3D for degree 1 and W scaled by {@code 1/sqrt(2)}.
     * Its channel order is W, X, Y, Z rather than ACN; see {@link FumaConverter}.
     */
    FUMA;

    /**
     * The factor that converts an SN3D channel of the given degree into this normalisation.
     *
     * @param degree spherical-harmonic degree l, at least 0 (at most 1 for FuMa)
     * @return the gain to multiply an SN3D channel of that degree by
     * @throws IllegalArgumentException if the degree is negative, or above 1 for FuMa
     */
    public double fromSn3d(int degree) {
        if (degree < 0) {
            throw new IllegalArgumentException("degree must be >= 0, got " + degree);
        }
        return switch (this) {
            case SN3D -> 1.0;
            case N3D -> Math.sqrt(2.0 * degree + 1.0);
            case FUMA -> {
                if (degree > 1) {
                    throw new IllegalArgumentException("FuMa is supported for first order only, got degree " + degree);
                }
                yield degree == 0 ? 1.0 / Math.sqrt(2.0) : 1.0;
            }
        };
    }

    /**
     * Converts an ACN-ordered signal from this normalisation to another (SN3D and N3D of any supported
     * order; FuMa also changes the channel order, so it goes through {@link FumaConverter}).
     *
     * @param acn    {@code (order + 1)^2} channels in ACN order, in this normalisation
     * @param target the normalisation wanted
     * @return a new buffer in the target normalisation, same shape and rate
     * @throws IllegalArgumentException if either normalisation is FuMa, or the channel count is not 4, 9 or 16
     */
    public AudioBuffer convert(AudioBuffer acn, Normalisation target) {
        if (this == FUMA || target == FUMA) {
            throw new IllegalArgumentException("FuMa signals use W, X, Y, Z order; convert them with FumaConverter");
        }
        if (acn == null || target == null) {
            throw new IllegalArgumentException("buffer and target normalisation are required");
        }
        AmbisonicOrder.ofChannels(acn.channels()); // validates 4, 9 or 16 channels
        float[][] out = new float[acn.channels()][];
        for (int n = 0; n < out.length; n++) {
            int l = AmbisonicOrder.degreeOf(n);
            double g = target.fromSn3d(l) / fromSn3d(l);
            float[] src = acn.channel(n);
            float[] dst = new float[src.length];
            for (int i = 0; i < src.length; i++) {
                dst[i] = (float) (g * src[i]);
            }
            out[n] = dst;
        }
        return new AudioBuffer(out, acn.sampleRateHz());
    }
}
