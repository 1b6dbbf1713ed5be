package dev.earshot.spatial.render;

import dev.earshot.audio.AudioBuffer;
import java.util.Random;

/** Deterministic test signals and a plain direct convolution used as the reference. */
final class TestSignals {
    private TestSignals() {
    }

    static AudioBuffer impulse(int frames, int rate) {
        float[] x = new float[frames];
        x[0] = 1f;
        return AudioBuffer.mono(x, rate);
    }

    static float[] noise(int frames, long seed) {
        Random r = new Random(seed);
        float[] x = new float[frames];
        for (int i = 0; i < frames; i++) {
            x[i] = (float) (r.nextDouble() * 2 - 1) * 0.5f;
        }
        return x;
    }

    static AudioBuffer sine(double hz, double seconds, int rate) {
        int n = (int) Math.round(seconds * rate);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (0.5 * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return AudioBuffer.mono(x, rate);
    }

    /** Direct-form full convolution in double precision. */
    static double[] directConvolution(float[] x, float[] h) {
        double[] y = new double[x.length + h.length - 1];
        for (int i = 0; i < x.length; i++) {
            if (x[i] == 0) {
                continue;
            }
            for (int j = 0; j < h.length; j++) {
                y[i + j] += (double) x[i] * h[j];
            }
        }
        return y;
    }

    /** Options with every distance effect off, reference distance 1 m. */
    static RenderOptions dry(int rate) {
        return RenderOptions.defaults(rate).withDistanceEffects(false, false);
    }
}
