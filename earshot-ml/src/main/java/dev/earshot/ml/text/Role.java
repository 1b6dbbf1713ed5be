package dev.earshot.ml.text;

/** The part a matched word plays in a movement. */
public enum Role {
    /** No marker: a place, not a start or an end. */
    NONE,
    /** Where the movement starts ("from the left", "왼쪽에서"). */
    SOURCE,
    /** Where the movement ends ("to the right", "오른쪽으로"). */
    GOAL
}
