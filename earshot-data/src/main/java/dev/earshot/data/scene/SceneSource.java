package dev.earshot.data.scene;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;

import java.util.List;

/**
 * One source of a scene.
 *
 * @param clipId    id of the bank clip
 * @param labels    the clip's class labels
 * @param direction direction from the receiver, Earshot convention (azimuth +left, elevation +up)
 * @param distanceM distance from the receiver in metres
 * @param positionM position in room coordinates (receiver position + distance x direction)
 */
public record SceneSource(String clipId, List<String> labels, Direction direction, double distanceM, Vec3 positionM) {
    /** Copies the labels. @throws IllegalArgumentException on nulls or a non-positive distance */
    public SceneSource {
        if (clipId == null || labels == null || direction == null || positionM == null || !(distanceM > 0)) {
            throw new IllegalArgumentException("invalid scene source " + clipId + " at distance " + distanceM);
        }
        labels = List.copyOf(labels);
    }
}
