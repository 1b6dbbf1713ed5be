package dev.earshot.ml.baseline;

import java.util.Random;

/**
 * Full-batch gradient descent with Armijo backtracking for multinomial (softmax) or one-vs-rest logistic
 * regression with an L2 penalty on the weights. Convex, so the seed only sets the (tiny) starting point.
 */
final class LogisticTrainer {
    private final double[][] x;      // [n][d], standardised
    private final double[][] y;      // [n][c], targets in [0, 1]
    private final boolean multinomial;
    private final double l2;
    private final int n;
    private final int d;
    private final int c;

    LogisticTrainer(double[][] x, double[][] y, boolean multinomial, double l2) {
        this.x = x;
        this.y = y;
        this.multinomial = multinomial;
        this.l2 = l2;
        this.n = x.length;
        this.d = x[0].length;
        this.c = y[0].length;
    }

    /** Parameters {@code [c][d + 1]}, the last column the bias. */
    double[][] train(int maxIterations, double tolerance, long seed) {
        Random rng = new Random(seed);
        double[][] w = new double[c][d + 1];
        for (double[] row : w) {
            for (int j = 0; j < d; j++) {
                row[j] = 0.01 * rng.nextGaussian();
            }
        }
        double[][] g = new double[c][d + 1];
        double loss = lossAndGradient(w, g);
        double step = 1.0;
        double[][] trial = new double[c][d + 1];
        double[][] gTrial = new double[c][d + 1];
        for (int it = 0; it < maxIterations; it++) {
            double gg = 0;
            double gmax = 0;
            for (double[] row : g) {
                for (double v : row) {
                    gg += v * v;
                    gmax = Math.max(gmax, Math.abs(v));
                }
            }
            if (gmax < tolerance) {
                break;
            }
            double newLoss;
            while (true) {
                for (int k = 0; k < c; k++) {
                    for (int j = 0; j <= d; j++) {
                        trial[k][j] = w[k][j] - step * g[k][j];
                    }
                }
                newLoss = lossAndGradient(trial, gTrial);
                if (newLoss <= loss - 0.5 * step * gg || step < 1e-12) {
                    break;
                }
                step *= 0.5;
            }
            double[][] t = w;
            w = trial;
            trial = t;
            t = g;
            g = gTrial;
            gTrial = t;
            loss = newLoss;
            step *= 1.5;
        }
        return w;
    }

    /** Scores {@code z_k = w_k . x + b_k} turned into probabilities (softmax or per-class sigmoid). */
    static double[] probabilities(double[][] w, double[] xi, boolean multinomial) {
        int c = w.length;
        int d = xi.length;
        double[] p = new double[c];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < c; k++) {
            double s = w[k][d];
            for (int j = 0; j < d; j++) {
                s += w[k][j] * xi[j];
            }
            p[k] = s;
            max = Math.max(max, s);
        }
        if (multinomial) {
            double sum = 0;
            for (int k = 0; k < c; k++) {
                p[k] = Math.exp(p[k] - max);
                sum += p[k];
            }
            for (int k = 0; k < c; k++) {
                p[k] /= sum;
            }
        } else {
            for (int k = 0; k < c; k++) {
                p[k] = 1 / (1 + Math.exp(-p[k]));
            }
        }
        return p;
    }

    private double lossAndGradient(double[][] w, double[][] g) {
        for (double[] row : g) {
            java.util.Arrays.fill(row, 0);
        }
        double loss = 0;
        for (int i = 0; i < n; i++) {
            double[] p = probabilities(w, x[i], multinomial);
            for (int k = 0; k < c; k++) {
                double pk = Math.min(1 - 1e-15, Math.max(1e-15, p[k]));
                loss -= y[i][k] * Math.log(pk);
                if (!multinomial) {
                    loss -= (1 - y[i][k]) * Math.log(1 - pk);
                }
                double r = (p[k] - y[i][k]) / n;
                if (r != 0) {
                    double[] gk = g[k];
                    double[] xi = x[i];
                    for (int j = 0; j < d; j++) {
                        gk[j] += r * xi[j];
                    }
                    gk[d] += r;
                }
            }
        }
        loss /= n;
        for (int k = 0; k < c; k++) {
            for (int j = 0; j < d; j++) {
                loss += 0.5 * l2 * w[k][j] * w[k][j];
                g[k][j] += l2 * w[k][j];
            }
        }
        return loss;
    }
}
