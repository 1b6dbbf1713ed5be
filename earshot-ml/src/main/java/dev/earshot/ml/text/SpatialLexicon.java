package dev.earshot.ml.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A bilingual (English, Korean) lexicon of spatial words and the code that finds them in a text.
 *
 * <p>Data: text2hoa's {@code docs/lexicon_complete.json} (its azimuths, +right, are converted to
 * Earshot's +left; gain multipliers to dB offsets, {@code 20 log10(m)}; ranges like "0.5-1.0" to their
 * midpoint, ">5" to 5; ambiguous values like "±90" are skipped and counted in {@link #skippedTerms()}),
 * extended with Earshot's own entries ({@code earshot_lexicon.json}: compounds such as front-left / 왼쪽 앞,
 * movement verbs, elevation, distance, room, width and loudness words). An Earshot entry with the
 * same phrase and cue as a text2hoa entry replaces it.
 *
 * <p>Matching ({@link #match}): tokens as in {@code Tokens} (case-folded, split at spaces, hyphens and
 * punctuation, so "front-left" = "front left"); at each position the longest phrase (most tokens,
 * then most characters) wins and its tokens are consumed; all entries sharing a phrase come back
 * together (the phrase is a stem if any of them is). A token matches an entry token when equal,
 * or when it adds an allowed ending: English -s, -es, -ed, -d, -ing (also e-dropping: rise/rising), -ly,
 * -ward(s); Korean particles attached to the word (에서, 으로, 로, 쪽, 편, 측, 까지, 부터, 의, 을, 를, ...; one-
 * syllable words only take the directional ones). Stem entries match any continuation. Negation is not
 * handled.
 */
public final class SpatialLexicon {

    private static final String TEXT2HOA_RESOURCE = "/dev/earshot/ml/text/lexicon_complete.json";
    private static final String EARSHOT_RESOURCE = "/dev/earshot/ml/text/earshot_lexicon.json";
    private static volatile SpatialLexicon standard;

    private static final List<String> KO_PARTICLES = List.of("에서부터", "쪽에서", "쪽으로", "쪽까지", "편에서", "편으로",
            "측에서", "측으로", "쪽에", "쪽의", "쪽을", "쪽은", "쪽", "편", "측", "에서", "으로", "부터", "까지", "에게", "로",
            "에", "의", "을", "를", "은", "는", "이", "가", "도", "와", "과");
    private static final Set<String> KO_SHORT_OK = Set.of("에서부터", "쪽에서", "쪽으로", "쪽까지", "편에서", "편으로",
            "측에서", "측으로", "쪽에", "쪽의", "쪽을", "쪽은", "쪽", "편", "측", "에서", "으로", "부터", "까지", "로", "에", "의",
            "을", "를");
    private static final Set<String> KO_SOURCE = Set.of("에서부터", "쪽에서", "편에서", "측에서", "에서", "부터");
    private static final Set<String> KO_GOAL = Set.of("쪽으로", "쪽까지", "편으로", "측으로", "으로", "로", "까지");
    private static final List<String> EN_SUFFIXES = List.of("s", "es", "ed", "d", "ing", "ly", "ward", "wards");

    private final List<LexiconEntry> entries;
    /** Phrase groups (entries sharing tokens), longest first, indexed by the first character of the phrase. */
    private final Map<Integer, List<List<LexiconEntry>>> groupsByFirstChar;
    private final int skipped;

    private SpatialLexicon(List<LexiconEntry> entries, int skipped) {
        this.entries = List.copyOf(entries);
        this.skipped = skipped;
        Map<String, List<LexiconEntry>> byPhrase = new LinkedHashMap<>();
        for (LexiconEntry e : entries) {
            byPhrase.computeIfAbsent(String.join(" ", e.tokens()), k -> new ArrayList<>()).add(e);
        }
        List<List<LexiconEntry>> g = new ArrayList<>(byPhrase.values());
        g.sort(Comparator.<List<LexiconEntry>>comparingInt(l -> -l.get(0).tokens().size())
                .thenComparingInt(l -> -String.join("", l.get(0).tokens()).length()));
        Map<Integer, List<List<LexiconEntry>>> index = new java.util.HashMap<>();
        for (List<LexiconEntry> group : g) {
            index.computeIfAbsent(group.get(0).tokens().get(0).codePointAt(0), k -> new ArrayList<>()).add(group);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.groupsByFirstChar = Map.copyOf(index);
    }

    /**
     * The bundled lexicon (text2hoa's plus Earshot's entries), loaded once.
     *
     * @return the lexicon
     * @throws UncheckedIOException if the bundled resources cannot be read (a packaging error)
     */
    public static SpatialLexicon standard() {
        SpatialLexicon s = standard;
        if (s == null) {
            synchronized (SpatialLexicon.class) {
                if (standard == null) {
                    try (InputStream a = resource(TEXT2HOA_RESOURCE); InputStream b = resource(EARSHOT_RESOURCE)) {
                        standard = load(a, b);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                s = standard;
            }
        }
        return s;
    }

    /**
     * Builds a lexicon from the two json documents.
     *
     * @param text2hoaLexicon a document shaped like text2hoa's {@code lexicon_complete.json}, or null
     * @param earshotLexicon  a document shaped like {@code earshot_lexicon.json}, or null
     * @return the lexicon
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if a document has the wrong shape (message names the field)
     */
    public static SpatialLexicon load(InputStream text2hoaLexicon, InputStream earshotLexicon) throws IOException {
        ObjectMapper om = new ObjectMapper();
        Map<String, LexiconEntry> byKey = new LinkedHashMap<>();
        int[] skipped = {0};
        if (text2hoaLexicon != null) {
            LexiconJson.readText2Hoa(om.readTree(text2hoaLexicon), byKey, skipped);
        }
        if (earshotLexicon != null) {
            LexiconJson.readEarshot(om.readTree(earshotLexicon), byKey);
        }
        return new SpatialLexicon(new ArrayList<>(byKey.values()), skipped[0]);
    }

    /** @return all entries, text2hoa's first, then Earshot's */
    public List<LexiconEntry> entries() {
        return entries;
    }

    /** @return number of text2hoa terms skipped because their value is ambiguous (e.g. "±90") */
    public int skippedTerms() {
        return skipped;
    }

    /**
     * Finds the lexicon phrases in a text, left to right, longest first, without overlaps.
     *
     * @param text any text; null or empty gives no matches
     * @return the matches in text order
     */
    public List<LexiconMatch> match(String text) {
        String prepared = Tokens.prepare(text);
        List<Tokens.Token> toks = Tokens.tokenize(prepared);
        List<LexiconMatch> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            LexiconMatch m = matchAt(toks, i, prepared);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i += m.tokenCount();
            }
        }
        return out;
    }

    private LexiconMatch matchAt(List<Tokens.Token> toks, int i, String prepared) {
        for (List<LexiconEntry> group : groupsByFirstChar.getOrDefault(toks.get(i).text().codePointAt(0), List.of())) {
            LexiconEntry e = group.get(0);
            List<String> et = e.tokens();
            if (i + et.size() > toks.size()) {
                continue;
            }
            String lastSuffix = null;
            boolean ok = true;
            for (int k = 0; k < et.size() && ok; k++) {
                String suffix = suffix(toks.get(i + k).text(), et.get(k), k == et.size() - 1 && anyStem(group));
                if (suffix == null) {
                    ok = false;
                } else {
                    lastSuffix = suffix;
                }
            }
            if (ok) {
                Tokens.Token first = toks.get(i);
                Tokens.Token last = toks.get(i + et.size() - 1);
                String surface = prepared.substring(first.start(), last.end());
                return new LexiconMatch(group, i, et.size(), surface, role(toks, i, et.size(), lastSuffix));
            }
        }
        return null;
    }

    private static boolean anyStem(List<LexiconEntry> group) {
        for (LexiconEntry e : group) {
            if (e.stem()) {
                return true;
            }
        }
        return false;
    }

    /** @return the ending the token adds to the entry token ("" if equal), or null if it does not match */
    static String suffix(String token, String entryToken, boolean stem) {
        if (token.equals(entryToken)) {
            return "";
        }
        if (!token.startsWith(entryToken)) {
            if (!Tokens.isHangul(entryToken) && entryToken.endsWith("e") && entryToken.length() > 2) {
                String base = entryToken.substring(0, entryToken.length() - 1);
                if (token.equals(base + "ing")) {
                    return "ing";
                }
            }
            return null;
        }
        String rest = token.substring(entryToken.length());
        if (stem) {
            return rest;
        }
        if (Tokens.isHangul(entryToken)) {
            boolean shortWord = entryToken.length() == 1;
            for (String p : KO_PARTICLES) {
                if (rest.equals(p) && (!shortWord || KO_SHORT_OK.contains(p))) {
                    return rest;
                }
            }
            return null;
        }
        return EN_SUFFIXES.contains(rest) ? rest : null;
    }

    private static Role role(List<Tokens.Token> toks, int i, int len, String lastSuffix) {
        if (lastSuffix != null && !lastSuffix.isEmpty()) {
            if (KO_SOURCE.contains(lastSuffix)) {
                return Role.SOURCE;
            }
            if (KO_GOAL.contains(lastSuffix)) {
                return Role.GOAL;
            }
        }
        int p = i - 1;
        while (p >= 0 && Set.of("the", "a", "an", "stage", "house", "far", "off").contains(toks.get(p).text())) {
            p--;
        }
        if (p >= 0) {
            String prev = toks.get(p).text();
            if (prev.equals("from")) {
                return Role.SOURCE;
            }
            if (Set.of("to", "toward", "towards", "into", "onto").contains(prev)) {
                return Role.GOAL;
            }
        }
        int next = i + len;
        if (next < toks.size() && toks.get(next).text().equals("to")) {
            return Role.SOURCE;
        }
        return Role.NONE;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SpatialLexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing bundled resource " + name);
        }
        return in;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SpatialLexicon[%d entries, %d skipped]", entries.size(), skipped);
    }
}
