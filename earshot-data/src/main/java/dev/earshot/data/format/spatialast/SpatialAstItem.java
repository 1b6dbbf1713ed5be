package dev.earshot.data.format.spatialast;

import dev.earshot.spatial.geom.Vec3;

import java.nio.file.Path;
import java.util.List;

/**
 * One item of a Spatial-AST dataset: an audio-json entry paired with the reverb-json entry at the same
 * position.
 *
 * @param folder         audio folder
 * @param id             audio id
 * @param labels         class labels
 * @param audioPath      {@code <root>/<folder>/<id>.wav}
 * @param rirPath        {@code <root>/binaural/<fname>}
 * @param sensorPosition sensor position, Spatial-AST axes
 * @param sourcePosition source position, Spatial-AST axes
 */
public record SpatialAstItem(String folder, String id, List<String> labels, Path audioPath, Path rirPath,
                             Vec3 sensorPosition, Vec3 sourcePosition) {
    /** @return the class targets Spatial-AST computes for this item */
    public SpatialAstTargets targets() {
        return SpatialAstConvention.targets(sensorPosition, sourcePosition);
    }
}
