package dev.earshot.ml.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The protobuf wire encoding against the worked examples of the protobuf encoding guide. */
class ProtoMessageTest {
    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void varintFieldMatchesTheGuidesExample() {
        // message Test1 { int32 a = 1; } with a = 150 -> 08 96 01
        assertArrayEquals(bytes(0x08, 0x96, 0x01), new ProtoMessage().varint(1, 150).toByteArray());
    }

    @Test
    void stringFieldMatchesTheGuidesExample() {
        // message Test2 { string b = 2; } with b = "testing" -> 12 07 74 65 73 74 69 6e 67
        assertArrayEquals(bytes(0x12, 0x07, 0x74, 0x65, 0x73, 0x74, 0x69, 0x6e, 0x67),
                new ProtoMessage().string(2, "testing").toByteArray());
    }

    @Test
    void embeddedMessageMatchesTheGuidesExample() {
        // message Test3 { Test1 c = 3; } with c.a = 150 -> 1a 03 08 96 01
        assertArrayEquals(bytes(0x1a, 0x03, 0x08, 0x96, 0x01),
                new ProtoMessage().message(3, new ProtoMessage().varint(1, 150)).toByteArray());
    }

    @Test
    void negativeInt64IsTenBytes() {
        // two's complement, as protobuf writes int64 -1: ff ff ff ff ff ff ff ff ff 01
        assertArrayEquals(bytes(0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01),
                new ProtoMessage().varint(1, -1).toByteArray());
    }

    @Test
    void floatsAreLittleEndianRawBytes() {
        // 1.0f = 0x3f800000, -2.0f = 0xc0000000; field 9, wire type 2 -> tag 0x4a, length 8
        assertArrayEquals(bytes(0x4a, 0x08, 0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x00, 0xc0),
                new ProtoMessage().floatsRaw(9, new float[] {1f, -2f}).toByteArray());
    }

    @Test
    void fixed32FloatField() {
        // field 2, wire type 5 -> tag 0x15; 0.5f = 0x3f000000
        assertArrayEquals(bytes(0x15, 0x00, 0x00, 0x00, 0x3f), new ProtoMessage().float32(2, 0.5f).toByteArray());
    }

    @Test
    void sizeCountsMultiByteLengths() {
        ProtoMessage m = new ProtoMessage().floatsRaw(1, new float[100]);
        assertEquals(1 + 2 + 400, m.size());
        assertEquals(403, m.toByteArray().length);
    }
}
