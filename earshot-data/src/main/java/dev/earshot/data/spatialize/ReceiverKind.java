package dev.earshot.data.spatialize;

/** The microphone the spatializer simulates. */
public enum ReceiverKind {
    /** Two ears: every image source through the built-in KEMAR HRIR nearest to its arrival direction. */
    BINAURAL(2),
    /** First-order ambisonics, AmbiX (ACN W, Y, Z, X; SN3D), coincident and ideal. */
    FOA(4),
    /**
     * The DISSE tetrahedral array of four cardioids (radius 5 cm) converted to B-format by DISSE's
     * A-to-B matrix: channels W, Y, Z, X in DISSE scaling (SPEC.md 4.1).
     */
    DISSE_FOA(4);

    private final int channels;

    ReceiverKind(int channels) {
        this.channels = channels;
    }

    /** @return the number of output channels */
    public int channels() {
        return channels;
    }
}
