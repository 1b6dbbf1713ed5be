package dev.earshot.data.bank.build;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SplitAssignerTest {

    private static Map<String, List<String>> classes(int a, int b) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        List<String> x = new ArrayList<>();
        for (int i = 0; i < a; i++) {
            x.add("pkg:/a/" + i + ".wav");
        }
        List<String> y = new ArrayList<>();
        for (int i = 0; i < b; i++) {
            y.add("pkg:/b/" + i + ".wav");
        }
        m.put("a", x);
        m.put("b", y);
        return m;
    }

    @Property(tries = 60)
    void everyOriginalGetsOneSplitAndTheTestShareIsRounded(@ForAll @IntRange(min = 0, max = 40) int n,
                                                           @ForAll @IntRange(min = 0, max = 40) int m,
                                                           @ForAll long seed) {
        Map<String, String> split = new SplitAssigner(0.2, seed).assign(classes(n, m));
        assertEquals(n + m, split.size());
        long testA = split.entrySet().stream().filter(e -> e.getKey().startsWith("pkg:/a/") && e.getValue().equals("test")).count();
        long expected = n < 2 ? 0 : Math.max(1, Math.min(n - 1, Math.round(n * 0.2)));
        assertEquals(expected, testA);
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        Map<String, String> s1 = new SplitAssigner(0.3, 42).assign(classes(60, 10));
        assertEquals(s1, new SplitAssigner(0.3, 42).assign(classes(60, 10)));
        assertNotEquals(s1, new SplitAssigner(0.3, 43).assign(classes(60, 10)));
    }

    @Test
    void repeatedOriginalsCountOnce() {
        Map<String, List<String>> m = Map.of("a", List.of("x", "x", "y", "y", "z"));
        Map<String, String> s = new SplitAssigner(0.34, 1).assign(m);
        assertEquals(3, s.size());
        assertEquals(1, s.values().stream().filter("test"::equals).count());
    }

    @Test
    void anOriginalUnderTwoClassesIsRejected() {
        Map<String, List<String>> m = Map.of("a", List.of("x"), "b", List.of("x"));
        assertThrows(IllegalArgumentException.class, () -> new SplitAssigner(0.2, 1).assign(m));
    }

    @Test
    void zeroFractionPutsEverythingInTrain() {
        Map<String, String> s = new SplitAssigner(0, 1).assign(classes(10, 3));
        assertEquals(13, s.values().stream().filter("train"::equals).count());
    }
}
