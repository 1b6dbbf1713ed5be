package dev.earshot.ml.features;

/**
 * DISSE active and reactive intensity vectors, each {@code [3][bins][frames]} with components in the order
 * Y, Z, X (the layout of the {@code i_act}, {@code i_rea} tensors, {@code [3, 201, 1601]} for 10 s).
 * The arrays are owned by the record: callers must not modify them.
 *
 * @param active   normalised active intensity {@code Re(conj(W) * [Y, Z, X])}
 * @param reactive normalised reactive intensity {@code Im(conj(W) * [Y, Z, X])}
 */
public record IntensityVectors(float[][][] active, float[][][] reactive) {
    /**
     * Validates the shapes.
     *
     * @throws IllegalArgumentException if either is null, not 3 components, or the shapes differ
     */
    public IntensityVectors {
        if (active == null || reactive == null || active.length != 3 || reactive.length != 3) {
            throw new IllegalArgumentException("active and reactive must each have 3 components (Y, Z, X)");
        }
        for (int c = 0; c < 3; c++) {
            if (active[c].length != reactive[c].length || active[c].length == 0
                    || active[c][0].length != reactive[c][0].length) {
                throw new IllegalArgumentException("component " + c + ": active and reactive shapes differ or are empty");
            }
        }
    }

    /** @return number of frequency bins */
    public int bins() {
        return active[0].length;
    }

    /** @return number of frames */
    public int frames() {
        return active[0][0].length;
    }
}
