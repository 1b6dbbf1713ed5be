package dev.earshot.audio.dsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Reads the raw little-endian fixtures written by src/test/python/make_dsp_fixtures.py. */
final class Fixtures {
    private Fixtures() {
    }

    private static byte[] bytes(String file) {
        String path = "fixtures/" + file;
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the float32 samples of {@code name.f32} */
    static float[] f32(String name) {
        ByteBuffer b = ByteBuffer.wrap(bytes(name + ".f32")).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[b.remaining() / 4];
        b.asFloatBuffer().get(out);
        return out;
    }

    /** @return the float64 samples of {@code name.f64} */
    static double[] f64(String name) {
        ByteBuffer b = ByteBuffer.wrap(bytes(name + ".f64")).order(ByteOrder.LITTLE_ENDIAN);
        double[] out = new double[b.remaining() / 8];
        b.asDoubleBuffer().get(out);
        return out;
    }

    /** @return max |actual - expected| / max |expected| */
    static double relMaxError(float[] actual, double[] expected) {
        if (actual.length != expected.length) {
            throw new AssertionError("length " + actual.length + " != expected " + expected.length);
        }
        double maxErr = 0;
        double maxRef = 0;
        for (int i = 0; i < actual.length; i++) {
            maxErr = Math.max(maxErr, Math.abs(actual[i] - expected[i]));
            maxRef = Math.max(maxRef, Math.abs(expected[i]));
        }
        return maxErr / maxRef;
    }

    /** @return max |actual - expected| / max |expected| */
    static double relMaxError(float[] actual, float[] expected) {
        double[] e = new double[expected.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = expected[i];
        }
        return relMaxError(actual, e);
    }

    /** @return 10 log10(sum ref^2 / sum (actual - ref)^2) in dB */
    static double snrDb(float[] actual, float[] reference) {
        if (actual.length != reference.length) {
            throw new AssertionError("length " + actual.length + " != reference " + reference.length);
        }
        double sig = 0;
        double err = 0;
        for (int i = 0; i < actual.length; i++) {
            double d = (double) actual[i] - reference[i];
            sig += (double) reference[i] * reference[i];
            err += d * d;
        }
        return 10 * Math.log10(sig / err);
    }
}
