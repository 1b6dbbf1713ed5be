package dev.earshot.ml.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.audio.npy.Npy;
import dev.earshot.audio.npy.NpyArray;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Loads the fixtures written by src/test/python/make_feature_fixtures.py (numpy sklearn-AP and Spatial-AST code). */
final class MetricFixtures {
    private MetricFixtures() {
    }

    private static Path path(String name) {
        try {
            return Path.of(MetricFixtures.class.getResource("/metrics/" + name).toURI());
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

    static double[][] matrix(String name) {
        NpyArray a = npy(name);
        int r = a.shape()[0];
        int c = a.shape()[1];
        double[][] m = new double[r][c];
        for (int i = 0; i < r; i++) {
            System.arraycopy(a.data(), i * c, m[i], 0, c);
        }
        return m;
    }

    static JsonNode summary() {
        try {
            return new ObjectMapper().readTree(path("summary.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
