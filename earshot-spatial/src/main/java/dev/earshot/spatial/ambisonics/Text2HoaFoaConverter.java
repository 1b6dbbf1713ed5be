package dev.earshot.spatial.ambisonics;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.geom.Direction;

/**
 * Adapter for the first-order signals written by the text2hoa deterministic renderer
 * ({@code encode_foa_motion} in {@code final/configs/infer_render.py}, SPEC section 5.4): channel order
 * W, Y, Z, X with {@code W = x/sqrt(2)}, {@code Y = sqrt(3/2) x sin(az) cos(el)},
 * {@code Z = sqrt(3/2) x sin(el)}, {@code X = sqrt(3/2) x cos(az) cos(el)}, where {@code az} is in
 * text2hoa's convention, <b>+azimuth = right</b> (its stereo pan sends +90 deg to the right channel).
 *
 * <p>So relative to AmbiX (SN3D, +Y = left) the text2hoa W is scaled by {@code 1/sqrt(2)}, the first-order
 * channels by {@code sqrt(3/2)}, and Y is mirrored. {@link #toAmbix} undoes exactly that; a source the
 * text2hoa renderer placed at its +90 deg (right) comes out at Earshot azimuth -90 deg.
 */
public final class Text2HoaFoaConverter {
    private static final double W_GAIN = 1 / Math.sqrt(2.0);
    private static final double FIRST_ORDER_GAIN = Math.sqrt(1.5);

    private Text2HoaFoaConverter() {
    }

    /**
     * Converts a text2hoa FOA signal to AmbiX.
     *
     * @param text2hoa 4 channels W, Y, Z, X in the text2hoa convention
     * @return 4 channels W, Y, Z, X (ACN, SN3D, +Y = left), same length and rate
     * @throws IllegalArgumentException if the input does not have exactly 4 channels
     */
    public static AudioBuffer toAmbix(AudioBuffer text2hoa) {
        FoaChecks.fourChannels(text2hoa, "text2hoa FOA input");
        return FoaChecks.remix(text2hoa, new int[] {0, 1, 2, 3},
                new double[] {1 / W_GAIN, -1 / FIRST_ORDER_GAIN, 1 / FIRST_ORDER_GAIN, 1 / FIRST_ORDER_GAIN});
    }

    /**
     * Converts AmbiX first order to the text2hoa FOA convention.
     *
     * @param ambix 4 channels W, Y, Z, X (ACN, SN3D)
     * @return 4 channels W, Y, Z, X as the text2hoa renderer writes them, same length and rate
     * @throws IllegalArgumentException if the input does not have exactly 4 channels
     */
    public static AudioBuffer fromAmbix(AudioBuffer ambix) {
        FoaChecks.fourChannels(ambix, "AmbiX first-order input");
        return FoaChecks.remix(ambix, new int[] {0, 1, 2, 3},
                new double[] {W_GAIN, -FIRST_ORDER_GAIN, FIRST_ORDER_GAIN, FIRST_ORDER_GAIN});
    }

    /**
     * The gains the text2hoa renderer would use for a source at an Earshot direction.
     *
     * @param direction the direction (Earshot convention, +left)
     * @return gains W, Y, Z, X in the text2hoa convention
     */
    public static double[] text2hoaGains(Direction direction) {
        double[] s = SphericalHarmonics.sn3d(1, direction);
        return new double[] {W_GAIN * s[0], -FIRST_ORDER_GAIN * s[1], FIRST_ORDER_GAIN * s[2], FIRST_ORDER_GAIN * s[3]};
    }
}
