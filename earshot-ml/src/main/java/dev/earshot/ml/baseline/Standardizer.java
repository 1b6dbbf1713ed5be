package dev.earshot.ml.baseline;

/** Per-feature mean and standard deviation (population), and the z-scoring they define. */
record Standardizer(double[] mean, double[] std) {
    /** Smallest standard deviation used, so constant features map to 0 instead of dividing by zero. */
    static final double MIN_STD = 1e-8;

    Standardizer {
        if (mean.length != std.length) {
            throw new IllegalArgumentException("mean has " + mean.length + " values, std " + std.length);
        }
        mean = mean.clone();
        std = std.clone();
    }

    static Standardizer fit(double[][] x) {
        int d = x[0].length;
        double[] m = new double[d];
        double[] s = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                m[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            m[j] /= x.length;
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                double v = row[j] - m[j];
                s[j] += v * v;
            }
        }
        for (int j = 0; j < d; j++) {
            s[j] = Math.max(MIN_STD, Math.sqrt(s[j] / x.length));
        }
        return new Standardizer(m, s);
    }

    double[] apply(double[] row) {
        if (row.length != mean.length) {
            throw new IllegalArgumentException("expected " + mean.length + " features, got " + row.length);
        }
        double[] z = new double[row.length];
        for (int j = 0; j < z.length; j++) {
            z[j] = (row[j] - mean[j]) / std[j];
        }
        return z;
    }

    double[][] apply(double[][] x) {
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            z[i] = apply(x[i]);
        }
        return z;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] std() {
        return std.clone();
    }
}
