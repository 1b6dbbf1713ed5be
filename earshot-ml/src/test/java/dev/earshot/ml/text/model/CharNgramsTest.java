package dev.earshot.ml.text.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CharNgramsTest {

    @Test
    void normalisesCaseSpacingAndPunctuation() {
        assertEquals(" front left ", CharNgrams.normalise("  Front-LEFT!! "));
        assertEquals(" 왼쪽 앞 ", CharNgrams.normalise("왼쪽, 앞"));
        assertEquals(" ", CharNgrams.normalise(null));
        assertEquals(" ", CharNgrams.normalise("?!"));
    }

    @Test
    void twoLetterWordHasSevenEqualNgramsOfNormOne() {
        // " ab " -> a, b, " a", ab, "b ", " ab", "ab ", " ab " : 8 n-grams; 1-grams of a space are skipped
        CharNgrams ng = new CharNgrams(1 << 20);
        float[] v = new float[1 << 20];
        ng.features("ab", v, 0);
        int nonZero = 0;
        double sq = 0;
        for (float f : v) {
            if (f != 0) {
                nonZero++;
                assertEquals(1 / Math.sqrt(8), f, 1e-6);
            }
            sq += f * f;
        }
        assertEquals(8, nonZero);
        assertEquals(1.0, sq, 1e-6);
    }

    @Test
    void repeatedNgramsAreLogCounted() {
        // " aa " -> a x2, " a", aa, "a ", " aa", "aa ", " aa " : a has count 2 -> log(3), the other 6 log(2)
        CharNgrams ng = new CharNgrams(1 << 20);
        float[] v = new float[1 << 20];
        ng.features("aa", v, 0);
        double norm = Math.sqrt(Math.log(3) * Math.log(3) + 6 * Math.log(2) * Math.log(2));
        int[] cps = " aa ".codePoints().toArray();
        int bucketA = CharNgrams.hash(cps, 1, 1) & ((1 << 20) - 1);
        assertEquals(Math.log(3) / norm, v[bucketA], 1e-6);
    }

    @Test
    void textWithoutLettersGivesZeros() {
        CharNgrams ng = new CharNgrams(64);
        float[] v = new float[64];
        ng.features("... !!", v, 0);
        assertArrayEquals(new float[64], v);
    }

    @Test
    void rejectsBucketCountsThatAreNotPowersOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new CharNgrams(1000));
    }
}
