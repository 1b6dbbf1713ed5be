package dev.earshot.ml.train;

/**
 * Hyper-parameters of one training run.
 *
 * @param epochs        passes over the training clips (>= 1)
 * @param batchSize     clips per optimiser step (>= 1)
 * @param peakLr        learning rate after warm-up (> 0)
 * @param minLr         learning rate at the end of the cosine decay (0 <= minLr <= peakLr)
 * @param warmupEpochs  epochs of linear warm-up from 0 to peakLr (>= 0, may be fractional)
 * @param weightDecay   AdamW decoupled weight decay on matrices (>= 0; biases, norms, tokens and pos_embed get none)
 * @param layerDecay    layer-wise lr decay in (0, 1]: block i of depth d gets {@code layerDecay^(d - i)}, the patch
 *                      embedding and tokens {@code layerDecay^(d + 1)}, heads and final norms 1
 * @param mixupProb     probability that a batch is mixed with a shuffled copy of itself, in [0, 1]
 * @param mixupAlpha    Beta(alpha, alpha) parameter of the mixing weight, in (0, 1]
 * @param timeMasks     SpecAugment time masks per clip (>= 0)
 * @param maxTimeMask   longest time mask in frames (>= 0)
 * @param freqMasks     SpecAugment frequency masks per clip (>= 0)
 * @param maxFreqMask   widest frequency mask in mel bands (>= 0)
 * @param maxGainDb     random gain applied to both log-mel channels alike, uniform in +-maxGainDb dB (>= 0)
 * @param roll          whether clips are rolled circularly along time by a random offset
 * @param seed          seed of all randomness (initial weights, order, augmentation)
 * @param weights       task loss weights
 * @param doaSigmaDeg   width of the direction targets: 0 = one-hot azimuth/elevation classes (the original's); above
 *                      0, a Gaussian of this standard deviation in degrees around the true class (circular over the
 *                      360 azimuth classes, truncated to the 180 elevation classes), normalised to sum 1 ({@link
 *                      SoftTargets}); decoding stays the argmax
 * @param clipNorm      gradient clipping: when the global L2 norm of all trainable parameters' gradients exceeds
 *                      this value, every gradient is scaled by {@code clipNorm / norm} before the AdamW moments are
 *                      updated (as {@code torch.nn.utils.clip_grad_norm_}); 0 = no clipping (>= 0)
 * @param distanceSigmaM width of the distance targets in metres: 0 = one-hot 0.5 m classes (the original's); above
 *                      0, a Gaussian of this standard deviation over the 21 ordered classes ({@link SoftTargets}), so
 *                      that being one class off costs less than being four off; decoding stays the argmax
 */
