package dev.earshot.ml.baseline;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.ml.features.ComplexSpectrogram;
import dev.earshot.ml.features.Stft;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Blind level and reverberance features of a binaural clip at 32 kHz (see {@link ClassicalDistanceEstimator}).
 * Not thread-safe (holds an STFT plan).
 */
final class DistanceFeatures {
    static final String[] NAMES = {"level_db", "onset_drr_db", "coherence_200_1k", "coherence_1k_4k",
        "coherence_4k_12k", "modulation_db", "tilt_db"};
    static final int BLOCK = 16;            // 0.5 ms at 32 kHz
    static final int EARLY_BLOCKS = 5;      // 2.5 ms after the onset
    static final int LATE_BLOCKS = 100;     // ... up to 50 ms
    static final int HISTORY_BLOCKS = 40;   // 20 ms before
    static final double ONSET_RISE = 10;    // 10 dB
    static final double ONSET_RANGE = 1e-4; // within 40 dB of the loudest block
    private static final double[][] COHERENCE_BANDS_HZ = {{200, 1000}, {1000, 4000}, {4000, 12000}};

    private final Stft stft = Stft.spatialAst();

    /** @param b two channels at 32 kHz, already checked */
    double[] compute(AudioBuffer b) {
        float[] l = b.channel(0);
        float[] r = b.channel(1);
        int n = l.length;
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += (double) l[i] * l[i] + (double) r[i] * r[i];
        }
        double levelDb = 10 * Math.log10(total / (2.0 * n) + 1e-20);
        int nb = n / BLOCK;
        double[] e = new double[nb];
        double maxE = 0;
        for (int j = 0; j < nb; j++) {
            double s = 0;
            for (int i = j * BLOCK; i < (j + 1) * BLOCK; i++) {
                s += (double) l[i] * l[i] + (double) r[i] * r[i];
            }
            e[j] = s;
            maxE = Math.max(maxE, s);
        }
        double drr = onsetDrrDb(e, maxE);
        double modulation = modulationDb(e, maxE);
        ComplexSpectrogram sl = stft.transform(l);
        ComplexSpectrogram sr = stft.transform(r);
        double binHz = (double) BinauralInput.ANALYSIS_RATE_HZ / stft.nFft();
        double[] coh = new double[COHERENCE_BANDS_HZ.length];
        double[] bandEnergy = new double[COHERENCE_BANDS_HZ.length];
        for (int band = 0; band < COHERENCE_BANDS_HZ.length; band++) {
            int k0 = (int) Math.ceil(COHERENCE_BANDS_HZ[band][0] / binHz);
            int k1 = (int) Math.floor(COHERENCE_BANDS_HZ[band][1] / binHz);
            double num = 0;
            double den = 0;
            for (int k = k0; k <= k1; k++) {
                double cr = 0;
                double ci = 0;
                double pl = 0;
                double pr = 0;
                for (int t = 0; t < sl.frames(); t++) {
                    double a = sl.real()[t][k];
                    double bi = sl.imag()[t][k];
                    double c = sr.real()[t][k];
                    double d = sr.imag()[t][k];
                    cr += a * c + bi * d;
                    ci += bi * c - a * d;
                    pl += a * a + bi * bi;
                    pr += c * c + d * d;
                }
                double w = pl + pr;
                if (pl > 0 && pr > 0) {
                    num += w * Math.hypot(cr, ci) / Math.sqrt(pl * pr);
                }
                den += w;
            }
            coh[band] = den > 0 ? num / den : 0;
            bandEnergy[band] = den;
        }
        double tilt = 10 * Math.log10((bandEnergy[2] + 1e-20) / (bandEnergy[0] + 1e-20));
        return new double[] {levelDb, drr, coh[0], coh[1], coh[2], modulation, tilt};
    }

    /**
     * Median over detected onsets of {@code 10 log10(mean power in the first 2.5 ms / mean power 2.5 .. 50 ms
     * later)}; 0 when there is no onset followed by 50 ms of signal.
     */
    static double onsetDrrDb(double[] e, double maxE) {
        List<Double> ratios = new ArrayList<>();
        int last = -LATE_BLOCKS;
        double hist = 0;
        for (int j = 0; j + LATE_BLOCKS <= e.length; j++) {
            int h0 = Math.max(0, j - HISTORY_BLOCKS);
            double meanHist = j > h0 ? hist / (j - h0) : 0;
            boolean onset = e[j] >= maxE * ONSET_RANGE && e[j] > meanHist * Math.pow(10, ONSET_RISE / 10)
                    && j - last >= LATE_BLOCKS;
            if (onset) {
                double early = 0;
                double late = 0;
                for (int k = 0; k < EARLY_BLOCKS; k++) {
                    early += e[j + k];
                }
                for (int k = EARLY_BLOCKS; k < LATE_BLOCKS; k++) {
                    late += e[j + k];
                }
                early /= EARLY_BLOCKS;
                late /= LATE_BLOCKS - EARLY_BLOCKS;
                if (early > 0 && late > 0) {
                    ratios.add(10 * Math.log10(early / late));
                }
                last = j;
            }
            hist += e[j];
            if (j - HISTORY_BLOCKS >= 0) {
                hist -= e[j - HISTORY_BLOCKS];
            }
        }
        if (ratios.isEmpty()) {
            return 0;
        }
        Collections.sort(ratios);
        int m = ratios.size();
        return m % 2 == 1 ? ratios.get(m / 2) : 0.5 * (ratios.get(m / 2 - 1) + ratios.get(m / 2));
    }

    /** Standard deviation of the 10 ms level in dB over the 10 ms blocks within 60 dB of the loudest. */
    static double modulationDb(double[] e, double maxE) {
        int per = 20; // 20 x 0.5 ms
        List<Double> levels = new ArrayList<>();
        double maxBlock = 0;
        double[] sums = new double[e.length / per];
        for (int j = 0; j < sums.length; j++) {
            for (int k = 0; k < per; k++) {
                sums[j] += e[j * per + k];
            }
            maxBlock = Math.max(maxBlock, sums[j]);
        }
        for (double s : sums) {
            if (s > 0 && s >= maxBlock * 1e-6) {
                levels.add(10 * Math.log10(s));
            }
        }
        if (levels.size() < 2) {
            return 0;
        }
        double m = levels.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double v = levels.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / levels.size();
        return Math.sqrt(v);
    }
}
