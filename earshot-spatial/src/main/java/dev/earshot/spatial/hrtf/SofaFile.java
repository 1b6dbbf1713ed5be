package dev.earshot.spatial.hrtf;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Typed, validated access to the variables and attributes of one open SOFA file; every failure is a
 * {@link SofaFormatException} naming the file and the variable.
 */
final class SofaFile {
    private final HdfFile hdf;
    private final String fileName;

    /** A numeric variable: its shape and its values flattened in row-major order. */
    record Variable(String name, int[] shape, double[] values) {
        int rank() {
            return shape.length;
        }
    }

    SofaFile(HdfFile hdf, String fileName) {
        this.hdf = hdf;
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }

    SofaFormatException error(String field, String problem) {
        return new SofaFormatException(fileName, field, problem);
    }

    boolean has(String variable) {
        Node n = hdf.getChildren().get(variable);
        return n instanceof Dataset;
    }

    /** Reads a numeric variable, which must exist and hold only finite numbers. */
    Variable numeric(String variable, String expected) throws SofaFormatException {
        if (!has(variable)) {
            throw error(variable, "variable is missing; expected " + expected);
        }
        Dataset ds = (Dataset) hdf.getChildren().get(variable);
        if (!ds.isScalar() && ds.getSize() == 0) {
            return new Variable(variable, ds.getDimensions(), new double[0]);
        }
        Object flat;
        try {
            flat = ds.getDataFlat();
        } catch (RuntimeException e) {
            throw new SofaFormatException(fileName, variable, "cannot read the data (" + e.getMessage()
                    + "); expected " + expected, e);
        }
        double[] values = toDoubles(flat, variable, expected);
        int[] shape = ds.isScalar() ? new int[] {1} : ds.getDimensions();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw error(variable, "value " + values[i] + " at " + indexText(shape, i)
                        + "; expected finite numbers");
            }
        }
        return new Variable(variable, shape, values);
    }

    private double[] toDoubles(Object flat, String variable, String expected) throws SofaFormatException {
        if (flat instanceof double[] d) {
            return d;
        }
        if (flat instanceof float[] f) {
            double[] d = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                d[i] = f[i];
            }
            return d;
        }
        if (flat instanceof int[] a) {
            return Arrays.stream(a).asDoubleStream().toArray();
        }
        if (flat instanceof long[] a) {
            return Arrays.stream(a).asDoubleStream().toArray();
        }
        if (flat instanceof short[] a) {
            double[] d = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                d[i] = a[i];
            }
            return d;
        }
        if (flat instanceof byte[] a) {
            double[] d = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                d[i] = a[i];
            }
            return d;
        }
        String type = flat == null ? "no data" : flat.getClass().getSimpleName();
        throw error(variable, "holds " + type + ", not numbers; expected " + expected);
    }

    private static String indexText(int[] shape, int flatIndex) {
        int[] idx = new int[shape.length];
        int rest = flatIndex;
        for (int d = shape.length - 1; d >= 0; d--) {
            int size = Math.max(1, shape[d]);
            idx[d] = rest % size;
            rest /= size;
        }
        return "index " + Arrays.toString(idx);
    }

    /** @return a string attribute of a variable (or of the file, for variable null); null if absent or empty */
    String attribute(String variable, String name) {
        Node node = variable == null ? hdf : hdf.getChildren().get(variable);
        if (node == null) {
            return null;
        }
        Attribute a = node.getAttributes().get(name);
        return a == null ? null : attributeText(a);
    }

    /** @return every global attribute that holds text or numbers, as text, in file order */
    Map<String, String> globalAttributes() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Attribute> e : hdf.getAttributes().entrySet()) {
            String v = attributeText(e.getValue());
            if (v != null && !v.isBlank()) {
                out.put(e.getKey(), v.strip());
            }
        }
        return out;
    }

    private static String attributeText(Attribute a) {
        if (a.isEmpty()) {
            return null;
        }
        Object d;
        try {
            d = a.getData();
        } catch (RuntimeException e) {
            return null;
        }
        if (d instanceof String s) {
            return s;
        }
        if (d instanceof String[] arr && arr.length > 0) {
            return String.join(", ", arr);
        }
        if (d instanceof Number n) {
            return n.toString();
        }
        if (d instanceof double[] arr) {
            return Arrays.toString(arr);
        }
        return null;
    }
}
