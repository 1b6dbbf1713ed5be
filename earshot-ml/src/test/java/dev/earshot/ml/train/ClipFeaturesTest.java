package dev.earshot.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.ml.model.ModelKind;
import org.junit.jupiter.api.Test;

class ClipFeaturesTest {
    @Test
    void dspastGivesSixMapsWithTheIldClampedToAFiniteRange() {
        int n = ClipFeatures.samplesFor(32);
        float[] l = new float[n];
        float[] r = new float[n];
        for (int k = 0; k < n; k++) {
            l[k] = (float) (0.9 * Math.sin(2 * Math.PI * 500 * k / 32000.0));
            r[k] = 1e-4f * l[k]; // 80 dB louder on the left: exp(dB difference) overflows float32
        }
        float[][][] m = ClipFeatures.compute(ModelKind.DSPAST, new AudioBuffer(new float[][] {l, r}, 32000), 32);
        assertEquals(6, m.length);
        assertEquals(32, m[3].length);
        float max = 0;
        for (float[] row : m[3]) {
            for (float v : row) {
                assertTrue(Float.isFinite(v) && v >= 0 && v <= ClipFeatures.MAX_ILD, "ILD " + v);
                max = Math.max(max, v);
            }
        }
        assertEquals(ClipFeatures.MAX_ILD, max);
    }

    @Test
    void spatialAstGivesFourMaps() {
        int n = ClipFeatures.samplesFor(32);
        float[] l = new float[n];
        l[100] = 0.5f;
        float[][][] m = ClipFeatures.compute(ModelKind.SPATIAL_AST, new AudioBuffer(new float[][] {l, l.clone()}, 32000), 32);
        assertEquals(4, m.length);
    }
}
