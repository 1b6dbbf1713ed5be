package dev.earshot.ml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.spatial.convention.SpatialAstTarget;
import dev.earshot.spatial.geom.Direction;
import org.junit.jupiter.api.Test;

class ModelOutputTest {
    private static ModelOutput oneHot(int dist, int az, int el) {
        float[][] d = new float[1][21];
        float[][] a = new float[1][360];
        float[][] e = new float[1][180];
        d[0][dist] = 1;
        a[0][az] = 1;
        e[0][el] = 1;
        return new ModelOutput(new float[][] {{0f, 2f}}, d, a, e);
    }

    @Test
    void targetIsTheArgmaxOfEachHead() {
        assertEquals(new SpatialAstTarget(4, 270, 120), oneHot(4, 270, 120).target(0));
    }

    @Test
    void directionUsesTheSpatialAstAdapter() {
        // Spatial-AST azimuth = Earshot azimuth + 90 (0 = right, 90 = front): class 180 -> Earshot +90 (left)
        Direction d = oneHot(0, 180, 120).direction(0);
        assertEquals(90.0, d.azimuthDeg(), 1e-9);
        assertEquals(30.0, d.elevationDeg(), 1e-9);
    }

    @Test
    void classProbabilitiesAreSigmoids() {
        double[] p = oneHot(0, 0, 0).classProbabilities(0);
        assertEquals(0.5, p[0], 1e-12);
        assertEquals(1 / (1 + Math.exp(-2)), p[1], 1e-12);
    }

    @Test
    void headWidthsAreChecked() {
        assertThrows(IllegalArgumentException.class,
                () -> new ModelOutput(new float[1][2], new float[1][20], new float[1][360], new float[1][180]));
    }
}
