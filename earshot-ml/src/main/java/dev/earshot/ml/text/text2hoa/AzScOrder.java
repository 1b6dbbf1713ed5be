package dev.earshot.ml.text.text2hoa;

/**
 * How the two numbers of a flat text2hoa {@code az_sc} field are ordered. The text2hoa evaluation
 * script reads {@code [sin, cos]}; its rule baseline and renderer default read {@code [cos, sin]}.
 * The released data (v4 decoding, checked against the texts) is {@code [sin, cos]}.
 */
public enum AzScOrder {
    /** {@code az_sc = [sin(az), cos(az)]} (text2hoa evaluation, and the data). */
    SIN_COS,
    /** {@code az_sc = [cos(az), sin(az)]} (text2hoa rule baseline and renderer default). */
    COS_SIN
}
