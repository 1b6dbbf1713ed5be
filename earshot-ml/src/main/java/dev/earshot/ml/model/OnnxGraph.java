package dev.earshot.ml.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds an ONNX model ({@code onnx.proto} ModelProto, IR version 9, default opset 20 plus the
 * {@code com.microsoft} contrib opset 1 that ONNX Runtime implements) in memory: float32 inputs, outputs and
 * initializers (weights stored as {@code raw_data}), nodes with int, float and int-list attributes. Node outputs
 * get generated unique names. Field numbers follow {@code onnx/onnx.proto3}. Not thread-safe.
 */
final class OnnxGraph {
    /** ONNX IR version written (ONNX 1.15+; ONNX Runtime 1.16+ reads it). */
    static final int IR_VERSION = 9;
    /** Default-domain opset (LayerNormalization since 17, Gelu since 20). */
    static final int OPSET = 20;
    /** The ONNX Runtime contrib-op domain. */
    static final String MS_DOMAIN = "com.microsoft";

    private static final int FLOAT = 1;
    private static final int INT8 = 3;
    private static final int INT64 = 7;
    private static final int ATTR_FLOAT = 1;
    private static final int ATTR_INT = 2;
    private static final int ATTR_STRING = 3;
    private static final int ATTR_INTS = 7;

    private final String name;
    private final List<ProtoMessage> nodes = new ArrayList<>();
    private final List<ProtoMessage> initializers = new ArrayList<>();
    private final List<ProtoMessage> inputs = new ArrayList<>();
    private final List<ProtoMessage> outputs = new ArrayList<>();
    private int counter;

    /** @param name the graph's name */
    OnnxGraph(String name) {
        this.name = name;
    }

    /** A node attribute: name and value (Long, Float, String or long[]). */
    record Attr(String name, Object value) {
        static Attr of(String name, long v) {
            return new Attr(name, v);
        }

        static Attr of(String name, float v) {
            return new Attr(name, v);
        }

        static Attr of(String name, String v) {
            return new Attr(name, v);
        }

        static Attr of(String name, long... v) {
            return new Attr(name, v.clone());
        }
    }

    /** Declares a float32 graph input of a fixed shape. */
    void input(String inputName, long... dims) {
        inputs.add(valueInfo(inputName, dims));
    }

    /** Declares a float32 graph output of a fixed shape. */
    void output(String outputName, long... dims) {
        outputs.add(valueInfo(outputName, dims));
    }

    /**
     * Adds a float32 initializer (a constant or weight).
     *
     * @return its name
     */
    String weight(String weightName, float[] data, long... dims) {
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        if (n != data.length) {
            throw new IllegalArgumentException("initializer " + weightName + ": " + data.length
                    + " values for shape of " + n);
        }
        ProtoMessage t = new ProtoMessage();
        for (long d : dims) {
            t.varint(1, d);
        }
        t.varint(2, FLOAT).string(8, weightName).floatsRaw(9, data);
        initializers.add(t);
        return weightName;
    }

    /**
     * Adds an int8 initializer (quantised weights).
     *
     * @return its name
     */
    String int8s(String weightName, byte[] data, long... dims) {
        ProtoMessage t = new ProtoMessage();
        for (long d : dims) {
            t.varint(1, d);
        }
        t.varint(2, INT8).string(8, weightName).bytes(9, data);
        initializers.add(t);
        return weightName;
    }

    /**
     * Adds an int64 initializer (shapes, indices, axes).
     *
     * @return its name
     */
    String int64s(String constName, long... values) {
        ProtoMessage t = new ProtoMessage().varint(1, values.length).varint(2, INT64);
        for (long v : values) {
            t.varint(7, v);
        }
        t.string(8, constName);
        initializers.add(t);
        return constName;
    }

    /**
     * Adds a default-domain node with one output.
     *
     * @return the output's (generated) name
     */
    String op(String opType, List<String> in, Attr... attrs) {
        return node("", opType, in, 1, attrs).get(0);
    }

    /**
     * Adds a node.
     *
     * @param domain  "" for the ONNX domain or {@link #MS_DOMAIN}
     * @param opType  the operator
     * @param in      input names ("" for an omitted optional input)
     * @param outputs number of outputs
     * @param attrs   attributes
     * @return the generated output names
     */
    List<String> node(String domain, String opType, List<String> in, int outputs, Attr... attrs) {
        ProtoMessage n = new ProtoMessage();
        for (String i : in) {
            n.string(1, i);
        }
        List<String> outs = new ArrayList<>();
        int id = counter++;
        for (int o = 0; o < outputs; o++) {
            String out = opType + "_" + id + "_" + o;
            outs.add(out);
            n.string(2, out);
        }
        n.string(3, opType + "_" + id).string(4, opType);
        for (Attr a : attrs) {
            n.message(5, attribute(a));
        }
        if (!domain.isEmpty()) {
            n.string(7, domain);
        }
        nodes.add(n);
        return outs;
    }

    /** Adds an Identity node whose output has a given name (to name graph outputs). */
    void rename(String from, String to) {
        nodes.add(new ProtoMessage().string(1, from).string(2, to).string(3, "Identity_" + to).string(4, "Identity"));
    }

    private static ProtoMessage attribute(Attr a) {
        ProtoMessage m = new ProtoMessage().string(1, a.name());
        Object v = a.value();
        if (v instanceof Float f) {
            m.float32(2, f).varint(20, ATTR_FLOAT);
        } else if (v instanceof Long l) {
            m.varint(3, l).varint(20, ATTR_INT);
        } else if (v instanceof String s) {
            m.string(4, s).varint(20, ATTR_STRING);
        } else if (v instanceof long[] ls) {
            for (long l : ls) {
                m.varint(8, l);
            }
            m.varint(20, ATTR_INTS);
        } else {
            throw new IllegalArgumentException("attribute " + a.name() + ": unsupported value " + v);
        }
        return m;
    }

    private static ProtoMessage valueInfo(String valueName, long... dims) {
        ProtoMessage shape = new ProtoMessage();
        for (long d : dims) {
            shape.message(1, new ProtoMessage().varint(1, d));
        }
        ProtoMessage tensorType = new ProtoMessage().varint(1, FLOAT).message(2, shape);
        return new ProtoMessage().string(1, valueName).message(2, new ProtoMessage().message(1, tensorType));
    }

    /** @return the serialised ModelProto */
    byte[] toModelBytes() {
        ProtoMessage g = new ProtoMessage();
        nodes.forEach(n -> g.message(1, n));
        g.string(2, name);
        initializers.forEach(t -> g.message(5, t));
        inputs.forEach(i -> g.message(11, i));
        outputs.forEach(o -> g.message(12, o));
        ProtoMessage model = new ProtoMessage().varint(1, IR_VERSION).string(2, "earshot")
                .message(7, g)
                .message(8, new ProtoMessage().string(1, "").varint(2, OPSET))
                .message(8, new ProtoMessage().string(1, MS_DOMAIN).varint(2, 1));
        return model.toByteArray();
    }
}
