package dev.earshot.spatial.room;

import org.jtransforms.fft.DoubleFFT_1D;

/** Full linear convolution of real double signals by FFT (JTransforms), for the band filters. */
final class FftConvolution {
    private FftConvolution() {
    }

    /**
     * @param x signal (non-empty)
     * @param h kernel (non-empty)
     * @return the full convolution, length {@code x.length + h.length - 1}
     */
    static double[] convolve(double[] x, double[] h) {
        int outLen = x.length + h.length - 1;
        int n = Integer.highestOneBit(Math.max(2, outLen - 1)) << 1;
        double[] a = new double[n];
        double[] b = new double[n];
        System.arraycopy(x, 0, a, 0, x.length);
        System.arraycopy(h, 0, b, 0, h.length);
        DoubleFFT_1D fft = new DoubleFFT_1D(n);
        fft.realForward(a);
        fft.realForward(b);
        a[0] *= b[0];
        a[1] *= b[1];
        for (int k = 1; k < n / 2; k++) {
            double re = a[2 * k] * b[2 * k] - a[2 * k + 1] * b[2 * k + 1];
            double im = a[2 * k] * b[2 * k + 1] + a[2 * k + 1] * b[2 * k];
            a[2 * k] = re;
            a[2 * k + 1] = im;
        }
        fft.realInverse(a, true);
        double[] out = new double[outLen];
        System.arraycopy(a, 0, out, 0, outLen);
        return out;
    }
}
