package dev.earshot.ml.text;

/** Kinds of movement a description can name. */
public enum Motion {
    /** Comes closer (distance shrinks). */
    APPROACH,
    /** Goes away (distance grows). */
    RECEDE,
    /** Passes by / crosses / sweeps across. */
    PASS,
    /** Circles around the listener. */
    ORBIT,
    /** Goes up. */
    RISE,
    /** Goes down. */
    FALL,
    /** Moves without a stated path (drifts, sways, zigzags). */
    MOVE
}
