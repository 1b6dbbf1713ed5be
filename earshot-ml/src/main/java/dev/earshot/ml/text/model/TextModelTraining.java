package dev.earshot.ml.text.model;

import dev.earshot.ml.text.IntentField;
import dev.earshot.ml.text.TextMetrics;
import dev.earshot.ml.text.text2hoa.Text2HoaSample;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The training pipeline: featurise the rows (embeddings through the cache), split a seeded hold-out of
 * whole texts off the training rows (every row of a held-out text is held out, so the hold-out measures
 * texts never seen in training; the v4 files repeat texts many times), train with {@link DjlTrainer} scoring every epoch on the hold-out, then (if
 * {@link TrainingConfig#refit()}) train again from scratch on all training rows for the chosen number
 * of epochs. Selection score (lower is better): hold-out mean 3-D angular error on rows whose azimuth
 * mask is 1.0, plus half the hold-out angular error on all rows.
 */
final class TextModelTraining {

    /**
     * What a run produced.
     *
     * @param head          the trained head
     * @param bestEpoch     chosen epoch count
     * @param holdoutAeMask1 hold-out AE (mask 1.0 rows) of the selection run at that epoch
     * @param holdoutAeAll  hold-out AE (all rows) at that epoch
     * @param holdoutN      hold-out rows
     * @param trainN        rows the final head was trained on
     * @param selectionHead the head of the selection run at the chosen epoch (never saw the hold-out texts)
     * @param holdout       the hold-out rows (texts absent from the selection run's training rows)
     */
    record Outcome(MlpHead head, int bestEpoch, double holdoutAeMask1, double holdoutAeAll, int holdoutN, int trainN,
                   MlpHead selectionHead, List<Text2HoaSample> holdout) {
    }

    private TextModelTraining() {
    }

    /**
     * Featurises samples.
     *
     * @param samples rows
     * @param fz      featuriser
     * @param cfg     config (mask weights)
     * @return the training rows
     */
    static List<TrainingRow> rows(List<Text2HoaSample> samples, TextFeaturizer fz, TrainingConfig cfg) {
        List<TrainingRow> out = new ArrayList<>(samples.size());
        for (Text2HoaSample s : samples) {
            out.add(TrainingRow.of(fz.featurize(s.text()).features(), s, cfg.maskHalfWeight()));
        }
        return out;
    }

    /**
     * Runs the pipeline.
     *
     * @param samples training rows (labelled)
     * @param cfg     hyper-parameters
     * @param cache   embedding cache file (null: none)
     * @param log     progress lines (may be null)
     * @return the outcome
     * @throws IOException if the cache cannot be read or written
     */
    static Outcome run(List<Text2HoaSample> samples, TrainingConfig cfg, Path cache, Consumer<String> log)
            throws IOException {
        Consumer<String> say = log == null ? s -> { } : log;
        TextFeaturizer fz = new TextFeaturizer(cfg.ngramBuckets(), new EmbeddingCache(cache));
        List<TrainingRow> all = rows(samples, fz, cfg);
        fz.saveCache();
        say.accept("featurised " + all.size() + " rows, dimension " + fz.dimension());
        // hold out whole texts (the v4 files repeat texts, up to dozens of times), seeded
        java.util.Map<String, List<Integer>> byText = new java.util.LinkedHashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            byText.computeIfAbsent(samples.get(i).text(), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = new ArrayList<>(byText.values());
        java.util.Collections.shuffle(groups, new Random(cfg.seed() ^ 0x5EEDL));
        int target = Math.max(1, (int) Math.round(all.size() * cfg.holdoutFraction()));
        List<TrainingRow> fit = new ArrayList<>();
        List<TrainingRow> hold = new ArrayList<>();
        List<Text2HoaSample> holdSamples = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            boolean toHold = hold.size() < target && g < groups.size() - 1;
            for (int i : groups.get(g)) {
                if (toHold) {
                    hold.add(all.get(i));
                    holdSamples.add(samples.get(i));
                } else {
                    fit.add(all.get(i));
                }
            }
        }
        double[] bestAe = new double[2];
        DjlTrainer trainer = new DjlTrainer(cfg, fz.dimension());
        DjlTrainer.Result sel = trainer.train(fit, cfg.epochs(), (epoch, head) -> {
            double[] ae = holdoutAe(head, hold, holdSamples);
            double score = ae[0] + 0.5 * ae[1];
            say.accept(String.format(java.util.Locale.ROOT, "epoch %d hold-out AE mask1 %.2f all %.2f score %.2f",
                    epoch, ae[0], ae[1], score));
            return score;
        }, null);
        bestAe = holdoutAe(sel.head(), hold, holdSamples);
        say.accept("chosen epoch " + sel.bestEpoch());
        if (!cfg.refit()) {
            return new Outcome(sel.head(), sel.bestEpoch(), bestAe[0], bestAe[1], hold.size(), fit.size(), sel.head(),
                    holdSamples);
        }
        DjlTrainer.Result full = trainer.train(all, sel.bestEpoch(), null, e -> { });
        say.accept("refit on " + all.size() + " rows for " + sel.bestEpoch() + " epochs");
        return new Outcome(full.head(), sel.bestEpoch(), bestAe[0], bestAe[1], hold.size(), all.size(), sel.head(),
                holdSamples);
    }

    /** @return {AE on rows with azimuth mask 1.0 (NaN if none), AE on all rows} */
    static double[] holdoutAe(MlpHead head, List<TrainingRow> rows, List<Text2HoaSample> samples) {
        double all = 0;
        double m1 = 0;
        int n1 = 0;
        for (int i = 0; i < rows.size(); i++) {
            HeadOutput o = head.forward(rows.get(i).x());
            TrainingRow r = rows.get(i);
            double e = TextMetrics.angularErrorDeg(o.startAzimuthDeg(), o.startElevationDeg(), r.azimuthDeg(),
                    r.elStartDeg());
            all += e;
            if (samples.get(i).weight(IntentField.AZIMUTH) >= 1.0) {
                m1 += e;
                n1++;
            }
        }
        return new double[] {n1 == 0 ? Double.NaN : m1 / n1, all / rows.size()};
    }
}
