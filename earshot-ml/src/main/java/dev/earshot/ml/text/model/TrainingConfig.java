package dev.earshot.ml.text.model;

/**
 * Hyper-parameters of a text-model training run (all recorded in the model manifest).
 *
 * @param seed            seed of every random choice (hold-out split, initialisation, batches, dropout)
 * @param ngramBuckets    character n-gram hash buckets, a power of two
 * @param hidden1         first hidden layer width
 * @param hidden2         second hidden layer width
 * @param embedDim        width of the normalised azimuth embedding of the angular-margin heads
 * @param scale           angular-margin scale s (logits = s (cos - m) for the true bin, s cos otherwise)
 * @param margin          additive cosine margin m (CosFace)
 * @param regWeight       weight of the (sin, cos) regression refinement loss, {@code 1 - cos(error)}
 * @param dropout         dropout probability on the first hidden layer, [0, 1)
 * @param learningRate    AdamW learning rate
 * @param weightDecay     decoupled weight decay on weight matrices
 * @param epochs          maximum epochs of the selection run
 * @param batchSize       mini-batch size
 * @param maskHalfWeight  loss weight of a field whose v4 mask is 0.5 (not stated in the text); 1.0 masks
 *                        weigh 1 (a mask m weighs {@code m == 1 ? 1 : maskHalfWeight * 2m})
 * @param holdoutFraction share of the training rows held out (seeded) to choose the epoch, (0, 0.5]
 * @param refit           after choosing the epoch count, train again from scratch on all training rows
 */
public record TrainingConfig(long seed, int ngramBuckets, int hidden1, int hidden2, int embedDim, double scale,
                             double margin, double regWeight, double dropout, double learningRate,
                             double weightDecay, int epochs, int batchSize, double maskHalfWeight,
                             double holdoutFraction, boolean refit) {

    /** @throws IllegalArgumentException naming the first invalid field */
    public TrainingConfig {
        if (ngramBuckets < 16 || Integer.bitCount(ngramBuckets) != 1) {
            throw new IllegalArgumentException("ngramBuckets must be a power of two >= 16, got " + ngramBuckets);
        }
        positive("hidden1", hidden1);
        positive("hidden2", hidden2);
        positive("embedDim", embedDim);
        positive("epochs", epochs);
        positive("batchSize", batchSize);
        if (!(scale > 0) || !(margin >= 0 && margin < 1) || !(regWeight >= 0) || !(dropout >= 0 && dropout < 1)
                || !(learningRate > 0) || !(weightDecay >= 0) || !(maskHalfWeight >= 0 && maskHalfWeight <= 1)
                || !(holdoutFraction > 0 && holdoutFraction <= 0.5)) {
            throw new IllegalArgumentException("invalid training config: need scale > 0, margin in [0, 1),"
                    + " regWeight >= 0, dropout in [0, 1), learningRate > 0, weightDecay >= 0,"
                    + " maskHalfWeight in [0, 1], holdoutFraction in (0, 0.5]; got " + this);
        }
    }

    private static void positive(String name, int v) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + v);
        }
    }

    /** @param seed a seed @return the shipped model's configuration with that seed */
    public static TrainingConfig defaults(long seed) {
        return new TrainingConfig(seed, 4096, 128, 64, 32, 16, 0.2, 0.5, 0.1, 1e-3, 1e-4, 60, 32, 0.2, 0.15, true);
    }

    /** @param e epochs @return a copy with that many epochs */
    public TrainingConfig withEpochs(int e) {
        return new TrainingConfig(seed, ngramBuckets, hidden1, hidden2, embedDim, scale, margin, regWeight, dropout,
                learningRate, weightDecay, e, batchSize, maskHalfWeight, holdoutFraction, refit);
    }

    /** @param w weight of mask-0.5 fields @return a copy with it */
    public TrainingConfig withMaskHalfWeight(double w) {
        return new TrainingConfig(seed, ngramBuckets, hidden1, hidden2, embedDim, scale, margin, regWeight, dropout,
                learningRate, weightDecay, epochs, batchSize, w, holdoutFraction, refit);
    }

    /** @param r whether to refit @return a copy with it */
    public TrainingConfig withRefit(boolean r) {
        return new TrainingConfig(seed, ngramBuckets, hidden1, hidden2, embedDim, scale, margin, regWeight, dropout,
                learningRate, weightDecay, epochs, batchSize, maskHalfWeight, holdoutFraction, r);
    }
}
