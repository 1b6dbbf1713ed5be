package dev.earshot.ml.train;

import java.util.SplittableRandom;

/**
 * In-place augmentation of one clip's feature maps {@code [4][frames][mels]} (logmel L, logmel R, cos, sin):
 * circular roll along time (all maps alike, so spatial cues stay aligned), a gain in dB added to both log-mel
 * maps alike (10 log10 power: +g dB adds g, keeping the ILD), then SpecAugment time and frequency masks that set
 * all four maps to zero in the masked band (zero is the log-mel mean after the input BatchNorm only approximately;
 * the masks are applied before it, as the original's masking of the raw fbank is).
 */
final class Augmenter {
    private final TrainConfig config;

    Augmenter(TrainConfig config) {
        this.config = config;
    }

    /** Returns an augmented copy. */
    float[][][] apply(float[][][] maps, SplittableRandom rng) {
        int c = maps.length;
        int t = maps[0].length;
        int f = maps[0][0].length;
        float[][][] out = new float[c][t][];
        int shift = config.roll() ? rng.nextInt(t) : 0;
        for (int ch = 0; ch < c; ch++) {
            for (int i = 0; i < t; i++) {
                out[ch][(i + shift) % t] = maps[ch][i].clone();
            }
        }
        if (config.maxGainDb() > 0) {
            float g = (float) ((rng.nextDouble() * 2 - 1) * config.maxGainDb());
            for (int ch = 0; ch < 2; ch++) {
                for (float[] row : out[ch]) {
                    for (int k = 0; k < f; k++) {
                        row[k] += g;
                    }
                }
            }
        }
        for (int m = 0; m < config.timeMasks(); m++) {
            int w = Math.min(rng.nextInt(config.maxTimeMask() + 1), t);
            int start = rng.nextInt(t - w + 1);
            for (float[][] map : out) {
                for (int i = start; i < start + w; i++) {
                    java.util.Arrays.fill(map[i], 0f);
                }
            }
        }
        for (int m = 0; m < config.freqMasks(); m++) {
            int w = Math.min(rng.nextInt(config.maxFreqMask() + 1), f);
            int start = rng.nextInt(f - w + 1);
            for (float[][] map : out) {
                for (float[] row : map) {
                    java.util.Arrays.fill(row, start, start + w, 0f);
                }
            }
        }
        return out;
    }

    /**
     * A Beta(a, a) sample by Johnk's method (exact for any a > 0; efficient for a <= 1).
     *
     * @param a   shape
     * @param rng source
     * @return a value in [0, 1]
     */
    static double beta(double a, SplittableRandom rng) {
        while (true) {
            double x = Math.pow(rng.nextDouble(), 1 / a);
            double y = Math.pow(rng.nextDouble(), 1 / a);
            double s = x + y;
            if (s <= 1 && s > 0) {
                return x / s;
            }
        }
    }
}