public record TrainConfig(int epochs, int batchSize, double peakLr, double minLr, double warmupEpochs,
        double weightDecay, double layerDecay, double mixupProb, double mixupAlpha, int timeMasks, int maxTimeMask,
        int freqMasks, int maxFreqMask, double maxGainDb, boolean roll, long seed, LossWeights weights,
        double doaSigmaDeg, double clipNorm, double distanceSigmaM) {
    /**
     * Validates the values.
     *
     * @throws IllegalArgumentException on a value out of its range (named in the message)
     */
    public TrainConfig {
        require(epochs >= 1, "epochs >= 1", epochs);
        require(batchSize >= 1, "batchSize >= 1", batchSize);
        require(peakLr > 0 && Double.isFinite(peakLr), "peakLr > 0", peakLr);
        require(minLr >= 0 && minLr <= peakLr, "0 <= minLr <= peakLr", minLr);
        require(warmupEpochs >= 0 && Double.isFinite(warmupEpochs), "warmupEpochs >= 0", warmupEpochs);
        require(weightDecay >= 0 && Double.isFinite(weightDecay), "weightDecay >= 0", weightDecay);
        require(layerDecay > 0 && layerDecay <= 1, "layerDecay in (0, 1]", layerDecay);
        require(mixupProb >= 0 && mixupProb <= 1, "mixupProb in [0, 1]", mixupProb);
        require(mixupAlpha > 0 && mixupAlpha <= 1, "mixupAlpha in (0, 1]", mixupAlpha);
        require(timeMasks >= 0 && maxTimeMask >= 0 && freqMasks >= 0 && maxFreqMask >= 0, "mask counts/sizes >= 0",
                timeMasks);
        require(maxGainDb >= 0 && Double.isFinite(maxGainDb), "maxGainDb >= 0", maxGainDb);
        require(doaSigmaDeg >= 0 && doaSigmaDeg <= 90, "doaSigmaDeg in [0, 90]", doaSigmaDeg);
        require(clipNorm >= 0 && Double.isFinite(clipNorm), "clipNorm >= 0", clipNorm);
        require(distanceSigmaM >= 0 && distanceSigmaM <= 10, "distanceSigmaM in [0, 10]", distanceSigmaM);
        if (weights == null) {
            throw new IllegalArgumentException("weights must not be null");
        }
    }

    /**
     * The configuration without gradient clipping ({@code clipNorm} 0); see the canonical constructor.
     *
     * @throws IllegalArgumentException on a value out of its range (named in the message)
     */
    public TrainConfig(int epochs, int batchSize, double peakLr, double minLr, double warmupEpochs,
            double weightDecay, double layerDecay, double mixupProb, double mixupAlpha, int timeMasks, int maxTimeMask,
            int freqMasks, int maxFreqMask, double maxGainDb, boolean roll, long seed, LossWeights weights,
            double doaSigmaDeg) {
        this(epochs, batchSize, peakLr, minLr, warmupEpochs, weightDecay, layerDecay, mixupProb, mixupAlpha, timeMasks,
                maxTimeMask, freqMasks, maxFreqMask, maxGainDb, roll, seed, weights, doaSigmaDeg, 0, 0);
    }

    /**
     * The configuration with one-hot distance targets ({@code distanceSigmaM} 0); see the canonical constructor.
     *
     * @throws IllegalArgumentException on a value out of its range (named in the message)
     */
    public TrainConfig(int epochs, int batchSize, double peakLr, double minLr, double warmupEpochs,
            double weightDecay, double layerDecay, double mixupProb, double mixupAlpha, int timeMasks, int maxTimeMask,
            int freqMasks, int maxFreqMask, double maxGainDb, boolean roll, long seed, LossWeights weights,
            double doaSigmaDeg, double clipNorm) {
        this(epochs, batchSize, peakLr, minLr, warmupEpochs, weightDecay, layerDecay, mixupProb, mixupAlpha, timeMasks,
                maxTimeMask, freqMasks, maxFreqMask, maxGainDb, roll, seed, weights, doaSigmaDeg, clipNorm, 0);
    }

    /**
     * This configuration with another gradient-clipping threshold.
     *
     * @param norm the global gradient L2 norm above which gradients are scaled down; 0 = no clipping
     * @return the new configuration
     * @throws IllegalArgumentException if negative or not finite
     */
    public TrainConfig withClipNorm(double norm) {
        return new TrainConfig(epochs, batchSize, peakLr, minLr, warmupEpochs, weightDecay, layerDecay, mixupProb,
                mixupAlpha, timeMasks, maxTimeMask, freqMasks, maxFreqMask, maxGainDb, roll, seed, weights, doaSigmaDeg,
                norm, distanceSigmaM);
    }

    /**
     * The factor by which gradients are scaled for a given global gradient norm: {@code clipNorm / norm} when
     * clipping is on and the norm exceeds it, else 1.
     *
     * @param gradNorm global L2 norm of the gradients (>= 0; NaN and infinity give 1, so a diverged step still
     *                 shows as a non-finite loss)
     * @return the scale in (0, 1]
     */
    public double clipScale(double gradNorm) {
        if (clipNorm == 0 || !Double.isFinite(gradNorm) || gradNorm <= clipNorm) {
            return 1;
        }
        return clipNorm / gradNorm;
    }

    private static void require(boolean ok, String what, double value) {
        if (!ok) {
            throw new IllegalArgumentException("training config: expected " + what + ", got " + value);
        }
    }

    /**
     * Defaults for the small model on a CPU: batch 8, lr 2.5e-4 peak to 1e-6, 1 warm-up epoch, decay 0.05,
     * layer decay 0.75, mixup p 0.5 alpha 0.5, 2 time masks of up to 24 frames, 2 frequency masks of up to 16
     * bands, +-6 dB gain, roll on, one-hot direction targets.
     *
     * @param epochs  passes over the data
     * @param seed    seed
     * @param weights task loss weights
     * @return the configuration
     */
    public static TrainConfig defaults(int epochs, long seed, LossWeights weights) {
        return new TrainConfig(epochs, 8, 2.5e-4, 1e-6, 1, 0.05, 0.75, 0.5, 0.5, 2, 24, 2, 16, 6, true, seed, weights, 0);
    }

    /**
     * The learning rate at a fractional epoch: linear warm-up, then half-cosine from peakLr to minLr at the end.
     *
     * @param epochProgress epochs done, e.g. 1.5 (>= 0)
     * @return the learning rate
     */
    public double learningRate(double epochProgress) {
        if (epochProgress < warmupEpochs) {
            return peakLr * epochProgress / warmupEpochs;
        }
        double span = Math.max(epochs - warmupEpochs, 1e-9);
        double t = Math.min(1, (epochProgress - warmupEpochs) / span);
        return minLr + (peakLr - minLr) * 0.5 * (1 + Math.cos(Math.PI * t));
    }
}
