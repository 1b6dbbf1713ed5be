package dev.earshot.data.bank;

import java.util.List;
import java.util.Objects;

/**
 * One labelled dry clip of a {@link SoundBank}.
 *
 * @param id       identifier unique within its bank (non-blank; used in dataset file names and labels,
 *                 so it must not contain '/', '\\' or control characters)
 * @param path     where the bank finds the audio: for folder banks a path relative to the bank root with
 *                 '/' separators (or absolute); only the bank that owns the clip interprets it
 * @param labels   class labels (non-empty, each non-blank; order is kept, duplicates are rejected)
 * @param sourceId identifier of the original recording the clip was cut from (non-blank); clips with the
 *                 same source id must stay in the same split
 * @param licence  licence of the recording (SPDX id or free text; non-blank)
 * @param split    split the clip belongs to, e.g. "train" or "test" (non-blank)
 */
public record BankClip(String id, String path, List<String> labels, String sourceId, String licence,
                       String split) {

    /**
     * Validates and defensively copies the labels.
     *
     * @throws IllegalArgumentException if a field is null, blank, or the id contains a path separator or
     *                                  control character, or the labels are empty or repeat
     */
    public BankClip {
        requireText(id, "id");
        if (id.indexOf('/') >= 0 || id.indexOf('\\') >= 0 || id.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("clip id must not contain '/', '\\' or control characters: '"
                    + id + "'");
        }
        requireText(path, "path");
        Objects.requireNonNull(labels, "labels");
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("clip '" + id + "' has no labels; expected at least one class");
        }
        for (String label : labels) {
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("clip '" + id + "' has a blank label");
            }
        }
        if (labels.stream().distinct().count() != labels.size()) {
            throw new IllegalArgumentException("clip '" + id + "' repeats a label: " + labels);
        }
        labels = List.copyOf(labels);
        requireText(sourceId, "sourceId");
        requireText(licence, "licence");
        requireText(split, "split");
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("bank clip field '" + field + "' must be non-blank, got "
                    + (value == null ? "null" : "'" + value + "'"));
        }
    }
}
