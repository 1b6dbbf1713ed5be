package dev.earshot.spatial.ambisonics;

import dev.earshot.spatial.geom.Direction;

/**
 * Real spherical harmonics in ACN channel order, SN3D (AmbiX) or N3D normalised, without the
 * Condon-Shortley phase, evaluated at a direction in Earshot's convention (azimuth counter-clockwise
 * from the front, +left; elevation up).
 *
 * <p>For degree {@code l}, index {@code m} in [-l, l] and ACN channel {@code n = l*l + l + m}:
 * <pre>
 *   Y_n(az, el) = N_l^|m| P_l^|m|(sin el) * (cos(m az) if m >= 0, sin(|m| az) if m &lt; 0)
 *   N_l^m (SN3D) = sqrt((2 - delta_m0) (l - m)! / (l + m)!),   N3D = SN3D * sqrt(2l + 1)
 * </pre>
 * where {@code P_l^m} is the associated Legendre function without the {@code (-1)^m} phase. So
 * channels 0..3 are W = 1, Y = sin(az) cos(el), Z = sin(el), X = cos(az) cos(el).
 */
public final class SphericalHarmonics {
    /** Highest degree these functions evaluate (the highest supported ambisonic order). */
    public static final int MAX_ORDER = AmbisonicOrder.MAX;

    /** SN3D normalisation N_l^m for 0 <= m <= l <= MAX_ORDER, indexed [l][m]. */
    private static final double[][] SN3D_NORM = new double[MAX_ORDER + 1][];

    static {
        for (int l = 0; l <= MAX_ORDER; l++) {
            SN3D_NORM[l] = new double[l + 1];
            for (int m = 0; m <= l; m++) {
                double ratio = 1.0;
                for (int k = l - m + 1; k <= l + m; k++) {
                    ratio /= k; // (l-m)!/(l+m)!
                }
                SN3D_NORM[l][m] = Math.sqrt((m == 0 ? 1.0 : 2.0) * ratio);
            }
        }
    }

    private SphericalHarmonics() {
    }

    /**
     * The number of ACN channels up to an order.
     *
     * @param order the order, 0 to {@link #MAX_ORDER}
     * @return {@code (order + 1)^2}
     */
    public static int channelCount(int order) {
        checkOrder(order);
        return (order + 1) * (order + 1);
    }

    /**
     * SN3D (AmbiX) spherical harmonics at a direction.
     *
     * @param order     highest degree, 0 to {@link #MAX_ORDER}
     * @param direction the direction (Earshot convention)
     * @return a new array of {@code (order + 1)^2} values in ACN order
     * @throws IllegalArgumentException if the order is out of range or the direction is null
     */
    public static double[] sn3d(int order, Direction direction) {
        double[] out = new double[channelCount(order)];
        sn3d(order, Math.toRadians(requireDirection(direction).azimuthDeg()),
                Math.toRadians(direction.elevationDeg()), out);
        return out;
    }

    /**
     * N3D spherical harmonics at a direction (SN3D times {@code sqrt(2l + 1)}).
     *
     * @param order     highest degree, 0 to {@link #MAX_ORDER}
     * @param direction the direction (Earshot convention)
     * @return a new array of {@code (order + 1)^2} values in ACN order
     * @throws IllegalArgumentException if the order is out of range or the direction is null
     */
    public static double[] n3d(int order, Direction direction) {
        double[] out = sn3d(order, direction);
        toN3dInPlace(order, out);
        return out;
    }

    /**
     * Spherical harmonics at a direction in the given normalisation, in ACN order (also for FuMa,
     * whose channel reordering is left to {@link FumaConverter}).
     *
     * @param order         highest degree, 0 to {@link #MAX_ORDER} (at most 1 for FuMa)
     * @param direction     the direction (Earshot convention)
     * @param normalisation the normalisation
     * @return a new array of {@code (order + 1)^2} values in ACN order
     */
    public static double[] evaluate(int order, Direction direction, Normalisation normalisation) {
        double[] out = sn3d(order, direction);
        for (int l = 0; l <= order; l++) {
            double g = normalisation.fromSn3d(l);
            for (int n = l * l; n < (l + 1) * (l + 1); n++) {
                out[n] *= g;
            }
        }
        return out;
    }

    /**
     * Allocation-free SN3D evaluation for inner loops: writes the {@code (order + 1)^2} ACN values for a
     * direction given in radians into {@code out[0 .. (order+1)^2 - 1]}.
     *
     * @param order        highest degree, 0 to {@link #MAX_ORDER}
     * @param azimuthRad   azimuth in radians, counter-clockwise from the front (+left), any finite value
     * @param elevationRad elevation in radians, +up
     * @param out          destination, at least {@code (order + 1)^2} long
     * @throws IllegalArgumentException if the order is out of range or {@code out} is too short
     */
    public static void sn3d(int order, double azimuthRad, double elevationRad, double[] out) {
        int count = channelCount(order);
        if (out == null || out.length < count) {
            throw new IllegalArgumentException("out must hold at least " + count + " values for order " + order);
        }
        double sinEl = Math.sin(elevationRad);
        double cosEl = Math.cos(elevationRad);
        double cosAz = Math.cos(azimuthRad);
        double sinAz = Math.sin(azimuthRad);
        double cosMAz = 1.0; // cos(m az)
        double sinMAz = 0.0; // sin(m az)
        double pmm = 1.0; // P_m^m(sin el) = (2m-1)!! cos^m(el), no Condon-Shortley phase
        for (int m = 0; m <= order; m++) {
            if (m > 0) {
                pmm *= (2 * m - 1) * cosEl;
                double c = cosMAz * cosAz - sinMAz * sinAz;
                sinMAz = sinMAz * cosAz + cosMAz * sinAz;
                cosMAz = c;
            }
            double pPrev = 0.0;
            double p = pmm;
            for (int l = m; l <= order; l++) {
                if (l == m + 1) {
                    pPrev = p;
                    p = (2 * m + 1) * sinEl * pmm;
                } else if (l > m + 1) {
                    double next = ((2 * l - 1) * sinEl * p - (l + m - 1) * pPrev) / (l - m);
                    pPrev = p;
                    p = next;
                }
                double np = SN3D_NORM[l][m] * p;
                int centre = l * l + l;
                if (m == 0) {
                    out[centre] = np;
                } else {
                    out[centre + m] = np * cosMAz;
                    out[centre - m] = np * sinMAz;
                }
            }
        }
    }

    /**
     * Converts ACN values from SN3D to N3D in place (multiplies degree {@code l} by {@code sqrt(2l+1)}).
     *
     * @param order  highest degree, 0 to {@link #MAX_ORDER}
     * @param values at least {@code (order + 1)^2} values in ACN order
     */
    public static void toN3dInPlace(int order, double[] values) {
        checkOrder(order);
        for (int l = 1; l <= order; l++) {
            double g = Math.sqrt(2.0 * l + 1.0);
            for (int n = l * l; n < (l + 1) * (l + 1); n++) {
                values[n] *= g;
            }
        }
    }

    private static void checkOrder(int order) {
        if (order < 0 || order > MAX_ORDER) {
            throw new IllegalArgumentException("spherical-harmonic order must be in [0, " + MAX_ORDER + "], got " + order);
        }
    }

    private static Direction requireDirection(Direction d) {
        if (d == null) {
            throw new IllegalArgumentException("direction is required");
        }
        return d;
    }
}
