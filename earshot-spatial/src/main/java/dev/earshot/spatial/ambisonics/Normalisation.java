package dev.earshot.spatial.ambisonics;

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
}
