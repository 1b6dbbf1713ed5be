package dev.earshot.spatial.osc;

/** A value an OSC message argument carries. Angles use the preset's convention and unit. */
public enum OscQuantity {
    /** Source azimuth (sign per {@link OscPreset#azimuthClockwise()}, unit per {@link OscPreset#angleUnit()}). */
    AZIMUTH,
    /** Source elevation, +up (unit per {@link OscPreset#angleUnit()}). */
    ELEVATION,
    /** Source distance in metres. */
    DISTANCE,
    /** Source spread (width), in the preset's angle unit. */
    SPREAD,
    /** Extra source gain in dB. */
    GAIN_DB,
    /** Wet (reverb) share, 0 to 1. */
    WET;

    /** @return true if the value is known from a position alone (azimuth, elevation, distance) */
    public boolean isPosition() {
        return this == AZIMUTH || this == ELEVATION || this == DISTANCE;
    }
}
