package dev.earshot.spatial.ambisonics;

/**
 * Per-degree weights applied by an ambisonic decoder.
 */
public enum DecoderWeighting {
    /** All degrees weighted 1: exact mode matching (the decoded field re-encodes to the input). */
    BASIC,
    /**
     * Max-rE (Daniel 2001; Zotter and Frank, "Ambisonics", 2019, section 4.7.6, 3D): degree {@code l}
     * weighted by {@code P_l(r_E)} with {@code r_E} the largest root of the Legendre polynomial
     * {@code P_(N+1)} for order {@code N} (1/sqrt(3), sqrt(3/5), 0.8611 for N = 1, 2, 3; the textbook
     * approximation is {@code cos(137.9 deg / (N + 1.51))}). It maximises the energy vector and narrows
     * the spread of a virtual source at the cost of an exact low-frequency field.
     */
    MAX_RE;

    /** Largest root of P_(N+1), indexed by N = 1..3 (P_2: 1/sqrt 3, P_3: sqrt(3/5), P_4: closed form). */
    private static final double[] LARGEST_LEGENDRE_ROOT = {
        1.0, 1 / Math.sqrt(3), Math.sqrt(0.6), Math.sqrt(3.0 / 7 + 2.0 / 7 * Math.sqrt(6.0 / 5))};

    /**
     * The weights of every degree.
     *
     * @param order ambisonic order
     * @return {@code order + 1} weights, index = degree, weight of degree 0 is 1
     */
    public double[] weights(AmbisonicOrder order) {
        int n = order.order();
        double[] g = new double[n + 1];
        if (this == BASIC) {
            java.util.Arrays.fill(g, 1.0);
            return g;
        }
        double x = LARGEST_LEGENDRE_ROOT[n];
        // Legendre polynomials by Bonnet's recursion.
        double pPrev = 1.0;
        double p = x;
        g[0] = 1.0;
        g[1] = x;
        for (int l = 2; l <= n; l++) {
            double next = ((2 * l - 1) * x * p - (l - 1) * pPrev) / l;
            pPrev = p;
            p = next;
            g[l] = p;
        }
        return g;
    }
}
