package dev.earshot.spatial.ambisonics;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.geom.Direction;

/**
 * Adapter between first-order AmbiX (ACN order W, Y, Z, X; SN3D) and Furse-Malham B-format (FuMa:
 * order W, X, Y, Z; W scaled by {@code 1/sqrt(2)}; X, Y, Z equal to SN3D at first order, i.e. maxN).
 * Both use the same axes: X front, Y left, Z up. A plane wave from azimuth {@code az} (+left) and
 * elevation {@code el} has FuMa gains {@code W = 1/sqrt(2), X = cos az cos el, Y = sin az cos el,
 * Z = sin el}.
 */
public final class FumaConverter {
    private static final double SQRT2 = Math.sqrt(2.0);

    private FumaConverter() {
    }

    /**
     * Converts AmbiX first order to FuMa.
     *
     * @param ambix 4 channels W, Y, Z, X (ACN, SN3D)
     * @return 4 channels W, X, Y, Z (FuMa), same length and rate
     * @throws IllegalArgumentException if the input does not have exactly 4 channels
     */
    public static AudioBuffer ambixToFuma(AudioBuffer ambix) {
        FoaChecks.fourChannels(ambix, "AmbiX first-order input");
        return FoaChecks.remix(ambix, new int[] {0, 3, 1, 2}, new double[] {1 / SQRT2, 1, 1, 1});
    }

    /**
     * Converts FuMa first order to AmbiX.
     *
     * @param fuma 4 channels W, X, Y, Z (FuMa)
     * @return 4 channels W, Y, Z, X (ACN, SN3D), same length and rate
     * @throws IllegalArgumentException if the input does not have exactly 4 channels
     */
    public static AudioBuffer fumaToAmbix(AudioBuffer fuma) {
        FoaChecks.fourChannels(fuma, "FuMa first-order input");
        return FoaChecks.remix(fuma, new int[] {0, 2, 3, 1}, new double[] {SQRT2, 1, 1, 1});
    }

    /**
     * The FuMa encoding gains of a plane wave.
     *
     * @param direction the direction (Earshot convention)
     * @return gains in FuMa order W, X, Y, Z
     */
    public static double[] fumaGains(Direction direction) {
        double[] s = SphericalHarmonics.sn3d(1, direction);
        return new double[] {s[0] / SQRT2, s[3], s[1], s[2]};
    }
}
