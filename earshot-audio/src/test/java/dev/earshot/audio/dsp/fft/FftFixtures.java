package dev.earshot.audio.dsp.fft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Reads the numpy.fft fixtures written by src/test/python/make_fft_fixtures.py. */
final class FftFixtures {
    /** Sizes with fixtures. */
    static final int[] SIZES = {16, 64, 256, 1024, 4096, 16384, 65536};

    /** One fixture: complex float32 input, float64 numpy spectrum of every stride-th bin. */
    record Case(int size, float[] re, float[] im, double[] specRe, double[] specIm, int stride) {
    }

    private FftFixtures() {
    }

    static Case load(int size) {
        String p = "fft_" + size + "_";
        int stride = Integer.parseInt(new String(bytes(p + "stride.txt"), StandardCharsets.US_ASCII).trim());
        return new Case(size, f32(p + "re.f32"), f32(p + "im.f32"), f64(p + "spec_re.f64"), f64(p + "spec_im.f64"),
                stride);
    }

    private static byte[] bytes(String file) {
        String path = "fixtures/" + file;
        try (InputStream in = FftFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float[] f32(String file) {
        ByteBuffer b = ByteBuffer.wrap(bytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[b.remaining() / 4];
        b.asFloatBuffer().get(out);
        return out;
    }

    private static double[] f64(String file) {
        ByteBuffer b = ByteBuffer.wrap(bytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        double[] out = new double[b.remaining() / 8];
        b.asDoubleBuffer().get(out);
        return out;
    }

    /** @return max over kept bins of |actual[k * stride] - expected[k]| / max |expected| */
    static double relError(float[] re, float[] im, Case c) {
        double err = 0;
        double peak = 0;
        for (int k = 0; k < c.specRe().length; k++) {
            int bin = k * c.stride();
            err = Math.max(err, Math.hypot(re[bin] - c.specRe()[k], im[bin] - c.specIm()[k]));
            peak = Math.max(peak, Math.hypot(c.specRe()[k], c.specIm()[k]));
        }
        return err / peak;
    }
}
