package dev.earshot.ml.baseline;

import java.util.List;
import java.util.Random;

/** Seeded dry test sounds of four classes that a linear classifier can tell apart. */
final class SyntheticSounds {
    static final List<String> CLASSES = List.of("chirp", "harmonic_tone", "noise", "noise_bursts");

    private SyntheticSounds() {
    }

    /**
     * A dry mono sound: a short silence (20 .. 120 ms), then the sound with 5 ms raised-cosine fades, RMS
     * 0.05 times a random gain of -6 .. +6 dB.
     */
    static float[] make(String cls, Random rng, int n, int fs) {
        int start = (int) ((0.02 + 0.1 * rng.nextDouble()) * fs);
        double[] s = new double[n];
        switch (cls) {
            case "chirp" -> {
                double f0 = 200 + 300 * rng.nextDouble();
                double f1 = 3000 + 5000 * rng.nextDouble();
                double period = 0.2 + 0.3 * rng.nextDouble();
                double phase = 0;
                for (int i = start; i < n; i++) {
                    double t = ((i - start) / (double) fs) % period;
                    double f = f0 * Math.pow(f1 / f0, t / period);
                    phase += 2 * Math.PI * f / fs;
                    s[i] = Math.sin(phase);
                }
            }
            case "harmonic_tone" -> {
                double f0 = 150 + 450 * rng.nextDouble();
                for (int i = start; i < n; i++) {
                    double t = (i - start) / (double) fs;
                    for (int k = 1; k <= 8 && k * f0 < fs / 2.0; k++) {
                        s[i] += Math.sin(2 * Math.PI * k * f0 * t) / k;
                    }
                }
            }
            case "noise" -> {
                double a = 0.9 * rng.nextDouble();
                double y = 0;
                for (int i = start; i < n; i++) {
                    y = a * y + rng.nextGaussian();
                    s[i] = y;
                }
            }
            case "noise_bursts" -> {
                int i = start;
                while (i < n) {
                    int len = (int) ((0.03 + 0.07 * rng.nextDouble()) * fs);
                    int gap = (int) ((0.12 + 0.25 * rng.nextDouble()) * fs);
                    for (int k = 0; k < len && i + k < n; k++) {
                        double w = Math.min(1, Math.min(k, len - k) / (0.002 * fs));
                        s[i + k] = w * rng.nextGaussian();
                    }
                    i += len + gap;
                }
            }
            default -> throw new IllegalArgumentException("unknown class " + cls);
        }
        int fade = (int) (0.005 * fs);
        for (int k = 0; k < fade && start + k < n; k++) {
            double w = 0.5 - 0.5 * Math.cos(Math.PI * k / fade);
            s[start + k] *= w;
            s[n - 1 - k] *= w;
        }
        double e = 0;
        for (double v : s) {
            e += v * v;
        }
        double g = 0.05 * Math.pow(10, (rng.nextDouble() * 12 - 6) / 20) / Math.sqrt(e / n + 1e-30);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (s[i] * g);
        }
        return out;
    }
}
