package dev.earshot.ml.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A protocol-buffers message under construction (the binary wire format: varint, fixed32 and length-delimited
 * fields), just enough to write ONNX {@code ModelProto}s. Fields are written in the order they are added; repeated
 * scalars are written unpacked (valid for proto2 and proto3 readers). Sizes are computed before anything is
 * written, so a model of several hundred MB is serialised straight into one exact-size array without nested
 * copies. Not thread-safe.
 */
final class ProtoMessage {
    private static final int VARINT = 0;
    private static final int FIXED32 = 5;
    private static final int BYTES = 2;

    /** One field: its tag and exactly one of a varint, a fixed32, bytes, floats (as little-endian raw bytes) or a message. */
    private record Field(int tag, long varint, byte[] bytes, float[] floats, ProtoMessage message) {
    }

    private final List<Field> fields = new ArrayList<>();
    private long size = -1;

    /** Adds a varint field (int32, int64, enum). @return this */
    ProtoMessage varint(int number, long value) {
        fields.add(new Field(number << 3 | VARINT, value, null, null, null));
        size = -1;
        return this;
    }

    /** Adds a float field (fixed32). @return this */
    ProtoMessage float32(int number, float value) {
        fields.add(new Field(number << 3 | FIXED32, Float.floatToRawIntBits(value) & 0xffffffffL, null, null, null));
        size = -1;
        return this;
    }

    /** Adds a UTF-8 string field. @return this */
    ProtoMessage string(int number, String value) {
        return bytes(number, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a bytes field. @return this */
    ProtoMessage bytes(int number, byte[] value) {
        fields.add(new Field(number << 3 | BYTES, 0, value, null, null));
        size = -1;
        return this;
    }

    /** Adds a bytes field holding {@code values} as little-endian float32 (ONNX {@code raw_data}). @return this */
    ProtoMessage floatsRaw(int number, float[] values) {
        fields.add(new Field(number << 3 | BYTES, 0, null, values, null));
        size = -1;
        return this;
    }

    /** Adds an embedded message field. @return this */
    ProtoMessage message(int number, ProtoMessage value) {
        fields.add(new Field(number << 3 | BYTES, 0, null, null, value));
        size = -1;
        return this;
    }

    /** @return the serialised size in bytes */
    long size() {
        if (size >= 0) {
            return size;
        }
        long s = 0;
        for (Field f : fields) {
            s += varintSize(f.tag);
            int wire = f.tag & 7;
            if (wire == VARINT) {
                s += varintSize(f.varint);
            } else if (wire == FIXED32) {
                s += 4;
            } else {
                long len = payloadSize(f);
                s += varintSize(len) + len;
            }
        }
        size = s;
        return s;
    }

    private static long payloadSize(Field f) {
        if (f.bytes != null) {
            return f.bytes.length;
        }
        if (f.floats != null) {
            return 4L * f.floats.length;
        }
        return f.message.size();
    }

    /**
     * Serialises the message.
     *
     * @return the wire bytes
     * @throws IllegalStateException if the message is 2 GiB or larger (the protobuf limit)
     */
    byte[] toByteArray() {
        long s = size();
        if (s >= Integer.MAX_VALUE) {
            throw new IllegalStateException("protobuf message of " + s + " bytes exceeds the 2 GiB limit");
        }
        ByteBuffer out = ByteBuffer.allocate((int) s).order(ByteOrder.LITTLE_ENDIAN);
        writeTo(out);
        return out.array();
    }

    private void writeTo(ByteBuffer out) {
        for (Field f : fields) {
            writeVarint(out, f.tag);
            int wire = f.tag & 7;
            if (wire == VARINT) {
                writeVarint(out, f.varint);
            } else if (wire == FIXED32) {
                out.putInt((int) f.varint);
            } else {
                writeVarint(out, payloadSize(f));
                if (f.bytes != null) {
                    out.put(f.bytes);
                } else if (f.floats != null) {
                    out.asFloatBuffer().put(f.floats);
                    out.position(out.position() + 4 * f.floats.length);
                } else {
                    f.message.writeTo(out);
                }
            }
        }
    }

    static int varintSize(long v) {
        int n = 1;
        while ((v & ~0x7fL) != 0) {
            v >>>= 7;
            n++;
        }
        return n;
    }

    private static void writeVarint(ByteBuffer out, long v) {
        while ((v & ~0x7fL) != 0) {
            out.put((byte) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.put((byte) v);
    }
}
