package dev.earshot.ml.model;

import dev.earshot.audio.npy.Npy;
import dev.earshot.audio.npy.NpyArray;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The fixtures written by src/test/python/make_model_fixtures.py. */
final class ModelFixtures {
    /** The tiny configuration the fixtures were made for. */
    static final ModelConfig TINY = new ModelConfig(32, 2, 4, 4, 64, 64, 16, 5, 16);

    private ModelFixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(ModelFixtures.class.getResource("/model/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static NpyArray npy(String name) {
        try {
            return Npy.read(path(name)).toCOrder();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rank-4 array as [b][c][t][f]. */
    static float[][][][] batch(String name) {
        NpyArray a = npy(name);
        int[] s = a.shape();
        float[][][][] out = new float[s[0]][s[1]][s[2]][s[3]];
        int i = 0;
        for (int b = 0; b < s[0]; b++) {
            for (int c = 0; c < s[1]; c++) {
                for (int t = 0; t < s[2]; t++) {
                    for (int f = 0; f < s[3]; f++) {
                        out[b][c][t][f] = (float) a.data()[i++];
                    }
                }
            }
        }
        return out;
    }

    /** Max |java - numpy| over the four outputs concatenated as the fixture stores them. */
    static double maxAbsDiff(ModelOutput out, NpyArray expected) {
        int cols = expected.shape()[1];
        double m = 0;
        for (int b = 0; b < out.batchSize(); b++) {
            float[][] parts = {out.classLogits()[b], out.distanceScores()[b], out.azimuthScores()[b],
                out.elevationScores()[b]};
            int j = 0;
            for (float[] part : parts) {
                for (float v : part) {
                    m = Math.max(m, Math.abs(v - expected.data()[b * cols + j++]));
                }
            }
            if (j != cols) {
                throw new AssertionError("output width " + j + " vs fixture " + cols);
            }
        }
        return m;
    }
}
