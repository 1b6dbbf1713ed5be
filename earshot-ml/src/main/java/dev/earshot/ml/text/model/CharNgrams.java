package dev.earshot.ml.text.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Language-independent character n-gram features: the NFC-normalised, lower-cased text with runs of
 * non-letter/digit characters collapsed to one space and a space added at both ends; every n-gram of
 * 1 to 4 code points is hashed (FNV-1a 32 bit over its UTF-16 chars, then {@code & (buckets - 1)}) into a
 * power-of-two number of buckets; counts become {@code log(1 + count)} and the vector is L2-normalised
 * (all zeros for a text without letters or digits).
 */
final class CharNgrams {

    /** Shortest n-gram, in code points. */
    static final int MIN_N = 1;
    /** Longest n-gram, in code points. */
    static final int MAX_N = 4;

    private final int buckets;

    /** @param buckets number of hash buckets, a power of two in [16, 2^20] */
    CharNgrams(int buckets) {
        if (buckets < 16 || buckets > (1 << 20) || Integer.bitCount(buckets) != 1) {
            throw new IllegalArgumentException("n-gram buckets must be a power of two in [16, 2^20], got " + buckets);
        }
        this.buckets = buckets;
    }

    /** @return number of buckets (the feature dimension) */
    int dimension() {
        return buckets;
    }

    /** @param text the text (null = empty) @return the normalised form the n-grams are taken from */
    static String normalise(String text) {
        if (text == null) {
            return " ";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length() + 2).append(' ');
        boolean space = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                b.appendCodePoint(cp);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        if (!space) {
            b.append(' ');
        }
        return b.toString();
    }

    /**
     * Adds the features of a text into {@code out[offset .. offset + buckets)}.
     *
     * @param text   the text (null = empty)
     * @param out    destination
     * @param offset first index written
     */
    void features(String text, float[] out, int offset) {
        String s = normalise(text);
        int[] cps = s.codePoints().toArray();
        float[] counts = new float[buckets];
        for (int i = 0; i < cps.length; i++) {
            for (int n = MIN_N; n <= MAX_N && i + n <= cps.length; n++) {
                if (n == 1 && cps[i] == ' ') {
                    continue;
                }
                counts[hash(cps, i, n) & (buckets - 1)]++;
            }
        }
        double norm = 0;
        for (int k = 0; k < buckets; k++) {
            if (counts[k] > 0) {
                counts[k] = (float) Math.log1p(counts[k]);
                norm += counts[k] * (double) counts[k];
            }
        }
        float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
        for (int k = 0; k < buckets; k++) {
            out[offset + k] = counts[k] * inv;
        }
    }

    /** FNV-1a (32 bit) over the UTF-16 chars of code points {@code cps[from .. from + n)}, with n mixed in. */
    static int hash(int[] cps, int from, int n) {
        int h = 0x811C9DC5 ^ n;
        for (int i = from; i < from + n; i++) {
            for (char c : Character.toChars(cps[i])) {
                h ^= c;
                h *= 0x01000193;
            }
        }
        return h ^ (h >>> 15);
    }
}
