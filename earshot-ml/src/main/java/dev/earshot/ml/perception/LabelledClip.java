package dev.earshot.ml.perception;

import dev.earshot.audio.AudioBuffer;
import java.util.Set;

/**
 * A binaural clip with its ground truth, for training and evaluation: one source's classes and position
 * relative to the listener in Earshot's convention.
 *
 * @param id           clip identifier (for reports)
 * @param binaural     two channels (left ear, right ear)
 * @param labels       the classes present (at least one)
 * @param azimuthDeg   true azimuth in degrees, +90 = left
 * @param elevationDeg true elevation in degrees, +90 = up
 * @param distanceM    true distance in metres, positive
 */
public record LabelledClip(String id, AudioBuffer binaural, Set<String> labels, double azimuthDeg, double elevationDeg,
                           double distanceM) {
    /**
     * Validates.
     *
     * @throws IllegalArgumentException if the audio is not two-channel, there is no label, the elevation is outside
     *                                  [-90, 90] or the distance is not positive (messages name the clip)
     */
    public LabelledClip {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("clip id must be non-blank");
        }
        if (binaural == null || binaural.channels() != 2) {
            throw new IllegalArgumentException("clip " + id + ": expected binaural audio (2 channels), got "
                    + (binaural == null ? "null" : binaural.channels() + " channel(s)"));
        }
        if (labels == null || labels.isEmpty()) {
            throw new IllegalArgumentException("clip " + id + ": expected at least one label");
        }
        if (!Double.isFinite(azimuthDeg) || !(elevationDeg >= -90 && elevationDeg <= 90)) {
            throw new IllegalArgumentException("clip " + id + ": expected a finite azimuth and elevation in [-90, 90], got "
                    + azimuthDeg + ", " + elevationDeg);
        }
        if (!(distanceM > 0) || !Double.isFinite(distanceM)) {
            throw new IllegalArgumentException("clip " + id + ": distanceM must be positive, got " + distanceM);
        }
        labels = Set.copyOf(labels);
    }
}
