package dev.earshot.ml.text;

import java.util.List;

/**
 * A phrase of a text found in the {@link SpatialLexicon}.
 *
 * @param entries    every entry with this phrase (a phrase can carry several cues, e.g. wet and room)
 * @param firstToken index of the first matched token of the text
 * @param tokenCount number of tokens matched
 * @param surface    the matched words as they appear in the text
 * @param role       start/end marker of the phrase (from a preceding "from"/"to" or a Korean
 *                   particle such as 에서 / 으로)
 */
public record LexiconMatch(List<LexiconEntry> entries, int firstToken, int tokenCount, String surface, Role role) {
    /** Copies the list. */
    public LexiconMatch {
        entries = List.copyOf(entries);
    }

    /** @param cue a cue @return the first entry with that cue, or null */
    public LexiconEntry entry(Cue cue) {
        for (LexiconEntry e : entries) {
            if (e.cue() == cue) {
                return e;
            }
        }
        return null;
    }
}
