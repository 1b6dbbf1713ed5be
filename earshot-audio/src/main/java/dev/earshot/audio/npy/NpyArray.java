package dev.earshot.audio.npy;

import java.util.Arrays;

/**
 * An n-dimensional numeric array as stored in a .npy file. Values are held as doubles, which
 * represent every float32, float64, int16 and int32 value exactly; {@code dtype} records the stored
 * type. {@code data} is in the file's memory order: row-major (C) unless {@code fortranOrder}.
 *
 * <p>The record owns the arrays passed to it (no copies, for large arrays); accessors return them.
 *
 * @param shape        dimensions, each &gt;= 0 (empty for a scalar)
 * @param fortranOrder whether {@code data} is column-major
 * @param data         the elements, {@code product(shape)} of them
 * @param dtype        the stored element type
 */
public record NpyArray(int[] shape, boolean fortranOrder, double[] data, NpyDtype dtype) {
    /**
     * Validates the array.
     *
     * @param shape        dimensions
     * @param fortranOrder whether data is column-major
     * @param data         the elements in memory order
     * @param dtype        the stored element type
     * @throws IllegalArgumentException on null fields, a negative dimension, or a data length that is
     *                                  not the product of the shape
     */
    public NpyArray {
        if (shape == null || data == null || dtype == null) {
            throw new IllegalArgumentException("shape, data and dtype are required");
        }
        requireElementCount(shape, data.length);
    }

    /**
     * Checks that an array shape describes exactly {@code length} elements.
     *
     * @param shape  dimensions (row-major or column-major: the count is the same)
     * @param length the number of elements present
     * @throws IllegalArgumentException on a negative dimension, or when the product of the shape is not
     *                                  {@code length} (the message gives both)
     */
    public static void requireElementCount(int[] shape, int length) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            n *= d;
        }
        if (n != length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n
                    + " elements, data has " + length);
        }
    }

    /**
     * A row-major float64 array.
     *
     * @param data  elements in C order
     * @param shape dimensions
     * @return the array
     */
    public static NpyArray ofDoubles(double[] data, int... shape) {
        return new NpyArray(shape, false, data, NpyDtype.FLOAT64);
    }

    /**
     * A row-major float32 array (the values are widened to double, exactly).
     *
     * @param data  elements in C order
     * @param shape dimensions
     * @return the array
     */
    public static NpyArray ofFloats(float[] data, int... shape) {
        double[] d = new double[data.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = data[i];
        }
        return new NpyArray(shape, false, d, NpyDtype.FLOAT32);
    }

    /**
     * A [channels][samples] matrix as a row-major 2-D array.
     *
     * @param matrix rows of equal length
     * @param dtype  FLOAT32 or FLOAT64 (the type to store when written)
     * @return the array, shape [rows, cols]
     * @throws IllegalArgumentException if rows differ in length or there are none
     */
    public static NpyArray ofMatrix(float[][] matrix, NpyDtype dtype) {
        if (matrix == null || matrix.length == 0) {
            throw new IllegalArgumentException("matrix needs at least one row");
        }
        int cols = matrix[0].length;
        double[] d = new double[matrix.length * cols];
        for (int r = 0; r < matrix.length; r++) {
            if (matrix[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + matrix[r].length + " columns, expected " + cols);
            }
            for (int c = 0; c < cols; c++) {
                d[r * cols + c] = matrix[r][c];
            }
        }
        return new NpyArray(new int[] {matrix.length, cols}, false, d, dtype);
    }

    /** @return the number of dimensions */
    public int rank() {
        return shape.length;
    }

    /** @return the number of elements */
    public int size() {
        return data.length;
    }

    /**
     * One element by its index, honouring the memory order.
     *
     * @param index one index per dimension
     * @return the element
     * @throws IndexOutOfBoundsException on a wrong index count or an index out of range
     */
    public double get(int... index) {
        return data[offset(index)];
    }

    private int offset(int[] index) {
        if (index.length != shape.length) {
            throw new IndexOutOfBoundsException("expected " + shape.length + " indices, got " + index.length);
        }
        int off = 0;
        for (int k = 0; k < shape.length; k++) {
            int d = fortranOrder ? shape.length - 1 - k : k;
            if (index[d] < 0 || index[d] >= shape[d]) {
                throw new IndexOutOfBoundsException("index " + index[d] + " out of range for dimension " + d + " of size " + shape[d]);
            }
            off = off * shape[d] + index[d];
        }
        return off;
    }

    /** @return this array in row-major order (itself if it already is) */
    public NpyArray toCOrder() {
        if (!fortranOrder || shape.length < 2) {
            return fortranOrder ? new NpyArray(shape, false, data, dtype) : this;
        }
        double[] c = new double[data.length];
        int[] idx = new int[shape.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = data[offset(idx)];
            for (int k = shape.length - 1; k >= 0; k--) {
                if (++idx[k] < shape[k]) {
                    break;
                }
                idx[k] = 0;
            }
        }
        return new NpyArray(shape, false, c, dtype);
    }

    /**
     * A 2-D array as a float matrix {@code [rows][cols]}, e.g. an RIR {@code [channels][samples]}.
     *
     * @return a new matrix (values rounded to float)
     * @throws IllegalStateException if the array is not 2-D
     */
    public float[][] toFloatMatrix() {
        if (shape.length != 2) {
            throw new IllegalStateException("expected a 2-D array [channels, samples], got shape " + Arrays.toString(shape));
        }
        float[][] m = new float[shape[0]][shape[1]];
        for (int r = 0; r < shape[0]; r++) {
            for (int c = 0; c < shape[1]; c++) {
                m[r][c] = (float) data[fortranOrder ? c * shape[0] + r : r * shape[1] + c];
            }
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyArray a && a.fortranOrder == fortranOrder && a.dtype == dtype
                && Arrays.equals(a.shape, shape) && Arrays.equals(a.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(shape) + Arrays.hashCode(data)) + dtype.hashCode() + (fortranOrder ? 1 : 0);
    }

    @Override
    public String toString() {
        return "NpyArray[" + dtype + " " + Arrays.toString(shape) + (fortranOrder ? " F-order" : "") + "]";
    }
}
