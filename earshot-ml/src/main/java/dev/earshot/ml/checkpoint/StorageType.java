package dev.earshot.ml.checkpoint;

import java.nio.ByteBuffer;
import java.util.Map;

/** The typed storage classes {@code torch.save} names in its persistent ids, with their element decoding. */
enum StorageType {
    FLOAT("FloatStorage", 4),
    HALF("HalfStorage", 2),
    BFLOAT16("BFloat16Storage", 2),
    DOUBLE("DoubleStorage", 8),
    LONG("LongStorage", 8),
    INT("IntStorage", 4),
    SHORT("ShortStorage", 2),
    CHAR("CharStorage", 1),
    BYTE("ByteStorage", 1),
    BOOL("BoolStorage", 1);

    private static final Map<String, StorageType> BY_NAME = Map.of(
            "FloatStorage", FLOAT, "HalfStorage", HALF, "BFloat16Storage", BFLOAT16, "DoubleStorage", DOUBLE,
            "LongStorage", LONG, "IntStorage", INT, "ShortStorage", SHORT, "CharStorage", CHAR,
            "ByteStorage", BYTE, "BoolStorage", BOOL);

    final String pythonName;
    final int bytes;

    StorageType(String pythonName, int bytes) {
        this.pythonName = pythonName;
        this.bytes = bytes;
    }

    /** @return the type for a {@code torch.<name>} global, or null if it is not a storage class */
    static StorageType byName(String name) {
        return BY_NAME.get(name);
    }

    /** Reads element {@code i} of a little-endian buffer as float. */
    float read(ByteBuffer b, long i) {
        int at = Math.toIntExact(i * bytes);
        return switch (this) {
            case FLOAT -> b.getFloat(at);
            case HALF -> halfToFloat(b.getShort(at));
            case BFLOAT16 -> Float.intBitsToFloat((b.getShort(at) & 0xffff) << 16);
            case DOUBLE -> (float) b.getDouble(at);
            case LONG -> (float) b.getLong(at);
            case INT -> (float) b.getInt(at);
            case SHORT -> b.getShort(at);
            case CHAR -> b.get(at);
            case BYTE -> b.get(at) & 0xff;
            case BOOL -> b.get(at) != 0 ? 1f : 0f;
        };
    }

    /** IEEE 754 binary16 to float, exact (subnormals, infinities and NaN included). */
    static float halfToFloat(short h) {
        int bits = h & 0xffff;
        int sign = (bits & 0x8000) << 16;
        int exp = (bits >>> 10) & 0x1f;
        int mant = bits & 0x3ff;
        if (exp == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
        }
        if (exp == 0) {
            float v = mant * 0x1p-24f; // subnormal (or zero): mant * 2^-24
            return sign != 0 ? -v : v;
        }
        return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
    }
}
