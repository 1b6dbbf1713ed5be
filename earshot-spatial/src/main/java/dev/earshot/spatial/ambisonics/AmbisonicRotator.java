package dev.earshot.spatial.ambisonics;

import dev.earshot.audio.AudioBuffer;

/**
 * Rotates an AmbiX sound field (orders 1 to 3): a plane wave arriving from unit vector {@code u} comes out
 * arriving from {@code R u}. The rotation of the spherical-harmonic coefficients is block diagonal by
 * degree; each block is orthogonal and the same for SN3D and N3D, so rotation preserves energy.
 *
 * <p>Angles (degrees), about Earshot's fixed axes x front, y left, z up:
 * <ul>
 *   <li><b>yaw</b> about z: positive turns the sound field counter-clockwise seen from above, i.e. to the
 *       left: a source at azimuth {@code a} moves to {@code a + yaw}.</li>
 *   <li><b>pitch</b> about y: positive lifts sources in front: a source in front at elevation 0 moves to
 *       elevation {@code +pitch} (and sources above move backwards).</li>
 *   <li><b>roll</b> about x: positive lifts sources on the left: a source at azimuth +90 moves to
 *       elevation {@code +roll} (clockwise as seen by a listener looking forward).</li>
 * </ul>
 * The combined rotation is {@code R = Rz(yaw) Ry(-pitch) Rx(roll)}: roll is applied first, then pitch,
 * then yaw. To compensate a listener's head turn (head-tracking), rotate the field by the inverse
 * rotation: a head yaw of {@code +h} (turning left) is compensated by a field yaw of {@code -h}.
 *
 * <p>The coefficient rotation of each degree is computed exactly (to rounding) by least squares: the
 * spherical harmonics of degree {@code l} at a well-spread point set and at the rotated points span
 * the same space, so {@code T = argmin ||Y(R P) - Y(P) T^T||} satisfies {@code T y(u) = y(R u)} for
 * every direction.
 */
public final class AmbisonicRotator {
    /** Fibonacci points used to fit each degree's rotation; 64 is well above 2 (2l + 1) for l <= 3. */
    private static final int FIT_POINTS = 64;

    private final AmbisonicOrder order;
    private final double[][] rotation;
    private final double[][] shMatrix;

    private AmbisonicRotator(AmbisonicOrder order, double[][] rotation) {
        this.order = order;
        this.rotation = rotation;
        this.shMatrix = shRotation(order.order(), rotation);
    }

    /**
     * A rotation from yaw, pitch and roll.
     *
     * @param order    ambisonic order of the signals to rotate
     * @param yawDeg   rotation about z (up) in degrees, positive turns the field to the left
     * @param pitchDeg rotation about y (left) in degrees, positive lifts frontal sources
     * @param rollDeg  rotation about x (front) in degrees, positive lifts sources on the left
     * @return the rotator
     * @throws IllegalArgumentException if the order is null or an angle is not finite
     */
    public static AmbisonicRotator fromYawPitchRollDeg(AmbisonicOrder order, double yawDeg, double pitchDeg,
                                                       double rollDeg) {
        if (!Double.isFinite(yawDeg) || !Double.isFinite(pitchDeg) || !Double.isFinite(rollDeg)) {
            throw new IllegalArgumentException("yaw, pitch and roll must be finite, got " + yawDeg + ", "
                    + pitchDeg + ", " + rollDeg);
        }
        double[][] r = SmallMatrix.multiply(aboutZ(Math.toRadians(yawDeg)),
                SmallMatrix.multiply(aboutY(-Math.toRadians(pitchDeg)), aboutX(Math.toRadians(rollDeg))));
        return new AmbisonicRotator(requireOrder(order), r);
    }

