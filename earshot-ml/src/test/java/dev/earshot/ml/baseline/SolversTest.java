package dev.earshot.ml.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The logistic and ridge solvers against scipy/numpy solutions (src/test/python/make_baseline_fixtures.py). */
class SolversTest {
    private static JsonNode fx;
    private static double[][] x;
    private static double[][] y;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = SolversTest.class.getResourceAsStream("/baseline/solvers.json")) {
            fx = new ObjectMapper().readTree(in);
        }
        x = matrix(fx.get("x"));
        y = matrix(fx.get("y"));
    }

    static double[][] matrix(JsonNode n) {
        double[][] m = new double[n.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = new double[n.get(i).size()];
            for (int j = 0; j < m[i].length; j++) {
                m[i][j] = n.get(i).get(j).asDouble();
            }
        }
        return m;
    }

    @Test
    void multinomialLogisticRegressionReachesTheScipyMinimiser() {
        double[][] w = new LogisticTrainer(x, y, true, fx.get("l2").asDouble()).train(20000, 1e-10, 1);
        assertClose(matrix(fx.get("multinomial_weights")), w, 1e-5);
    }

    @Test
    void oneVsRestLogisticRegressionReachesTheScipyMinimiser() {
        double[][] w = new LogisticTrainer(x, y, false, fx.get("l2").asDouble()).train(20000, 1e-10, 1);
        assertClose(matrix(fx.get("ovr_weights")), w, 1e-5);
    }

    @Test
    void theSeedOnlyMovesTheStartingPointOfAConvexProblem() {
        double[][] a = new LogisticTrainer(x, y, true, 0.05).train(20000, 1e-10, 1);
        double[][] b = new LogisticTrainer(x, y, true, 0.05).train(20000, 1e-10, 99);
        assertClose(a, b, 1e-6);
    }

    @Test
    void ridgeRegressionMatchesTheNumpyNormalEquations() {
        JsonNode ty = fx.get("ridge_y");
        double[] t = new double[ty.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = ty.get(i).asDouble();
        }
        double[] c = RidgeRegression.fit(x, t, fx.get("ridge_lambda").asDouble());
        JsonNode ref = fx.get("ridge_coef");
        for (int j = 0; j < c.length; j++) {
            assertEquals(ref.get(j).asDouble(), c[j], 1e-10, "coefficient " + j);
        }
    }

    private static void assertClose(double[][] expected, double[][] actual, double tol) {
        for (int k = 0; k < expected.length; k++) {
            for (int j = 0; j < expected[k].length; j++) {
                assertEquals(expected[k][j], actual[k][j], tol, "w[" + k + "][" + j + "]");
            }
        }
    }
}
