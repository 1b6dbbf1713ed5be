package dev.earshot.ml.perception;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a perceiver heard in one clip, in Earshot's convention: the output type shared by the classical baseline
 * and the neural models. JSON form: {@link PerceptionJson}.
 *
 * @param events        scored classes, sorted by decreasing probability (ties by label); a perceiver lists every
 *                      class it scores, so that evaluation sees the full score vector (an unlisted class counts
 *                      as probability 0)
 * @param azimuthDeg    direction of arrival, azimuth in degrees, 0 = front, +90 = left, in (-180, 180]
 * @param elevationDeg  elevation in degrees, +90 = up, in [-90, 90]
 * @param distanceM     source distance in metres, positive
 * @param doaConfidence how sure the perceiver is of the direction, in [0, 1] (for the classical baseline the
 *                      posterior mass within 20 degrees of the estimate; for a classification head the
 *                      probability mass around the argmax)
 */
public record Perception(List<EventScore> events, double azimuthDeg, double elevationDeg, double distanceM,
                         double doaConfidence) {
    /**
     * Validates, wraps the azimuth into (-180, 180] and sorts the events.
     *
     * @throws IllegalArgumentException if events is null or has a duplicate label, a value is not finite, the
     *                                  elevation is outside [-90, 90], the distance is not positive or the
     *                                  confidence is outside [0, 1]
     */
    public Perception {
        if (events == null) {
            throw new IllegalArgumentException("events must not be null (use an empty list)");
        }
        Set<String> seen = new HashSet<>();
        for (EventScore e : events) {
            if (e == null || !seen.add(e.label())) {
                throw new IllegalArgumentException("events: null entry or duplicate label " + (e == null ? "" : e.label()));
            }
        }
        if (!Double.isFinite(azimuthDeg)) {
            throw new IllegalArgumentException("azimuthDeg must be finite, got " + azimuthDeg);
        }
        if (!(elevationDeg >= -90 && elevationDeg <= 90)) {
            throw new IllegalArgumentException("elevationDeg must be in [-90, 90], got " + elevationDeg);
        }
        if (!(distanceM > 0) || !Double.isFinite(distanceM)) {
            throw new IllegalArgumentException("distanceM must be positive and finite, got " + distanceM);
        }
        if (!(doaConfidence >= 0 && doaConfidence <= 1)) {
            throw new IllegalArgumentException("doaConfidence must be in [0, 1], got " + doaConfidence);
        }
        List<EventScore> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingDouble(EventScore::probability).reversed().thenComparing(EventScore::label));
        events = List.copyOf(sorted);
        azimuthDeg = dev.earshot.spatial.geom.Direction.wrapDeg(azimuthDeg);
    }

    /**
     * The probability of one class.
     *
     * @param label class label
     * @return its probability, 0 if the perceiver did not list it
     */
    public double probability(String label) {
        for (EventScore e : events) {
            if (e.label().equals(label)) {
                return e.probability();
            }
        }
        return 0;
    }

    /**
     * The events worth showing a person.
     *
     * @param minProbability smallest probability to keep
     * @param maxCount       most events to return
     * @return the first events (highest probability) with at least that probability
     */
    public List<EventScore> topEvents(double minProbability, int maxCount) {
        return events.stream().filter(e -> e.probability() >= minProbability).limit(maxCount).toList();
    }
}
