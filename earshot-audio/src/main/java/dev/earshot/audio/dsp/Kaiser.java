package dev.earshot.audio.dsp;

/** Kaiser window helper (zeroth-order modified Bessel function of the first kind by its series). */
public final class Kaiser {
    private Kaiser() {
    }

    /** I0(x) by its power series, to double precision for |x| up to ~30. */
    public static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double q = x * x / 4;
        for (int k = 1; k < 200; k++) {
            term *= q / ((double) k * k);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return sum;
    }

    /**
     * Kaiser window value at a normalised position.
     *
     * @param x    position in [-1, 1] (0 = centre); outside it the window is 0
     * @param beta shape parameter
     */
    public static double window(double x, double beta) {
        if (x < -1 || x > 1) {
            return 0;
        }
        return besselI0(beta * Math.sqrt(1 - x * x)) / besselI0(beta);
    }
}
