package dev.earshot.spatial.render.effects;

/** Small test-side signal analysis helpers, independent of the code under test. */
final class Signals {
    private Signals() {
    }

    /** Magnitude of the DTFT of h at a frequency, in dB. */
    static double magnitudeDb(float[] h, double freqHz, double fs) {
        double re = 0;
        double im = 0;
        for (int n = 0; n < h.length; n++) {
            double ph = -2 * Math.PI * freqHz * n / fs;
            re += h[n] * Math.cos(ph);
            im += h[n] * Math.sin(ph);
        }
        return 10 * Math.log10(re * re + im * im);
    }

    /** Frequency from rising zero crossings (linearly interpolated) in x[from, to). */
    static double zeroCrossingFrequencyHz(float[] x, int from, int to, double fs) {
        double first = Double.NaN;
        double last = Double.NaN;
        int count = 0;
        for (int n = from + 1; n < to; n++) {
            if (x[n - 1] < 0 && x[n] >= 0) {
                double t = (n - 1) + x[n - 1] / (double) (x[n - 1] - x[n]);
                if (count == 0) {
                    first = t;
                }
                last = t;
                count++;
            }
        }
        return (count - 1) / ((last - first) / fs);
    }
}
