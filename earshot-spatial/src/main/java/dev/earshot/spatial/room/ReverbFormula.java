package dev.earshot.spatial.room;

/** The statistical reverberation-time formula used to predict or invert a room's RT60. */
public enum ReverbFormula {
    /** Sabine: {@code T = 0.161 V / (S mean(alpha) + 4 m V)}. */
    SABINE,
    /** Eyring: {@code T = 0.161 V / (-S ln(1 - mean(alpha)) + 4 m V)}. */
    EYRING
}
