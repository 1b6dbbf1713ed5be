package dev.earshot.spatial.ambisonics;

import dev.earshot.audio.AudioBuffer;

/**
 * Adapter for the first-order signals of the DISSE pipeline (SPEC section 4.1): 4-channel A-format
 * impulse responses from a tetrahedral array of cardioid capsules ({@code m0..m3} = front-left-up,
 * front-right-down, back-left-down, back-right-up; pyroomacoustics shoebox) are turned into B-format in
 * channel order W, Y, Z, X by
 * <pre>
 *   W = (m0 + m1 + m2 + m3) / 2,  X = (m0 + m1 - m2 - m3) / 2,
 *   Y = (m0 - m1 + m2 - m3) / 2,  Z = (m0 - m1 - m2 + m3) / 2.
 * </pre>
 * For ideal coincident cardioids ({@code 0.5 (1 + cos angle)}) a unit plane wave from unit vector
 * {@code u} gives {@code W = 1} and {@code (X, Y, Z) = u / sqrt(3)}, so AmbiX SN3D is W unchanged and the
 * first-order channels times {@code sqrt(3)}. Axes are the array's: X front, Y left, Z up.
 *
 * <p>This adapter is about the signal; the DISSE catalogue's azimuth metadata (+azimuth = right) is
 * converted by the DISSE dataset reader.
 */
public final class DisseFoaConverter {
    private static final double SQRT3 = Math.sqrt(3.0);

    private DisseFoaConverter() {
    }

    /**
     * DISSE's A-format to B-format matrix, exactly as in its data pipeline.
     *
     * @param aFormat 4 capsule channels m0 (FLU), m1 (FRD), m2 (BLD), m3 (BRU)
     * @return DISSE FOA, channels W, Y, Z, X, same length and rate
     * @throws IllegalArgumentException if the input does not have exactly 4 channels
     */
    public static AudioBuffer aFormatToDisseFoa(AudioBuffer aFormat) {
        float[][] m = FoaChecks.fourChannels(aFormat, "DISSE A-format input");
        int n = aFormat.frames();
        float[][] out = new float[4][n];
        for (int i = 0; i < n; i++) {
            float a = m[0][i], b = m[1][i], c = m[2][i], d = m[3][i];
            out[0][i] = (a + b + c + d) / 2;
            out[1][i] = (a - b + c - d) / 2;
            out[2][i] = (a - b - c + d) / 2;
            out[3][i] = (a + b - c - d) / 2;
        }
        return new AudioBuffer(out, aFormat.sampleRateHz());
    }

    /**
     * Converts DISSE FOA to AmbiX, assuming ideal cardioid capsules.
     *
     * @param disseFoa 4 channels W, Y, Z, X as produced by {@link #aFormatToDisseFoa}
     * @return 4 channels W, Y, Z, X (ACN, SN3D), same length and rate
     * @throws IllegalArgumentException if the input does not have exactly 4 channels
     */
    public static AudioBuffer toAmbix(AudioBuffer disseFoa) {
        FoaChecks.fourChannels(disseFoa, "DISSE FOA input");
        return FoaChecks.remix(disseFoa, new int[] {0, 1, 2, 3}, new double[] {1, SQRT3, SQRT3, SQRT3});
    }

    /**
     * Converts AmbiX first order to DISSE FOA (the inverse of {@link #toAmbix}).
     *
     * @param ambix 4 channels W, Y, Z, X (ACN, SN3D)
     * @return 4 channels W, Y, Z, X in DISSE scaling, same length and rate
     * @throws IllegalArgumentException if the input does not have exactly 4 channels
     */
    public static AudioBuffer fromAmbix(AudioBuffer ambix) {
        FoaChecks.fourChannels(ambix, "AmbiX first-order input");
        return FoaChecks.remix(ambix, new int[] {0, 1, 2, 3}, new double[] {1, 1 / SQRT3, 1 / SQRT3, 1 / SQRT3});
    }
}
