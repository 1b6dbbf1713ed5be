package dev.earshot.ml.text.text2hoa;

import dev.earshot.ml.text.IntentField;
import dev.earshot.ml.text.SpatialIntent;

/**
 * One labelled text2hoa row, converted to Earshot's convention.
 *
 * <p>The target's per-field {@link SpatialIntent#confidence(IntentField) confidence} holds the row's
 * label weight: the v4 {@code mask} value (1.0 = the text states it, 0.5 = filled in) or 1.0 for every
 * field a flat row carries. Its evidence lists are empty.
 *
 * @param line   1-based line number in the source file
 * @param text   the description
 * @param lang   language code as given ("en", "ko")
 * @param target the labelled parameters, Earshot convention
 * @param azSc0  the raw {@code az_sc[0]} (flat: as in the file; v4: the recovered {@code s})
 * @param azSc1  the raw {@code az_sc[1]} (flat: as in the file; v4: the recovered {@code c})
 */
public record Text2HoaSample(int line, String text, String lang, SpatialIntent target, double azSc0, double azSc1) {

    /** @throws IllegalArgumentException if text, lang or target is missing or the az_sc pair is not finite */
    public Text2HoaSample {
        if (text == null || lang == null || target == null) {
            throw new IllegalArgumentException("text, lang and target are required");
        }
        if (!Double.isFinite(azSc0) || !Double.isFinite(azSc1)) {
            throw new IllegalArgumentException("az_sc must be finite, got " + azSc0 + ", " + azSc1);
        }
    }

    /** @param field a field @return the label weight (v4 mask) of that field */
    public double weight(IntentField field) {
        return target.confidence(field);
    }
}
