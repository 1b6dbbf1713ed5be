package dev.earshot.ml.text;

/** What a lexicon entry says about a sound's placement; values are in Earshot's units and convention. */
public enum Cue {
    /** Horizontal direction; value = azimuth in degrees, +left. */
    AZIMUTH,
    /** Vertical direction; value = elevation in degrees, +up. */
    ELEVATION,
    /** Distance; value in metres. */
    DISTANCE,
    /** Apparent width; value in degrees. */
    SPREAD,
    /** Reverberant share; value in [0, 1]. */
    WET,
    /** Loudness; value = offset in dB from the parser's default level. */
    GAIN,
    /** Room; value = reverberation time RT60 in seconds. */
    ROOM_RT60,
    /** Movement; label = one of {@link Motion}'s names, value unused. */
    MOTION,
    /** A word marking where a movement starts ("from") or ends ("to"); label SOURCE or GOAL. */
    ROLE
}
