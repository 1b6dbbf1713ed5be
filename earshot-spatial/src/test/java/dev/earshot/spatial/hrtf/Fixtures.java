package dev.earshot.spatial.hrtf;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Paths of test fixtures (written by src/test/python/make_sofa_fixtures.py) and of the built-in set. */
final class Fixtures {
    private Fixtures() {
    }

    static Path sofa(String name) {
        return resource("sofa/" + name);
    }

    static Path kemarFile() {
        return resource(HrtfSets.KEMAR_RESOURCE);
    }

    private static Path resource(String relative) {
        URL url = Fixtures.class.getResource(relative);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Energy of x in [loHz, hiHz] by a direct DFT of length nfft (x zero-padded). */
    static double bandEnergy(float[] x, int sampleRateHz, double loHz, double hiHz, int nfft) {
        double e = 0;
        int k0 = (int) Math.ceil(loHz * nfft / sampleRateHz);
        int k1 = (int) Math.floor(hiHz * nfft / sampleRateHz);
        for (int k = k0; k <= k1; k++) {
            double re = 0;
            double im = 0;
            for (int t = 0; t < x.length; t++) {
                double ph = -2 * Math.PI * k * t / nfft;
                re += x[t] * Math.cos(ph);
                im += x[t] * Math.sin(ph);
            }
            e += re * re + im * im;
        }
        return e;
    }

    /** |X(k)|^2 for k = 0..nfft/2 of x zero-padded to nfft (a power of two), by JTransforms. */
    static double[] powerSpectrum(float[] x, int nfft) {
        double[] a = new double[nfft];
        for (int i = 0; i < x.length; i++) {
            a[i] = x[i];
        }
        new org.jtransforms.fft.DoubleFFT_1D(nfft).realForward(a);
        double[] p = new double[nfft / 2 + 1];
        p[0] = a[0] * a[0];
        p[nfft / 2] = a[1] * a[1];
        for (int k = 1; k < nfft / 2; k++) {
            p[k] = a[2 * k] * a[2 * k] + a[2 * k + 1] * a[2 * k + 1];
        }
        return p;
    }

    /** 10 log10 of the sum of p[k0..k1]. */
    static double sumDb(double[] p, int k0, int k1) {
        double s = 0;
        for (int k = k0; k <= k1; k++) {
            s += p[k];
        }
        return 10 * Math.log10(s);
    }
}
