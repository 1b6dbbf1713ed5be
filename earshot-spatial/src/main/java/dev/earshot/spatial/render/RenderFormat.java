package dev.earshot.spatial.render;

/**
 * The output formats a {@link Renderer} can produce.
 *
 * <p>Ambisonic formats other than {@link #FUMA} use AmbiX: ACN channel order with SN3D
 * normalisation. {@link #FUMA} is first-order Furse-Malham (W, X, Y, Z with W scaled by
 * 1/&radic;2).
 */
public enum RenderFormat {
    /** Two-channel loudspeaker stereo (left, right): equal-power pan plus interaural time difference. */
    STEREO(2, -1),
    /** Two-channel headphone binaural (left ear, right ear) by HRTF convolution. */
    BINAURAL(2, -1),
    /** First-order ambisonics, AmbiX (ACN/SN3D): W, Y, Z, X. */
    FOA(4, 1),
    /** Second-order ambisonics, AmbiX (ACN/SN3D), 9 channels. */
    HOA2(9, 2),
    /** Third-order ambisonics, AmbiX (ACN/SN3D), 16 channels. */
    HOA3(16, 3),
    /** First-order ambisonics in Furse-Malham order and normalisation: W, X, Y, Z. */
    FUMA(4, 1);

    private final int channels;
    private final int ambisonicOrder;

    RenderFormat(int channels, int ambisonicOrder) {
        this.channels = channels;
        this.ambisonicOrder = ambisonicOrder;
    }

    /** @return the number of output channels */
    public int channels() {
        return channels;
    }

    /** @return true for the ambisonic formats (FOA, HOA2, HOA3, FUMA) */
    public boolean isAmbisonic() {
        return ambisonicOrder > 0;
    }

    /**
     * @return the ambisonic order (1 to 3)
     * @throws IllegalStateException for STEREO and BINAURAL, which have none
     */
    public int ambisonicOrder() {
        if (ambisonicOrder < 0) {
            throw new IllegalStateException(name() + " is not an ambisonic format");
        }
        return ambisonicOrder;
    }
}
