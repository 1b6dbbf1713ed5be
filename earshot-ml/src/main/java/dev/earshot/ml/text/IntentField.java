package dev.earshot.ml.text;

/** The fields of a {@link SpatialIntent} that carry their own confidence and justifying words. */
public enum IntentField {
    /** Horizontal direction (start and end azimuth). */
    AZIMUTH,
    /** Vertical direction (start and end elevation). */
    ELEVATION,
    /** Distance from the listener. */
    DISTANCE,
    /** Apparent source width. */
    SPREAD,
    /** Share of reverberant sound. */
    WET,
    /** Loudness offset. */
    GAIN,
    /** Room acoustics (DRR or RT60). */
    ROOM,
    /** Whether and how the source moves. */
    MOVEMENT
}
