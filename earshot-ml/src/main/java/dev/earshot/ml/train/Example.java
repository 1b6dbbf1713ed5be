package dev.earshot.ml.train;

import dev.earshot.ml.perception.LabelledClip;
import dev.earshot.spatial.convention.SpatialAstConvention;
import dev.earshot.spatial.convention.SpatialAstTarget;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import java.util.List;

/** One training example: cached feature maps and its Spatial-AST targets (distance clamped to class 20). */
record Example(String id, float[][][] maps, float[] multiHot, int distanceClass, int azimuthClass, int elevationClass) {

    static Example of(LabelledClip clip, List<String> classes, int frames) {
        return of(clip, classes, frames, dev.earshot.ml.model.ModelKind.SPATIAL_AST);
    }

    static Example of(LabelledClip clip, List<String> classes, int frames, dev.earshot.ml.model.ModelKind kind) {
        float[] hot = new float[classes.size()];
        for (String label : clip.labels()) {
            int i = classes.indexOf(label);
            if (i < 0) {
                throw new IllegalArgumentException("clip " + clip.id() + ": label \"" + label
                        + "\" is not one of the model's classes " + classes);
            }
            hot[i] = 1;
        }
        Vec3 dir = new Direction(clip.azimuthDeg(), clip.elevationDeg()).unitVector();
        double d = Math.min(clip.distanceM(), 10.0);
        SpatialAstTarget t = SpatialAstConvention.target(Vec3.ZERO, dir.times(d));
        return new Example(clip.id(), ClipFeatures.compute(kind, clip.binaural(), frames), hot, t.distanceClass(),
                t.azimuthClass(), t.elevationClass());
    }
}
