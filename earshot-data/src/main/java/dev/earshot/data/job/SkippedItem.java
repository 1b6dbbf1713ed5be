package dev.earshot.data.job;

/**
 * A scene that was not written because one of its clips was bad.
 *
 * @param sceneIndex the scene
 * @param clipId     the bad clip
 * @param reason     what was wrong
 */
public record SkippedItem(long sceneIndex, String clipId, String reason) {
    /** @throws IllegalArgumentException on a null clip id or reason */
    public SkippedItem {
        if (clipId == null || reason == null) {
            throw new IllegalArgumentException("clipId and reason must not be null");
        }
    }
}
