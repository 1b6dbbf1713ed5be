package dev.earshot.spatial.room;

/**
 * Band-limited impulse placement at a fractional sample position: an 81-tap Hann-windowed sinc
 * kernel centred on the exact arrival time ({@code h(x) = sinc(x) * (0.5 + 0.5 cos(pi x / 41))} for
 * tap offsets {@code |x| <= 40.5}), the kernel pyroomacoustics also uses. At an integer delay the
 * kernel is a single unit tap.
 */
final class FractionalDelay {
    /** Half-width of the kernel in taps (81 taps in all). */
    static final int HALF_WIDTH = 40;
    private static final double WINDOW_HALF_SPAN = HALF_WIDTH + 1;

    private FractionalDelay() {
    }

    /**
     * Adds {@code gain * h(k - delaySamples)} to {@code out[k]} for the 81 taps around the delay; taps
     * outside the buffer are dropped.
     *
     * @param out          accumulation buffer
     * @param delaySamples arrival time in samples (may be fractional), non-negative
     * @param gain         amplitude of the impulse
     */
    static void add(double[] out, double delaySamples, double gain) {
        long centre = Math.round(delaySamples);
        double frac = delaySamples - centre;
        if (Math.abs(frac) < 1e-12) {
            if (centre >= 0 && centre < out.length) {
                out[(int) centre] += gain;
            }
            return;
        }
        // sin(pi (k - t)) = -(-1)^k sin(pi t) with k relative to centre, t = frac
        double sinPiFrac = Math.sin(Math.PI * frac);
        for (int j = -HALF_WIDTH; j <= HALF_WIDTH; j++) {
            long k = centre + j;
            if (k < 0 || k >= out.length) {
                continue;
            }
            double x = j - frac;
            double sinc = ((j & 1) == 0 ? -sinPiFrac : sinPiFrac) / (Math.PI * x);
            double window = 0.5 + 0.5 * Math.cos(Math.PI * x / WINDOW_HALF_SPAN);
            out[(int) k] += gain * sinc * window;
        }
    }

    /**
     * Adds the same kernel, with one gain per buffer, to several buffers of equal length (one per band).
     *
     * @param outs         accumulation buffers, all of the same length
     * @param count        how many of {@code outs} (and {@code gains}) to use
     * @param delaySamples arrival time in samples
     * @param gains        one amplitude per buffer
     * @param scale        a common factor applied to every gain
     */
    static void addMulti(double[][] outs, int count, double delaySamples, double[] gains, double scale) {
        long centre = Math.round(delaySamples);
        double frac = delaySamples - centre;
        int len = outs[0].length;
        if (Math.abs(frac) < 1e-12) {
            if (centre >= 0 && centre < len) {
                for (int b = 0; b < count; b++) {
                    outs[b][(int) centre] += gains[b] * scale;
                }
            }
            return;
        }
        double sinPiFrac = Math.sin(Math.PI * frac);
        // window angle pi (j - frac) / 41, advanced by rotation instead of one cos per tap
        double step = Math.PI / WINDOW_HALF_SPAN;
        double cosStep = Math.cos(step);
        double sinStep = Math.sin(step);
        double angle = Math.PI * (-HALF_WIDTH - frac) / WINDOW_HALF_SPAN;
        double cw = Math.cos(angle);
        double sw = Math.sin(angle);
        for (int j = -HALF_WIDTH; j <= HALF_WIDTH; j++) {
            long k = centre + j;
            if (k >= 0 && k < len) {
                double x = j - frac;
                double sinc = ((j & 1) == 0 ? -sinPiFrac : sinPiFrac) / (Math.PI * x);
                double h = scale * sinc * (0.5 + 0.5 * cw);
                for (int b = 0; b < count; b++) {
                    outs[b][(int) k] += gains[b] * h;
                }
            }
            double c2 = cw * cosStep - sw * sinStep;
            sw = sw * cosStep + cw * sinStep;
            cw = c2;
        }
    }

    /**
     * The 81 kernel taps {@code h(j - frac)} for {@code j = -40..40} (same values as {@link #addMulti}).
     *
     * @param frac fractional part of the delay in (-0.5, 0.5], not zero
     * @param out  destination of length {@code 2 HALF_WIDTH + 1}; {@code out[j + HALF_WIDTH]} is tap j
     */
    static void kernel(double frac, double[] out) {
        double sinPiFrac = Math.sin(Math.PI * frac);
        double step = Math.PI / WINDOW_HALF_SPAN;
        double cosStep = Math.cos(step);
        double sinStep = Math.sin(step);
        double angle = Math.PI * (-HALF_WIDTH - frac) / WINDOW_HALF_SPAN;
        double cw = Math.cos(angle);
        double sw = Math.sin(angle);
        for (int j = -HALF_WIDTH; j <= HALF_WIDTH; j++) {
            double x = j - frac;
            double sinc = ((j & 1) == 0 ? -sinPiFrac : sinPiFrac) / (Math.PI * x);
            out[j + HALF_WIDTH] = sinc * (0.5 + 0.5 * cw);
            double c2 = cw * cosStep - sw * sinStep;
            sw = sw * cosStep + cw * sinStep;
            cw = c2;
        }
    }

    /**
     * Adds an FIR placed at a fractional delay to several band buffers: the FIR is first convolved
     * with the 81-tap kernel once (in float, a vectorisable multiply-add per kernel tap), then added
     * with one gain per band. Equal, to float rounding, to calling {@link #addMulti} for every tap
     * {@code j} at {@code delaySamples + j} with scale {@code fir[j]}.
     *
     * @param outs         accumulation buffers, all of the same length
     * @param count        how many of {@code outs} (and {@code gains}) to use
     * @param delaySamples arrival time of the FIR's tap 0 in samples, non-negative
     * @param gains        one amplitude per buffer
     * @param fir          the filter taps
     * @param scratch      a work array of at least {@code fir.length + 2 HALF_WIDTH} floats (or null)
     */
    static void addFilteredMulti(double[][] outs, int count, double delaySamples, double[] gains, float[] fir,
                                 float[] scratch) {
        long centre = Math.round(delaySamples);
        double frac = delaySamples - centre;
        int len = outs[0].length;
        float[] placed;
        int placedLen;
        long start;
        if (Math.abs(frac) < 1e-12) {
            placedLen = fir.length;
            placed = fir;
            start = centre;
        } else {
            placedLen = fir.length + 2 * HALF_WIDTH;
            placed = scratch != null && scratch.length >= placedLen ? scratch : new float[placedLen];
            java.util.Arrays.fill(placed, 0, placedLen, 0f);
            double[] k = new double[2 * HALF_WIDTH + 1];
            kernel(frac, k);
            int n = fir.length;
            for (int m = 0; m < k.length; m++) {
                float km = (float) k[m];
                for (int j = 0; j < n; j++) {
                    placed[m + j] += km * fir[j];
                }
            }
            start = centre - HALF_WIDTH;
        }
        int from = (int) Math.max(0, -start);
        int to = (int) Math.min(placedLen, len - start);
        for (int b = 0; b < count; b++) {
            double g = gains[b];
            if (g == 0) {
                continue;
            }
            double[] o = outs[b];
            int off = (int) start;
            for (int i = from; i < to; i++) {
                o[off + i] += g * placed[i];
            }
        }
    }
}
