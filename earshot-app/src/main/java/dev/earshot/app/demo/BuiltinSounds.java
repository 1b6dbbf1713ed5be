package dev.earshot.app.demo;

import dev.earshot.audio.AudioBuffer;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Dry mono sounds that ship with Earshot for the demo, synthesised deterministically (no files, no
 * licences to track): a plucked string, a bell, a shaker and a click train. Each has its own
 * fixed seed.
 */
public final class BuiltinSounds {
    private BuiltinSounds() {
    }

    /** A named built-in sound. */
    public record Sound(String name, String description, AudioBuffer audio) {
    }

    /**
     * @param sampleRateHz the rate to synthesise at
     * @return all built-in sounds, about 2–3 s each, peak-normalised to -3 dBFS
     */
    public static List<Sound> all(int sampleRateHz) {
        return List.of(
                new Sound("pluck", "plucked string (Karplus-Strong, 196 Hz)", pluck(sampleRateHz)),
                new Sound("bell", "inharmonic bell (additive partials)", bell(sampleRateHz)),
                new Sound("shaker", "shaker rhythm (filtered noise bursts)", shaker(sampleRateHz)),
                new Sound("clicks", "click train (broadband transients, 4 per second)", clicks(sampleRateHz)));
    }

    static AudioBuffer pluck(int fs) {
        int n = (int) (2.5 * fs);
        float[] y = new float[n];
        int period = Math.max(2, Math.round(fs / 196f));
        float[] line = new float[period];
        SplittableRandom rnd = new SplittableRandom(196);
        for (int i = 0; i < period; i++) {
            line[i] = (float) (rnd.nextDouble() * 2 - 1);
        }
        // Karplus-Strong: averaging feedback of a noise-filled delay line, a decaying string tone.
        int idx = 0;
        float prev = 0;
        for (int i = 0; i < n; i++) {
            float cur = line[idx];
            float next = 0.996f * 0.5f * (cur + prev);
            prev = cur;
            line[idx] = next;
            idx = (idx + 1) % period;
            y[i] = cur;
        }
        return normalise(y, fs);
    }

    static AudioBuffer bell(int fs) {
        int n = (int) (3.0 * fs);
        float[] y = new float[n];
        double f0 = 440;
        double[] ratios = {0.56, 0.92, 1.19, 1.71, 2.0, 2.74, 3.0, 3.76, 4.07};
        double[] amps = {1, 0.67, 1, 1.8, 2.67, 1.67, 1.46, 1.33, 1.33};
        double[] decayS = {2.5, 1.8, 1.2, 1.0, 0.8, 0.6, 0.5, 0.4, 0.35};
        for (int p = 0; p < ratios.length; p++) {
            double w = 2 * Math.PI * f0 * ratios[p] / fs;
            if (f0 * ratios[p] >= fs / 2.0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                y[i] += (float) (amps[p] * Math.exp(-i / (decayS[p] * fs)) * Math.sin(w * i));
            }
        }
        return normalise(y, fs);
    }

    static AudioBuffer shaker(int fs) {
        int n = (int) (2.0 * fs);
        float[] y = new float[n];
        SplittableRandom rnd = new SplittableRandom(8);
        double beat = 0.125 * fs;
        double hp = 0;
        double prevX = 0;
        for (int i = 0; i < n; i++) {
            double t = (i % beat) / fs;
            double env = Math.exp(-t / 0.03) * (1 - Math.exp(-t / 0.002));
            double x = (rnd.nextDouble() * 2 - 1) * env;
            hp = 0.95 * (hp + x - prevX); // one-pole high-pass: a bright, seed-like rattle
            prevX = x;
            y[i] = (float) hp;
        }
        return normalise(y, fs);
    }

    static AudioBuffer clicks(int fs) {
        int n = 2 * fs;
        float[] y = new float[n];
        for (int k = 0; k < 8; k++) {
            int at = k * fs / 4 + fs / 100;
            for (int j = 0; j < 48 && at + j < n; j++) {
                y[at + j] = (float) (Math.exp(-j / 6.0) * (j % 2 == 0 ? 1 : -0.6));
            }
        }
        return normalise(y, fs);
    }

    private static AudioBuffer normalise(float[] y, int fs) {
        float peak = 0;
        for (float v : y) {
            peak = Math.max(peak, Math.abs(v));
        }
        float g = peak == 0 ? 1 : (float) (Math.pow(10, -3 / 20.0) / peak);
        for (int i = 0; i < y.length; i++) {
            y[i] *= g;
        }
        return AudioBuffer.mono(y, fs);
    }
}