    /**
     * A rotation given as a 3 x 3 matrix acting on column vectors in Earshot coordinates.
     *
     * @param order    ambisonic order of the signals to rotate
     * @param rotation a proper rotation matrix (orthonormal, determinant +1, to 1e-9)
     * @return the rotator
     * @throws IllegalArgumentException if the matrix is not 3 x 3 or not a proper rotation
     */
    public static AmbisonicRotator fromMatrix(AmbisonicOrder order, double[][] rotation) {
        if (rotation == null || rotation.length != 3) {
            throw new IllegalArgumentException("rotation must be a 3 x 3 matrix");
        }
        for (double[] row : rotation) {
            if (row == null || row.length != 3) {
                throw new IllegalArgumentException("rotation must be a 3 x 3 matrix");
            }
        }
        double[][] rrt = SmallMatrix.multiply(rotation, SmallMatrix.transpose(rotation));
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (!(Math.abs(rrt[i][j] - (i == j ? 1 : 0)) <= 1e-9)) {
                    throw new IllegalArgumentException("rotation matrix is not orthonormal (R R^T differs from I by "
                            + Math.abs(rrt[i][j] - (i == j ? 1 : 0)) + " at [" + i + "][" + j + "])");
                }
            }
        }
        if (!(determinant(rotation) > 0)) {
            throw new IllegalArgumentException("rotation matrix has determinant -1 (a reflection), expected +1");
        }
        return new AmbisonicRotator(requireOrder(order), SmallMatrix.copy(rotation));
    }

    /** @return the ambisonic order this rotator acts on */
    public AmbisonicOrder order() {
        return order;
    }

    /** @return a copy of the 3 x 3 rotation matrix (acting on column vectors, Earshot axes) */
    public double[][] rotationMatrix() {
        return SmallMatrix.copy(rotation);
    }

    /**
     * The coefficient rotation matrix: {@code out[n] = sum_m T[n][m] in[m]} over ACN channels. It is block
     * diagonal by degree and orthogonal, and the same for SN3D and N3D signals.
     *
     * @return a copy of {@code T}, {@code order.channels()} square
     */
    public double[][] shMatrix() {
        return SmallMatrix.copy(shMatrix);
    }

    /**
     * The rotation that applies this one and then {@code next}.
     *
     * @param next the rotation to apply afterwards (same order)
     * @return the combined rotation {@code next.R * this.R}
     * @throws IllegalArgumentException if the orders differ
     */
    public AmbisonicRotator andThen(AmbisonicRotator next) {
        if (next == null || !next.order.equals(order)) {
            throw new IllegalArgumentException("can only combine rotators of order " + order.order());
        }
        return new AmbisonicRotator(order, SmallMatrix.multiply(next.rotation, rotation));
    }

    /** @return the inverse rotation */
    public AmbisonicRotator inverse() {
        return new AmbisonicRotator(order, SmallMatrix.transpose(rotation));
    }

    /**
     * Rotates one coefficient vector.
     *
     * @param in  {@code order.channels()} ACN coefficients (SN3D or N3D)
     * @param out destination of the same length, distinct from {@code in}
     * @throws IllegalArgumentException if a length is wrong or the arrays are the same
     */
    public void apply(double[] in, double[] out) {
        int n = order.channels();
        if (in == null || out == null || in.length != n || out.length != n || in == out) {
            throw new IllegalArgumentException("in and out must be distinct arrays of " + n + " coefficients");
        }
        for (int l = 0; l <= order.order(); l++) {
            int lo = l * l, hi = (l + 1) * (l + 1);
            for (int i = lo; i < hi; i++) {
                double s = 0;
                for (int j = lo; j < hi; j++) {
                    s += shMatrix[i][j] * in[j];
                }
                out[i] = s;
            }
        }
    }

    /**
     * Rotates an AmbiX (or N3D, ACN) signal.
     *
     * @param ambisonic {@code order.channels()} channels in ACN order
     * @return a new rotated buffer of the same shape and rate
     * @throws IllegalArgumentException if the channel count does not match the order
     */
    public AudioBuffer rotate(AudioBuffer ambisonic) {
        int n = order.channels();
        if (ambisonic == null || ambisonic.channels() != n) {
            throw new IllegalArgumentException("order-" + order.order() + " rotation needs " + n + " channels, got "
                    + (ambisonic == null ? "null" : ambisonic.channels()));
        }
        float[][] in = ambisonic.samples();
        int frames = ambisonic.frames();
        float[][] out = new float[n][frames];
        for (int l = 0; l <= order.order(); l++) {
            int lo = l * l, hi = (l + 1) * (l + 1);
            for (int i = lo; i < hi; i++) {
                float[] dst = out[i];
                for (int j = lo; j < hi; j++) {
                    float g = (float) shMatrix[i][j];
                    if (g == 0f) {
                        continue;
                    }
                    float[] src = in[j];
                    for (int t = 0; t < frames; t++) {
                        dst[t] += g * src[t];
                    }
                }
            }
        }
        return new AudioBuffer(out, ambisonic.sampleRateHz());
    }

    /** Least-squares fit of the degree-by-degree coefficient rotation (see class comment). */
    static double[][] shRotation(int order, double[][] r) {
        int n = (order + 1) * (order + 1);
        double[][] a = new double[FIT_POINTS][n];
        double[][] b = new double[FIT_POINTS][n];
        double golden = Math.PI * (3 - Math.sqrt(5));
        for (int p = 0; p < FIT_POINTS; p++) {
            double z = 1 - (2.0 * p + 1) / FIT_POINTS;
            double rho = Math.sqrt(1 - z * z);
            double x = rho * Math.cos(golden * p);
            double y = rho * Math.sin(golden * p);
            SphericalHarmonics.sn3d(order, Math.atan2(y, x), Math.asin(z), a[p]);
            double rx = r[0][0] * x + r[0][1] * y + r[0][2] * z;
            double ry = r[1][0] * x + r[1][1] * y + r[1][2] * z;
            double rz = r[2][0] * x + r[2][1] * y + r[2][2] * z;
            SphericalHarmonics.sn3d(order, Math.atan2(ry, rx), Math.asin(Math.max(-1, Math.min(1, rz))), b[p]);
        }
        double[][] t = new double[n][n];
        t[0][0] = 1;
        for (int l = 1; l <= order; l++) {
            int lo = l * l, size = 2 * l + 1;
            double[][] al = new double[FIT_POINTS][size];
            double[][] bl = new double[FIT_POINTS][size];
            for (int p = 0; p < FIT_POINTS; p++) {
                System.arraycopy(a[p], lo, al[p], 0, size);
                System.arraycopy(b[p], lo, bl[p], 0, size);
            }
            double[][] alT = SmallMatrix.transpose(al);
            // T_l = B^T A (A^T A)^-1
            double[][] tl = SmallMatrix.multiply(SmallMatrix.multiply(SmallMatrix.transpose(bl), al),
                    SmallMatrix.invert(SmallMatrix.multiply(alT, al)));
            for (int i = 0; i < size; i++) {
                System.arraycopy(tl[i], 0, t[lo + i], lo, size);
            }
        }
        return t;
    }

    static double[][] aboutX(double a) {
        double c = Math.cos(a), s = Math.sin(a);
        return new double[][] {{1, 0, 0}, {0, c, -s}, {0, s, c}};
    }

    static double[][] aboutY(double a) {
        double c = Math.cos(a), s = Math.sin(a);
        return new double[][] {{c, 0, s}, {0, 1, 0}, {-s, 0, c}};
    }

    static double[][] aboutZ(double a) {
        double c = Math.cos(a), s = Math.sin(a);
        return new double[][] {{c, -s, 0}, {s, c, 0}, {0, 0, 1}};
    }

    private static double determinant(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    private static AmbisonicOrder requireOrder(AmbisonicOrder order) {
        if (order == null) {
            throw new IllegalArgumentException("order is required");
        }
        return order;
    }
}
