package dev.earshot.audio.dsp;

/**
 * The polyphase decomposition of a Kaiser-windowed sinc interpolation filter for rational
 * resampling by {@code up / down} (coprime). Branch {@code p} holds the taps that multiply input
 * samples {@code n0 + iMin .. n0 + iMin + width - 1} for an output at upsampled time
 * {@code t = n0 * up + p}.
 */
final class PolyphaseFilter {
    private final int up;
    private final int down;
    private final int iMin;
    private final int width;
    private final double[] taps;

    PolyphaseFilter(int up, int down, Resampler.Quality quality) {
        this.up = up;
        this.down = down;
        int maxRate = Math.max(up, down);
        long halfLenL = (long) quality.halfLengthFactor() * maxRate;
        if (halfLenL > 50_000_000L) {
            throw new IllegalArgumentException("resampling ratio " + up + "/" + down + " needs a filter of "
                    + (2 * halfLenL + 1) + " taps; reduce the rates to a simpler ratio");
        }
        int halfLen = (int) halfLenL;
        double[] h = prototype(halfLen, quality.cutoffFraction() / maxRate, quality.kaiserBeta(), up);
        // tap j (centred, -halfLen..halfLen) multiplies x[n] with t - n*up = j; for t = n0*up + p and
        // n = n0 + i: j = p - i*up.
        this.iMin = -Math.floorDiv(halfLen, up);
        int iMax = Math.floorDiv(up - 1 + halfLen, up);
        this.width = iMax - iMin + 1;
        this.taps = new double[up * width];
        for (int p = 0; p < up; p++) {
            for (int w = 0; w < width; w++) {
                long j = p - (long) (w + iMin) * up;
                if (Math.abs(j) <= halfLen) {
                    taps[p * width + w] = h[(int) j + halfLen];
                }
            }
        }
    }

    /**
     * The firwin-style prototype: Kaiser-windowed sinc with cutoff fc (fraction of Nyquist), scaled
     * to DC gain 1 and then multiplied by gain.
     */
    static double[] prototype(int halfLen, double fc, double beta, double gain) {
        int n = 2 * halfLen + 1;
        double[] h = new double[n];
        double i0Beta = Kaiser.besselI0(beta);
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double m = k - halfLen;
            double r = halfLen == 0 ? 0 : m / halfLen;
            double window = Kaiser.besselI0(beta * Math.sqrt(Math.max(0.0, 1.0 - r * r))) / i0Beta;
            h[k] = fc * sinc(fc * m) * window;
            sum += h[k];
        }
        double scale = gain / sum;
        for (int k = 0; k < n; k++) {
            h[k] *= scale;
        }
        return h;
    }

    static double sinc(double x) {
        if (x == 0) {
            return 1.0;
        }
        double px = Math.PI * x;
        return Math.sin(px) / px;
    }

    float[] apply(float[] x) {
        int nIn = x.length;
        long nOutL = ((long) nIn * up + down - 1) / down;
        if (nOutL > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("output of " + nOutL + " samples is too long for one array");
        }
        int nOut = (int) nOutL;
        float[] y = new float[nOut];
        for (int m = 0; m < nOut; m++) {
            long t = (long) m * down;
            int n0 = (int) (t / up);
            int p = (int) (t - (long) n0 * up);
            int base = n0 + iMin;
            int off = p * width;
            double acc = 0;
            if (base >= 0 && base + width <= nIn) {
                for (int w = 0; w < width; w++) {
                    acc += x[base + w] * taps[off + w];
                }
            } else {
                int wLo = Math.max(0, -base);
                int wHi = Math.min(width, nIn - base);
                for (int w = wLo; w < wHi; w++) {
                    acc += x[base + w] * taps[off + w];
                }
            }
            y[m] = (float) acc;
        }
        return y;
    }
}
