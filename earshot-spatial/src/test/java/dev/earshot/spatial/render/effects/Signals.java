package dev.earshot.spatial.render.effects;

import org.jtransforms.fft.DoubleFFT_1D;

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

    /**
     * Zero-phase band-pass in the FFT domain (zero-padded, so linear): gain 1 between loHz and hiHz,
     * raised-cosine edges 1/6 octave wide (in log frequency) centred on each edge, so the time kernel
     * is short and its ringing dies fast (a brick wall would ring as 1/t and bias decay fits).
     */
    static float[] bandPass(float[] x, double fs, double loHz, double hiHz) {
        int n = Integer.highestOneBit(x.length) << 2;
        double[] a = new double[n];
        for (int i = 0; i < x.length; i++) {
            a[i] = x[i];
        }
        DoubleFFT_1D fft = new DoubleFFT_1D(n);
        fft.realForward(a);
        a[0] = 0;
        a[1] = 0;
        for (int k = 1; k < n / 2; k++) {
            double hz = k * fs / n;
            double g = edge(hz / loHz) * (1 - edge(hz / hiHz));
            a[2 * k] *= g;
            a[2 * k + 1] *= g;
        }
        fft.realInverse(a, true);
        float[] y = new float[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) a[i];
        }
        return y;
    }

    /** 0 below ratio 2^(-1/12), 1 above 2^(1/12), raised cosine in log2 between. */
    private static double edge(double ratio) {
        double x = (Math.log(ratio) / Math.log(2) + 1.0 / 12) * 6;
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double s = Math.sin(0.5 * Math.PI * x);
        return s * s;
    }

    /** Octave band around a centre frequency (fc / sqrt 2 .. fc sqrt 2). */
    static float[] octave(float[] x, double fs, double fcHz) {
        return bandPass(x, fs, fcHz / Math.sqrt(2), fcHz * Math.sqrt(2));
    }

    static double energy(float[] x) {
        double e = 0;
        for (float v : x) {
            e += (double) v * v;
        }
        return e;
    }
}
