package dev.earshot.ml.text;

/**
 * Anything that turns a free-text description (English or Korean) into a {@link SpatialIntent}: the
 * lexicon {@link RuleParser}, the text2hoa baselines, and later learned models.
 *
 * <p>Contract: {@link #parse} never throws for any string (empty, very long, any language or script)
 * and never returns non-finite numbers; a text without cues yields the parser's neutral defaults
 * with low confidence. A {@code null} text is treated as empty.
 */
public interface TextToSpatial {

    /**
     * Reads a description.
     *
     * @param text the description, any language; {@code null} is treated as empty
     * @return the spatial intent, Earshot convention (+azimuth = left)
     */
    SpatialIntent parse(String text);

    /** @return a short name for reports (e.g. "rule-parser") */
    default String name() {
        return getClass().getSimpleName();
    }
}
