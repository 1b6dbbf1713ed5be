package dev.earshot.data.format.disse;

/** A source of uniform choices, like Python's {@code random.choice} over a sequence of length n. */
@FunctionalInterface
public interface ChoiceSource {
    /**
     * @param n number of options, positive
     * @return an index in [0, n)
     */
    int choose(int n);
}
