package dev.earshot.ml.checkpoint;

import dev.earshot.audio.npy.NpyArray;
import java.util.Arrays;

/**
 * A dense tensor read from a checkpoint: its shape and its elements in row-major (C) order, converted to
 * {@code float} whatever the stored dtype (float16, bfloat16 and float64 are converted exactly or rounded to
 * nearest; integer and boolean tensors such as {@code num_batches_tracked} become their numeric value).
 * Strides and storage offsets of the stored view have already been applied, so {@code data} is contiguous.
 *
 * <p>The arrays are owned by the record; callers must not modify them.
 *
 * @param shape the size of each dimension (empty for a scalar), each at least 0
 * @param data  the elements in row-major order; length = product of {@code shape}
 */
public record Tensor(int[] shape, float[] data) {
    /**
     * Validates the shape against the data length.
     *
     * @throws IllegalArgumentException if an argument is null, a dimension is negative or the element count
     *                                  differs from the product of the shape
     */
    public Tensor {
        if (shape == null || data == null) {
            throw new IllegalArgumentException("shape and data must not be null");
        }
        NpyArray.requireElementCount(shape, data.length);
    }

    /** @return the number of elements */
    public int numel() {
        return data.length;
    }

    /** @return the shape as text, e.g. {@code [768, 1, 16, 16]} */
    public String shapeText() {
        return Arrays.toString(shape);
    }

    /**
     * Whether this tensor has exactly the given shape.
     *
     * @param expected the expected dimensions
     * @return true if the rank and every dimension match
     */
    public boolean hasShape(int... expected) {
        return Arrays.equals(shape, expected);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Tensor" + Arrays.toString(shape);
    }
}
