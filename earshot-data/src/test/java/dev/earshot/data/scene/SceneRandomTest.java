package dev.earshot.data.scene;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SceneRandomTest {

    @Test
    void nextLongMatchesTheJdkSplitMix64() {
        // java.util.SplittableRandom(seed) is SplitMix64 with the golden gamma: an independent reference
        SplittableRandom ref = new SplittableRandom(1234567L);
        SceneRandom r = new SceneRandom(1234567L);
        for (int i = 0; i < 1000; i++) {
            assertEquals(ref.nextLong(), r.nextLong());
        }
    }

    @Test
    void nextLongMatchesPublishedSplitMix64Vector() {
        // Vigna's splitmix64.c, seed 0: first output 0xe220a8397b1dcdaf
        assertEquals(0xe220a8397b1dcdafL, new SceneRandom(0).nextLong());
    }

    @Test
    void nextIntIsWithinBoundAndRoughlyUniform() {
        SceneRandom r = new SceneRandom(7);
        int[] counts = new int[7];
        for (int i = 0; i < 70000; i++) {
            int v = r.nextInt(7);
            assertTrue(v >= 0 && v < 7);
            counts[v]++;
        }
        double chi2 = 0;
        for (int c : counts) {
            chi2 += (c - 10000.0) * (c - 10000.0) / 10000.0;
        }
        assertTrue(chi2 < 22.5, "chi-square " + chi2 + " (6 dof, p=0.001 bound 22.46)");
    }

    @Test
    void itemStreamsDependOnlyOnSeedAndIndex() {
        assertEquals(SceneRandom.of(5, 17).nextLong(), SceneRandom.of(5, 17).nextLong());
        assertNotEquals(SceneRandom.of(5, 17).nextLong(), SceneRandom.of(5, 18).nextLong());
        assertNotEquals(SceneRandom.of(5, 17).nextLong(), SceneRandom.of(6, 17).nextLong());
    }

    @Test
    void childStreamDoesNotDependOnDrawsFromOtherChildren() {
        SceneRandom a = SceneRandom.of(1, 2);
        long expected = a.child("room").nextLong();
        SceneRandom b = SceneRandom.of(1, 2);
        SceneRandom clips = b.child("clips");
        for (int i = 0; i < 10; i++) {
            clips.nextLong();
        }
        assertEquals(expected, b.child("room").nextLong());
        assertNotEquals(expected, SceneRandom.of(1, 2).child("clips").nextLong());
    }
}
