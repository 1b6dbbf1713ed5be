package dev.earshot.data.format.spatialsoundqa;

import dev.earshot.spatial.geom.Vec3;

import java.util.List;

/**
 * What {@link QaGenerator} knows about one source (Earshot convention, receiver frame).
 *
 * @param audioId      audio id of its dry clip
 * @param reverbId     reverb id of its RIR
 * @param classes      class labels (display names)
 * @param azimuthDeg   azimuth, +left
 * @param elevationDeg elevation, +up
 * @param distanceM    distance in metres
 * @param relativeM    position relative to the receiver (x front, y left, z up), metres
 */
public record QaSource(String audioId, String reverbId, List<String> classes, double azimuthDeg, double elevationDeg,
                       double distanceM, Vec3 relativeM) {
    /** Copies the classes. */
    public QaSource {
        if (classes == null || classes.isEmpty()) {
            throw new IllegalArgumentException("a QA source needs at least one class");
        }
        classes = List.copyOf(classes);
    }

    /** @return the name used in questions: the first class, lower-cased */
    public String name() {
        return classes.get(0).toLowerCase(java.util.Locale.ROOT);
    }
}
