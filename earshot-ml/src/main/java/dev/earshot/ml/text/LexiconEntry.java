package dev.earshot.ml.text;

import java.util.List;

/**
 * One word or phrase of the {@link SpatialLexicon}.
 *
 * @param term   the phrase as written (e.g. "front-left", "왼쪽 앞")
 * @param tokens the phrase's normalised tokens (lower-case, split at spaces, hyphens and punctuation)
 * @param lang   "en" or "ko"
 * @param cue    what it says
 * @param value  the number it stands for, in the cue's unit (Earshot convention); 0 for MOTION/ROLE
 * @param label  for MOTION a {@link Motion} name, for ROLE a {@link Role} name; otherwise empty
 * @param stem   true if the last token matches any word that starts with it (Korean verb/adjective
 *               stems like "가까", English stems like "approach"); false for whole words (English
 *               inflections -s/-es/-ed/-ing/-ly/-ward and Korean particles are always allowed)
 * @param source where the entry comes from: "text2hoa" (docs/lexicon_complete.json) or "earshot"
 */
public record LexiconEntry(String term, List<String> tokens, String lang, Cue cue, double value, String label,
                           boolean stem, String source) {
    /** @throws IllegalArgumentException if a field is missing or the value is not finite */
    public LexiconEntry {
        if (term == null || tokens == null || tokens.isEmpty() || lang == null || cue == null || label == null
                || source == null) {
            throw new IllegalArgumentException("lexicon entry needs term, tokens, lang, cue, label and source: " + term);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("lexicon entry '" + term + "' has a non-finite value");
        }
        tokens = List.copyOf(tokens);
    }
}
