package dev.earshot.ml.baseline;

/**
 * Linear least squares with an L2 penalty on the weights (not the intercept), on already standardised
 * features: minimises {@code sum_i (y_i - b - w.x_i)^2 + lambda |w|^2}. Solved in closed form by Cholesky
 * of {@code X_c^T X_c + lambda I} with centred X and y ({@code b = mean(y)} since X is centred).
 */
final class RidgeRegression {
    private RidgeRegression() {
    }

    /**
     * @return {@code [w_0 .. w_{d-1}, b]}
     * @throws IllegalArgumentException if the normal matrix is not positive definite (lambda 0 and collinear data)
     */
    static double[] fit(double[][] x, double[] y, double lambda) {
        int n = x.length;
        int d = x[0].length;
        double[] mx = new double[d];
        double my = 0;
        for (int i = 0; i < n; i++) {
            my += y[i];
            for (int j = 0; j < d; j++) {
                mx[j] += x[i][j];
            }
        }
        my /= n;
        for (int j = 0; j < d; j++) {
            mx[j] /= n;
        }
        double[][] a = new double[d][d];
        double[] rhs = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double xj = x[i][j] - mx[j];
                rhs[j] += xj * (y[i] - my);
                for (int k = 0; k <= j; k++) {
                    a[j][k] += xj * (x[i][k] - mx[k]);
                }
            }
        }
        for (int j = 0; j < d; j++) {
            a[j][j] += lambda;
            for (int k = 0; k < j; k++) {
                a[k][j] = a[j][k];
            }
        }
        double[] w = solveSpd(a, rhs);
        double b = my;
        for (int j = 0; j < d; j++) {
            b -= w[j] * mx[j];
        }
        double[] out = new double[d + 1];
        System.arraycopy(w, 0, out, 0, d);
        out[d] = b;
        return out;
    }

    static double predict(double[] coef, double[] x) {
        double s = coef[coef.length - 1];
        for (int j = 0; j < x.length; j++) {
            s += coef[j] * x[j];
        }
        return s;
    }

    /** Cholesky solve of a symmetric positive definite system. */
    static double[] solveSpd(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        throw new IllegalArgumentException("normal matrix is not positive definite (collinear features"
                                + " and no regularisation)");
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * z[k];
            }
            z[i] = s / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }
}
