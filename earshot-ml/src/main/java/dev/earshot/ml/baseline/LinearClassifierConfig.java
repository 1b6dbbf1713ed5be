package dev.earshot.ml.baseline;

/**
 * Training settings of the {@link LinearEventClassifier}.
 *
 * @param multinomial   true: softmax over classes (one label per clip; several labels share the target mass
 *                      equally); false: one independent logistic regression per class (multi-label)
 * @param l2            L2 penalty {@code (l2 / 2) |W|^2} added to the mean loss (biases not penalised), >= 0
 * @param maxIterations most gradient-descent iterations, >= 1
 * @param tolerance     stop when the gradient's max-norm falls below this, > 0
 * @param seed          seed of the initial weights (small Gaussian, sd 0.01)
 */
public record LinearClassifierConfig(boolean multinomial, double l2, int maxIterations, double tolerance, long seed) {
    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a value is out of range
     */
    public LinearClassifierConfig {
        if (!(l2 >= 0) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("l2 must be finite and >= 0, got " + l2);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance must be positive, got " + tolerance);
        }
    }

    /**
     * Multinomial, l2 0.01, 500 iterations, tolerance 1e-5.
     *
     * @param seed initial-weight seed
     * @return the settings
     */
    public static LinearClassifierConfig defaults(long seed) {
        return new LinearClassifierConfig(true, 0.01, 500, 1e-5, seed);
    }
}
