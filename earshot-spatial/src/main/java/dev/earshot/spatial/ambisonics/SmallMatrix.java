package dev.earshot.spatial.ambisonics;

/** Dense linear algebra for the small (at most 16 x 16) matrices of this package. */
final class SmallMatrix {
    private SmallMatrix() {
    }

    /** @return a times b */
    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length, k = b.length, m = b[0].length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < k; p++) {
                double aip = a[i][p];
                for (int j = 0; j < m; j++) {
                    c[i][j] += aip * b[p][j];
                }
            }
        }
        return c;
    }

    /** @return the transpose of a */
    static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    /**
     * Inverse of a square matrix by Gauss-Jordan elimination with partial pivoting.
     *
     * @throws IllegalStateException if the matrix is numerically singular
     */
    static double[][] invert(double[][] a) {
        int n = a.length;
        double[][] w = new double[n][2 * n];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, w[i], 0, n);
            w[i][n + i] = 1;
            for (int j = 0; j < n; j++) {
                scale = Math.max(scale, Math.abs(a[i][j]));
            }
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(w[r][col]) > Math.abs(w[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(w[pivot][col]) <= 1e-13 * scale) {
                throw new IllegalStateException("matrix is singular to working precision");
            }
            double[] tmp = w[col];
            w[col] = w[pivot];
            w[pivot] = tmp;
            double inv = 1 / w[col][col];
            for (int j = 0; j < 2 * n; j++) {
                w[col][j] *= inv;
            }
            for (int r = 0; r < n; r++) {
                if (r != col && w[r][col] != 0) {
                    double f = w[r][col];
                    for (int j = 0; j < 2 * n; j++) {
                        w[r][j] -= f * w[col][j];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(w[i], n, inv[i], 0, n);
        }
        return inv;
    }

    /** @return a deep copy */
    static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
