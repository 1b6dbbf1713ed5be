package dev.earshot.ml.features;

import dev.earshot.audio.npy.Npy;
import dev.earshot.audio.npy.NpyArray;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Loads the numpy fixtures written by src/test/python/make_feature_fixtures.py. */
final class Fixtures {
    private Fixtures() {
    }

    static NpyArray npy(String name) {
        try {
            return Npy.read(Path.of(Fixtures.class.getResource("/features/" + name).toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static float[][] matrix(String name) {
        return npy(name).toFloatMatrix();
    }

    /** A rank-3 array as [a][b][c]. */
    static float[][][] cube(String name) {
        NpyArray a = npy(name).toCOrder();
        int[] s = a.shape();
        float[][][] out = new float[s[0]][s[1]][s[2]];
        int i = 0;
        for (int x = 0; x < s[0]; x++) {
            for (int y = 0; y < s[1]; y++) {
                for (int z = 0; z < s[2]; z++) {
                    out[x][y][z] = (float) a.data()[i++];
                }
            }
        }
        return out;
    }

    static double maxAbsDiff(float[][] a, float[][] b) {
        if (a.length != b.length) {
            throw new AssertionError("rows " + a.length + " vs " + b.length);
        }
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != b[i].length) {
                throw new AssertionError("row " + i + ": " + a[i].length + " vs " + b[i].length);
            }
            for (int j = 0; j < a[i].length; j++) {
                m = Math.max(m, Math.abs((double) a[i][j] - b[i][j]));
            }
        }
        return m;
    }
}
