package dev.earshot.ml.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tokenisation shared by the lexicon and the parser: NFC-normalised, lower-cased (root locale),
 * tokens are maximal runs of letters or digits (Hangul, Latin, any script); everything else
 * (spaces, hyphens, punctuation) separates tokens.
 */
final class Tokens {

    /** A token: normalised text and its character span in the original string. */
    record Token(String text, int start, int end) {
    }

    /** Longest input considered, in characters; longer texts are cut (keeps parsing linear and bounded). */
    static final int MAX_CHARS = 10_000;

    private Tokens() {
    }

    /** @return the text cut to {@link #MAX_CHARS} and NFC-normalised; token spans refer to this string */
    static String prepare(String text) {
        if (text == null) {
            return "";
        }
        String s = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        String s = prepare(text);
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            out.add(new Token(s.substring(start, i).toLowerCase(Locale.ROOT), start, i));
        }
        return out;
    }

    static List<String> texts(String phrase) {
        List<String> out = new ArrayList<>();
        for (Token t : tokenize(phrase)) {
            out.add(t.text());
        }
        return out;
    }

    static boolean isHangul(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HANGUL) {
                return true;
            }
        }
        return false;
    }
}
