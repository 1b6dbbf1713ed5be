package dev.earshot.ml.model;

import dev.earshot.spatial.convention.SpatialAstConvention;
import dev.earshot.spatial.convention.SpatialAstTarget;
import dev.earshot.spatial.geom.Direction;

/**
 * The four outputs of an encoder for a batch, one row per clip. Spatial-AST gives logits for every head;
 * DSpAST gives class logits and, for distance/azimuth/elevation, the AdaCos cosines (argmax is what counts).
 *
 * @param classLogits     {@code [B][numClasses]} sound-event logits (sigmoid gives probabilities)
 * @param distanceScores  {@code [B][21]}: class i = i x 0.5 m
 * @param azimuthScores   {@code [B][360]}: class i = i degrees in the Spatial-AST frame (SPEC 1.3)
 * @param elevationScores {@code [B][180]}: class i = i - 90 degrees
 */
public record ModelOutput(float[][] classLogits, float[][] distanceScores, float[][] azimuthScores,
        float[][] elevationScores) {
    /**
     * Validates that all four have the same batch size and the fixed head widths.
     *
     * @throws IllegalArgumentException otherwise
     */
    public ModelOutput {
        if (classLogits == null || distanceScores == null || azimuthScores == null || elevationScores == null) {
            throw new IllegalArgumentException("outputs must not be null");
        }
        int b = classLogits.length;
        if (distanceScores.length != b || azimuthScores.length != b || elevationScores.length != b) {
            throw new IllegalArgumentException("outputs disagree on the batch size");
        }
        for (int i = 0; i < b; i++) {
            if (distanceScores[i].length != ModelConfig.DISTANCE_CLASSES
                    || azimuthScores[i].length != ModelConfig.AZIMUTH_CLASSES
                    || elevationScores[i].length != ModelConfig.ELEVATION_CLASSES) {
                throw new IllegalArgumentException("clip " + i + ": head widths must be 21/360/180");
            }
        }
    }

    /** @return the number of clips */
    public int batchSize() {
        return classLogits.length;
    }

    /**
     * The argmax classes of one clip.
     *
     * @param clip index in the batch
     * @return distance, azimuth and elevation classes (SPEC 1.3 encoding)
     */
    public SpatialAstTarget target(int clip) {
        return new SpatialAstTarget(argmax(distanceScores[clip]), argmax(azimuthScores[clip]),
                argmax(elevationScores[clip]));
    }

    /**
     * The predicted direction of one clip in the Earshot convention (x front, y left, z up).
     *
     * @param clip index in the batch
     * @return the direction of the argmax azimuth/elevation classes
     */
    public Direction direction(int clip) {
        SpatialAstTarget t = target(clip);
        return SpatialAstConvention.direction(t.azimuthClass(), t.elevationClass());
    }

    /**
     * Sound-event probabilities of one clip (sigmoid of the logits; multi-label).
     *
     * @param clip index in the batch
     * @return probabilities in [0, 1]
     */
    public double[] classProbabilities(int clip) {
        float[] l = classLogits[clip];
        double[] p = new double[l.length];
        for (int i = 0; i < l.length; i++) {
            p[i] = 1.0 / (1.0 + Math.exp(-l[i]));
        }
        return p;
    }

    static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
