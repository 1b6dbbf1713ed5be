package dev.earshot.data.bank.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Assigns whole original recordings to the train or test split, so that no recording has clips in both.
 *
 * <p>Per class, the distinct originals are sorted, shuffled with {@code java.util.Random} seeded by
 * {@code seed} mixed with the class name (the JDK specifies that generator's algorithm, so the result is
 * the same on every JDK), and the first {@code round(n * testFraction)} go to test — at least one when the
 * class has two or more originals, never all of them.
 *
 * @param testFraction share of each class's originals that go to the test split, in [0, 1)
 * @param seed         random seed
 */
public record SplitAssigner(double testFraction, long seed) {
    /** Name of the training split. */
    public static final String TRAIN = "train";
    /** Name of the test split. */
    public static final String TEST = "test";

    /** @throws IllegalArgumentException if testFraction is outside [0, 1) */
    public SplitAssigner {
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in [0, 1), got " + testFraction);
        }
    }

    /**
     * @param originalsByClass for each class the originals its clips come from (repeats are ignored); an
     *                         original listed under two classes must not occur
     * @return the split of every original
     * @throws IllegalArgumentException if an original is listed under two classes
     */
    public Map<String, String> assign(Map<String, ? extends Iterable<String>> originalsByClass) {
        Map<String, String> split = new HashMap<>();
        Map<String, String> owner = new HashMap<>();
        for (Map.Entry<String, ? extends Iterable<String>> e : new java.util.TreeMap<>(originalsByClass).entrySet()) {
            TreeSet<String> distinct = new TreeSet<>();
            e.getValue().forEach(distinct::add);
            List<String> list = new ArrayList<>(distinct);
            for (String o : list) {
                String prev = owner.put(o, e.getKey());
                if (prev != null) {
                    throw new IllegalArgumentException("original '" + o + "' is listed under classes '" + prev
                            + "' and '" + e.getKey() + "'");
                }
            }
            java.util.Collections.shuffle(list, new Random(seed ^ (e.getKey().hashCode() * 0x9E3779B97F4A7C15L)));
            int n = list.size();
            int nTest = (int) Math.round(n * testFraction);
            if (n >= 2 && testFraction > 0) {
                nTest = Math.max(1, Math.min(n - 1, nTest));
            } else {
                nTest = 0;
            }
            for (int i = 0; i < n; i++) {
                split.put(list.get(i), i < nTest ? TEST : TRAIN);
            }
        }
        return split;
    }
}
