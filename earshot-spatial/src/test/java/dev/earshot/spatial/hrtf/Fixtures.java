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
}
