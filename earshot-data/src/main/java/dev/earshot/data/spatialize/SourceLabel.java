package dev.earshot.data.spatialize;

import java.util.List;

/**
 * Labels of one rendered source (Earshot convention).
 *
 * @param clipId       bank clip id
 * @param classes      class labels of the clip
 * @param azimuthDeg   azimuth in degrees, +left, (-180, 180]
 * @param elevationDeg elevation in degrees, +up
 * @param distanceM    source-receiver distance in metres
 * @param t30Ms        T30 of the omni room response for this source position in ms (NaN if the decay
 *                     never reached -35 dB)
 * @param drrDb        direct-to-reverberant ratio of that omni response in dB
 */
public record SourceLabel(String clipId, List<String> classes, double azimuthDeg, double elevationDeg,
                          double distanceM, double t30Ms, double drrDb) {
    /** Copies the classes. */
    public SourceLabel {
        if (clipId == null || classes == null) {
            throw new IllegalArgumentException("clipId and classes must not be null");
        }
        classes = List.copyOf(classes);
    }
}
