package dev.earshot.spatial.room;

import java.util.Locale;

/** The receivers {@link RoomRender} offers, by their {@code --receiver-type} names. */
public enum ReceiverType {
    /** One omnidirectional pressure channel ({@link OmniReceiver}). */
    OMNI,
    /** Two ears through the built-in MIT KEMAR HRTFs ({@link BinauralReceiver#kemar()}). */
    BINAURAL,
    /** First-order ambisonics, ACN/SN3D (AmbiX) W, Y, Z, X ({@link AmbisonicReceiver}). */
    FOA,
    /** The DISSE tetrahedral A-format array, capsules m0..m3 ({@link TetrahedralArrayReceiver}). */
    AFORMAT;

    /** @return the option value, lower case ({@code omni}, {@code binaural}, {@code foa}, {@code aformat}) */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an option value, case-insensitively.
     *
     * @param text the value of {@code --receiver-type}
     * @return the type
     * @throws RoomInputException naming {@code --receiver-type} for anything else
     */
    public static ReceiverType parse(String text) {
        if (text != null) {
            for (ReceiverType t : values()) {
                if (t.optionName().equals(text.trim().toLowerCase(Locale.ROOT))) {
                    return t;
                }
            }
        }
        throw new RoomInputException("--receiver-type", "expected one of omni, binaural, foa, aformat, got '"
                + text + "'");
    }

    /** @return a receiver of this type */
    RoomReceiver create() {
        return switch (this) {
            case OMNI -> new OmniReceiver();
            case BINAURAL -> BinauralReceiver.kemar();
            case FOA -> new AmbisonicReceiver(1);
            case AFORMAT -> new TetrahedralArrayReceiver();
        };
    }
}
