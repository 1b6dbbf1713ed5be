package dev.earshot.ml.perception;

/**
 * One sound-event class and the probability a perceiver gives it.
 *
 * @param label       class label (non-blank, as in the sound bank's class map)
 * @param probability probability in [0, 1] that the class is present in the clip
 */
public record EventScore(String label, double probability) {
    /**
     * Validates.
     *
     * @throws IllegalArgumentException if the label is null/blank or the probability is not in [0, 1]
     */
    public EventScore {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("event label must be non-blank, got " + (label == null ? "null" : "\"" + label + "\""));
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability of \"" + label + "\" must be in [0, 1], got " + probability);
        }
    }
}
