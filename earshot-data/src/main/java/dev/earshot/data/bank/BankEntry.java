package dev.earshot.data.bank;

import java.util.Objects;

/**
 * One row of a bank manifest: the clip plus provenance that only the manifest keeps.
 *
 * @param clip         the clip
 * @param originalFile the recording the clip was cut from, as its package or archive names it (e.g.
 *                     {@code "wesnoth-1.16-data:/usr/share/games/wesnoth/1.16/data/core/sounds/horse-die.ogg"});
 *                     non-blank; the clip's {@link BankClip#sourceId()} when the manifest has none
 * @param durationS    clip duration in seconds, at least 0, or NaN when the manifest does not state it
 */
public record BankEntry(BankClip clip, String originalFile, double durationS) {
    /** @throws IllegalArgumentException if the clip is null, the original file blank or the duration negative */
    public BankEntry {
        Objects.requireNonNull(clip, "clip");
        if (originalFile == null || originalFile.isBlank()) {
            throw new IllegalArgumentException("clip '" + clip.id() + "': original file must be non-blank");
        }
        if (durationS < 0 || Double.isInfinite(durationS)) {
            throw new IllegalArgumentException("clip '" + clip.id() + "': duration_s must be >= 0 or NaN, got "
                    + durationS);
        }
    }
}
