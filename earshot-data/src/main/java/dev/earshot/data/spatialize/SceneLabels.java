package dev.earshot.data.spatialize;

import java.util.List;

/**
 * Labels of a rendered scene.
 *
 * @param sources    per-source labels, in scene order
 * @param roomAreaM2 floor area in m^2
 * @param t30Ms      T30 of the room (the first source's omni response) in ms
 * @param drrDb      DRR of the first source's omni response in dB
 */
public record SceneLabels(List<SourceLabel> sources, double roomAreaM2, double t30Ms, double drrDb) {
    /** Copies the list. */
    public SceneLabels {
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("a scene has at least one source label");
        }
        sources = List.copyOf(sources);
    }
}
