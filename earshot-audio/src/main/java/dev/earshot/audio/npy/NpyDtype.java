package dev.earshot.audio.npy;

/** Element types Earshot reads from .npy files ({@code descr} without its byte-order character). */
public enum NpyDtype {
    /** IEEE 754 binary32, {@code f4}. */
    FLOAT32("f4", 4),
    /** IEEE 754 binary64, {@code f8}. */
    FLOAT64("f8", 8),
    /** Signed 16-bit integer, {@code i2}. */
    INT16("i2", 2),
    /** Signed 32-bit integer, {@code i4}. */
    INT32("i4", 4);

    private final String code;
    private final int bytes;

    NpyDtype(String code, int bytes) {
        this.code = code;
        this.bytes = bytes;
    }

    /** @return the NumPy type code without byte order, e.g. {@code "f8"} */
    public String code() {
        return code;
    }

    /** @return bytes per element */
    public int bytes() {
        return bytes;
    }

    /**
     * @param code a type code without byte order, e.g. {@code "f4"}
     * @return the dtype, or null if unsupported
     */
    static NpyDtype ofCode(String code) {
        for (NpyDtype d : values()) {
            if (d.code.equals(code)) {
                return d;
            }
        }
        return null;
    }
}
