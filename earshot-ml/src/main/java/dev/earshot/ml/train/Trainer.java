package dev.earshot.ml.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import dev.earshot.ml.checkpoint.Tensor;
import dev.earshot.ml.model.ModelConfig;
import dev.earshot.ml.model.ModelKind;
import dev.earshot.ml.model.SpatialEncoder;
import dev.earshot.ml.perception.LabelledClip;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Trains a Spatial-AST encoder from scratch (or resumes) on labelled binaural clips, on the DJL PyTorch engine
 * (CPU; set {@code -Dai.djl.pytorch.num_threads=1} on a shared machine).
 *
 * <p>Per clip, features ({@link ClipFeatures}, {@code config.frames()} frames) are computed once and kept. Each
 * epoch shuffles the clips with a {@link SplittableRandom} seeded from (seed, epoch), so a resumed run sees the same
 * order and augmentation as an uninterrupted one. Each batch is augmented ({@link Augmenter}: roll, gain, SpecAugment
 * masks), optionally mixed up with a permutation of itself (weight from Beta(alpha, alpha); targets mixed the same
 * way, which for BCE and soft-target CE equals mixing the losses). Loss: {@code sed * BCE(classes) + dp * CE(distance)
 * + doae * (CE(azimuth) + CE(elevation))}. AdamW (beta 0.9/0.999, eps 1e-8, decoupled decay on matrices only),
 * learning rate warm-up + cosine per step ({@link TrainConfig#learningRate}) times the layer-wise decay factor,
 * after optional global gradient-norm clipping ({@link TrainConfig#clipScale}).
 *
 * <p>Initial weights come from a Java {@link SplittableRandom}: matrices and tokens N(0, 0.02) truncated at 2 sigma,
 * biases 0, norm scales 1; the input BatchNorm's running mean/variance are set to the training clips' log-mel
 * statistics and (like the conv BatchNorm's 0/1) kept fixed. After each epoch the weights and AdamW moments are
 * written atomically to {@code outDir} ({@link TrainCheckpoint}). Same data + seed + config give the same weights.
 */
public final class Trainer {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;

    /** Fixed AdaCos scale used in training for DSpAST's cosine heads: sqrt(2) ln(C - 1) per head. */
    static double adaCosScale(int classes) {
        return Math.sqrt(2) * Math.log(classes - 1);
    }

    private final ModelKind kind;
    private final ModelConfig config;
    private final List<String> classes;
    private final TrainConfig train;
    private final String stage;
    private final Map<String, Tensor> startWeights;
    private final ai.djl.Device device;

    /**
     * Creates a trainer.
     *
     * @param config  model size ({@code numClasses} must equal the class count)
     * @param classes class names, index = output
     * @param train   hyper-parameters
     * @param stage   stage name recorded in the checkpoint (e.g. {@code spatial-ast})
     * @throws IllegalArgumentException on a class count mismatch or a null argument
     */
    public Trainer(ModelConfig config, List<String> classes, TrainConfig train, String stage) {
        this(ModelKind.SPATIAL_AST, config, classes, train, stage, null, ai.djl.Device.cpu());
    }

    /**
     * Creates a trainer for either architecture, optionally starting from given weights (e.g. the previous DSpAST
     * stage's checkpoint) instead of the seeded initialisation; the optimiser state starts fresh.
     *
     * @param kind         Spatial-AST or DSpAST
     * @param config       model size ({@code numClasses} must equal the class count)
     * @param classes      class names, index = output
     * @param train        hyper-parameters
     * @param stage        stage name recorded in the checkpoint
     * @param startWeights full state_dict to start from, or null for the seeded initialisation
     * @param device       where to train ({@link ComputeDevice#resolve})
     * @throws IllegalArgumentException on a class count mismatch or a null argument (other than startWeights)
     */
    public Trainer(ModelKind kind, ModelConfig config, List<String> classes, TrainConfig train, String stage,
            Map<String, Tensor> startWeights, ai.djl.Device device) {
        if (device == null || kind == null || config == null || classes == null || train == null || stage == null) {
            throw new IllegalArgumentException("trainer arguments must not be null");
        }
        if (classes.size() != config.numClasses()) {
            throw new IllegalArgumentException("config has " + config.numClasses() + " classes, got " + classes.size()
                    + " names");
        }
        this.kind = kind;
        this.device = device;
        this.startWeights = startWeights == null ? null : Map.copyOf(startWeights);
        this.config = config;
        this.classes = List.copyOf(classes);
        this.train = train;
        this.stage = stage;
    }

    /**
     * One epoch's summary.
     *
     * @param epoch      1-based epoch number
     * @param meanLoss   mean total loss over its batches
     * @param clipsPerS  training throughput
     * @param etaS       estimated seconds left for the remaining epochs
     */
    public record EpochReport(int epoch, double meanLoss, double clipsPerS, double etaS) {
        /**
         * The progress line.
         *
         * @param epochs total epochs of the run
         * @return e.g. {@code epoch 3/10  loss 1.23456  18.20 clips/s  ETA 0:02:10}
         */
        public String line(int epochs) {
            return String.format(Locale.ROOT, "epoch %d/%d  loss %.5f  %.2f clips/s  ETA %s", epoch, epochs, meanLoss,
                    clipsPerS, formatS(etaS));
        }

        private static String formatS(double s) {
            long t = Math.round(s);
            return String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60);
        }
    }

    /**
     * Trains.
     *
     * @param clips    training clips (2 channels, 32 kHz; labels among the classes); at least one
     * @param outDir   checkpoint folder
     * @param resume   continue from the checkpoint in {@code outDir} (its config, classes and seed must match)
     * @param progress receives one line per epoch
     * @return the reports of the epochs run by this call (empty if the checkpoint had them all)
     * @throws IOException              on a checkpoint read/write failure, or a resume checkpoint that does not match
     * @throws IllegalArgumentException on a bad clip (named)
     */
    public List<EpochReport> train(List<LabelledClip> clips, Path outDir, boolean resume, Consumer<String> progress)
            throws IOException {
        return train(clips, outDir, resume, progress, Integer.MAX_VALUE);
    }

    /**
     * Trains, stopping early after a given epoch (the schedule still spans {@code TrainConfig.epochs()}, so a later
     * {@code resume} call finishes exactly as one uninterrupted run would).
     *
     * @param clips     training clips, see {@link #train(List, Path, boolean, Consumer)}
     * @param outDir    checkpoint folder
     * @param resume    continue from the checkpoint in {@code outDir}
     * @param progress  receives one line per epoch
     * @param stopAfter last epoch (1-based) this call runs; values beyond {@code epochs} mean all
     * @return the reports of the epochs run by this call
     * @throws IOException              on a checkpoint failure or mismatch
     * @throws IllegalArgumentException on a bad clip
     * @throws IllegalStateException    if the loss becomes NaN or infinite (diverged); nothing of that epoch is
     *                                  written, so the folder keeps the last finite checkpoint
     */
    public List<EpochReport> train(List<LabelledClip> clips, Path outDir, boolean resume, Consumer<String> progress,
            int stopAfter) throws IOException {
        if (clips == null || clips.isEmpty()) {
            throw new IllegalArgumentException("no training clips");
        }
        List<Example> examples = new ArrayList<>();
        for (LabelledClip c : clips) {
            examples.add(Example.of(c, classes, config.frames(), kind));
        }
        TrainCheckpoint start = null;
        if (resume && TrainCheckpoint.exists(outDir)) {
            start = TrainCheckpoint.read(outDir);
            if (start.kind() != kind || !start.config().equals(config) || !start.classes().equals(classes) || start.seed() != train.seed()) {
                throw new IOException(outDir + ": the checkpoint's config, classes or seed differ from this run's ("
                        + start.config() + ", seed " + start.seed() + ")");
            }
        }
        Map<String, Tensor> init = start != null ? start.weights()
                : startWeights != null ? startWeights : initialWeights(examples);
        List<EpochReport> reports = new ArrayList<>();
        try (SpatialEncoder enc = SpatialEncoder.create(kind, config, device)) {
            enc.loadStateDict(init, start != null ? outDir.toString() : startWeights != null ? "start weights"
                    : "initialisation (seed " + train.seed() + ")");
            Engine.getInstance().setRandomSeed((int) train.seed());
            List<Slot> slots = slots(enc, start);
            int done = start != null ? start.epochsDone() : 0;
            long step = start != null ? start.step() : 0;
            int batches = (examples.size() + train.batchSize() - 1) / train.batchSize();
            ParameterStore ps = new ParameterStore(slots.isEmpty() ? null : slots.get(0).w.getManager(), false);
            Augmenter aug = new Augmenter(train);
            for (int epoch = done; epoch < Math.min(train.epochs(), stopAfter); epoch++) {
                long t0 = System.nanoTime();
                SplittableRandom rng = new SplittableRandom(train.seed() * 0x9E3779B97F4A7C15L + epoch);
                int[] order = permutation(examples.size(), rng);
                double lossSum = 0;
                for (int b = 0; b < batches; b++) {
                    int from = b * train.batchSize();
                    int to = Math.min(examples.size(), from + train.batchSize());
                    double lr = train.learningRate(epoch + (double) b / batches);
                    double l = step(enc, ps, slots, examples, order, from, to, rng, aug, lr, ++step);
                    if (!Double.isFinite(l)) {
                        throw new IllegalStateException(String.format(Locale.ROOT, "training diverged: loss %s at "
                                + "epoch %d, batch %d/%d (lr %.3g); the checkpoint of epoch %d in %s is kept: resume "
                                + "from it with a lower peak learning rate", l, epoch + 1, b + 1, batches, lr, epoch,
                                outDir));
                    }
                    lossSum += l;
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                writeCheckpoint(enc, outDir, slots, epoch + 1, step);
                EpochReport r = new EpochReport(epoch + 1, lossSum / batches, examples.size() / secs,
                        secs * (train.epochs() - epoch - 1));
                reports.add(r);
                progress.accept(r.line(train.epochs()));
            }
        }
        return reports;
    }

    /** A trainable (or fixed) parameter with its AdamW state. */
    private static final class Slot {
        final String name;
        final NDArray w;
        final NDArray m;
        final NDArray v;
        final double lrScale;
        final boolean decay;

        Slot(String name, NDArray w, NDArray m, NDArray v, double lrScale, boolean decay) {
            this.name = name;
            this.w = w;
            this.m = m;
            this.v = v;
            this.lrScale = lrScale;
            this.decay = decay;
        }
    }

    private List<Slot> slots(SpatialEncoder enc, TrainCheckpoint start) {
        List<Slot> slots = new ArrayList<>();
        for (Pair<String, Parameter> p : enc.block().getParameters()) {
            Parameter param = p.getValue();
            if (!param.requiresGradient()) {
                continue;
            }
            String name = param.getName();
            NDArray w = param.getArray();
            w.setRequiresGradient(true);
            NDArray m = w.zerosLike();
            NDArray v = w.zerosLike();
            NDScope.unregister(m, v);
            if (start != null && start.firstMoment().containsKey(name)) {
                m.set(start.firstMoment().get(name).data());
                v.set(start.secondMoment().get(name).data());
            }
            boolean decay = w.getShape().dimension() >= 2 && !name.equals("pos_embed") && !name.startsWith("cls_tokens");
            slots.add(new Slot(name, w, m, v, layerScale(name), decay));
        }
        return slots;
    }

    private double layerScale(String name) {
        int d = config.depth();
        if (name.startsWith("blocks.")) {
            int i = Integer.parseInt(name.substring(7, name.indexOf('.', 7)));
            return Math.pow(train.layerDecay(), d - i);
        }
        if (name.startsWith("patch_embed") || name.equals("pos_embed") || name.startsWith("cls_tokens")
                || name.startsWith("conv_downsample") || name.startsWith("bn.") || name.startsWith("bn_ild.")) {
            return Math.pow(train.layerDecay(), d + 1);
        }
        return 1;
    }

    private double step(SpatialEncoder enc, ParameterStore ps, List<Slot> slots, List<Example> ex, int[] order,
            int from, int to, SplittableRandom rng, Augmenter aug, double lr, long t) {
        int b = to - from;
        int c = kind.inputChannels();
        int tf = config.frames() * config.mels();
        int nc = classes.size();
        float[] x = new float[b * c * tf];
        float[][][][] maps = new float[b][][][];
        for (int i = 0; i < b; i++) {
            maps[i] = aug.apply(ex.get(order[from + i]).maps(), rng);
        }
        int[] partner = new int[b];
        double lam = 1;
        if (b > 1 && rng.nextDouble() < train.mixupProb()) {
            lam = Augmenter.beta(train.mixupAlpha(), rng);
            partner = permutation(b, rng);
        } else {
            for (int i = 0; i < b; i++) {
                partner[i] = i;
            }
        }
        float[] sed = new float[b * nc];
        float[] dist = new float[b * ModelConfig.DISTANCE_CLASSES];
        float[] az = new float[b * ModelConfig.AZIMUTH_CLASSES];
        float[] el = new float[b * ModelConfig.ELEVATION_CLASSES];
        for (int i = 0; i < b; i++) {
            float[][][] a = maps[i];
            float[][][] p = maps[partner[i]];
            for (int ch = 0; ch < c; ch++) {
                for (int fr = 0; fr < config.frames(); fr++) {
                    int base = (i * c + ch) * tf + fr * config.mels();
                    for (int k = 0; k < config.mels(); k++) {
                        x[base + k] = (float) (lam * a[ch][fr][k] + (1 - lam) * p[ch][fr][k]);
                    }
                }
            }
            Example ea = ex.get(order[from + i]);
            Example ep = ex.get(order[from + partner[i]]);
            for (int k = 0; k < nc; k++) {
                sed[i * nc + k] = (float) (lam * ea.multiHot()[k] + (1 - lam) * ep.multiHot()[k]);
            }
            double sd = train.distanceSigmaM();
            SoftTargets.addDistance(dist, i * ModelConfig.DISTANCE_CLASSES, ea.distanceClass(), sd, lam);
            SoftTargets.addDistance(dist, i * ModelConfig.DISTANCE_CLASSES, ep.distanceClass(), sd, 1 - lam);
            double sg = train.doaSigmaDeg();
            SoftTargets.addAzimuth(az, i * ModelConfig.AZIMUTH_CLASSES, ea.azimuthClass(), sg, lam);
            SoftTargets.addAzimuth(az, i * ModelConfig.AZIMUTH_CLASSES, ep.azimuthClass(), sg, 1 - lam);
            SoftTargets.addElevation(el, i * ModelConfig.ELEVATION_CLASSES, ea.elevationClass(), sg, lam);
            SoftTargets.addElevation(el, i * ModelConfig.ELEVATION_CLASSES, ep.elevationClass(), sg, 1 - lam);
        }
        LossWeights lw = train.weights();
        double lossValue;
        try (NDScope scope = new NDScope(); GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            gc.zeroGradients();
            var mgr = slots.get(0).w.getManager();
            NDArray input = mgr.create(x, new Shape(b, c, config.frames(), config.mels()));
            NDList out = enc.block().forward(ps, new NDList(input), true);
            NDArray logits = out.get(0);
            NDArray distLogits = out.get(1);
            NDArray azLogits = out.get(2);
            NDArray elLogits = out.get(3);
            if (kind == ModelKind.DSPAST) { // cosines in [-1, 1]: scale as AdaCos does before the softmax
                distLogits = distLogits.mul((float) adaCosScale(ModelConfig.DISTANCE_CLASSES));
                azLogits = azLogits.mul((float) adaCosScale(ModelConfig.AZIMUTH_CLASSES));
                elLogits = elLogits.mul((float) adaCosScale(ModelConfig.ELEVATION_CLASSES));
            }
            NDArray y = mgr.create(sed, new Shape(b, nc));
            NDArray bce = logits.maximum(0).sub(logits.mul(y)).add(logits.abs().neg().exp().add(1f).log()).mean();
            NDArray loss = bce.mul((float) lw.sed())
                    .add(softCe(distLogits, mgr.create(dist, new Shape(b, ModelConfig.DISTANCE_CLASSES)))
                            .mul((float) lw.dp()))
                    .add(softCe(azLogits, mgr.create(az, new Shape(b, ModelConfig.AZIMUTH_CLASSES)))
                            .add(softCe(elLogits, mgr.create(el, new Shape(b, ModelConfig.ELEVATION_CLASSES))))
                            .mul((float) lw.doae()));
            gc.backward(loss);
            lossValue = loss.getFloat();
        }
        try (NDScope scope = new NDScope()) {
            double bc1 = 1 - Math.pow(BETA1, t);
            double bc2 = 1 - Math.pow(BETA2, t);
            float clip = 1;
            if (train.clipNorm() > 0) {
                double sq = 0;
                for (Slot s : slots) {
                    sq += s.w.getGradient().square().sum().getFloat();
                }
                clip = (float) train.clipScale(Math.sqrt(sq));
            }
            for (Slot s : slots) {
                NDArray g = clip == 1 ? s.w.getGradient() : s.w.getGradient().mul(clip);
                s.m.muli((float) BETA1).addi(g.mul((float) (1 - BETA1)));
                s.v.muli((float) BETA2).addi(g.square().mul((float) (1 - BETA2)));
                double a = lr * s.lrScale;
                if (s.decay && train.weightDecay() > 0) {
                    s.w.muli((float) (1 - a * train.weightDecay()));
                }
                NDArray upd = s.m.div((float) bc1).div(s.v.div((float) bc2).sqrt().add((float) EPS)).mul((float) a);
                s.w.subi(upd);
            }
        }
        return lossValue;
    }

    private static NDArray softCe(NDArray logits, NDArray target) {
        return logits.logSoftmax(-1).mul(target).sum(new int[] {-1}).neg().mean();
    }

    private void writeCheckpoint(SpatialEncoder enc, Path outDir, List<Slot> slots, int epochsDone, long step)
            throws IOException {
        Map<String, Tensor> w = new LinkedHashMap<>();
        for (Pair<String, Parameter> p : enc.block().getParameters()) {
            w.put(p.getValue().getName(), tensor(p.getValue().getArray()));
        }
        Map<String, Tensor> m1 = new LinkedHashMap<>();
        Map<String, Tensor> m2 = new LinkedHashMap<>();
        for (Slot s : slots) {
            m1.put(s.name, tensor(s.m));
            m2.put(s.name, tensor(s.v));
        }
        new TrainCheckpoint(kind, config, classes, stage, epochsDone, step, train.seed(), w, m1, m2).write(outDir);
    }

    private static Tensor tensor(NDArray a) {
        long[] s = a.getShape().getShape();
        int[] shape = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            shape[i] = (int) s[i];
        }
        return new Tensor(shape, a.toFloatArray());
    }

    /** Seeded initial state_dict (see the class comment). */
    Map<String, Tensor> initialWeights(List<Example> examples) {
        SplittableRandom rng = new SplittableRandom(train.seed());
        Map<String, Tensor> out = new LinkedHashMap<>();
        double[] mean = new double[2];
        double[] var = new double[2];
        for (int ch = 0; ch < 2; ch++) {
            double[] stats = channelStats(examples, ch);
            mean[ch] = stats[0];
            var[ch] = stats[1];
        }
        double[] ild = kind == ModelKind.DSPAST ? channelStats(examples, 3) : new double[] {0, 1};
        double[][] pooled = kind == ModelKind.DSPAST ? pooledStats(examples, mean, var, ild) : null;
        var layout = dev.earshot.ml.model.StateDictLayout.of(kind, config).required();
        for (Map.Entry<String, int[]> e : layout.entrySet()) {
            String n = e.getKey();
            int[] shape = e.getValue();
            int numel = 1;
            for (int d : shape) {
                numel *= d;
            }
            float[] d = new float[numel];
            if (n.equals("bn_ild.running_mean")) {
                d[0] = (float) ild[0];
            } else if (n.equals("bn_ild.running_var")) {
                d[0] = (float) ild[1];
            } else if (pooled != null && n.matches("conv_downsample[123]\\.0\\.bn\\.running_(mean|var)")) {
                double[] st = pooled[n.endsWith("mean") ? 0 : 1];
                for (int i = 0; i < numel; i++) {
                    d[i] = (float) st[i];
                }
            } else if (n.equals("bn.running_mean")) {
                d[0] = (float) mean[0];
                d[1] = (float) mean[1];
            } else if (n.equals("bn.running_var")) {
                d[0] = (float) var[0];
                d[1] = (float) var[1];
            } else if (n.endsWith("running_var") || (n.endsWith(".weight") && shape.length == 1)) {
                java.util.Arrays.fill(d, 1f);
            } else if (!n.endsWith("running_mean") && !n.endsWith(".bias")) {
                for (int i = 0; i < numel; i++) {
                    double g;
                    do {
                        g = gaussian(rng);
                    } while (Math.abs(g) > 2);
                    d[i] = (float) (0.02 * g);
                }
            }
            out.put(n, new Tensor(shape, d));
        }
        return out;
    }

    /** Mean and variance (floored at 1e-6) of one map over all clips, frames and bands. */
    private static double[] channelStats(List<Example> examples, int ch) {
        double sum = 0;
        double sq = 0;
        long n = 0;
        for (Example e : examples) {
            for (float[] row : e.maps()[ch]) {
                for (float v : row) {
                    sum += v;
                    sq += (double) v * v;
                    n++;
                }
            }
        }
        if (n == 0) {
            return new double[] {0, 1};
        }
        double m = sum / n;
        return new double[] {m, Math.max(sq / n - m * m, 1e-6)};
    }

    /**
     * Statistics of DSpAST's channel-attention input: per clip, the average of each of the 6 maps after the input
     * BatchNorms; then the mean and variance (floored at 1e-6) of those averages over the clips.
     */
    private static double[][] pooledStats(List<Example> examples, double[] mean, double[] var, double[] ild) {
        double[] sum = new double[6];
        double[] sq = new double[6];
        for (Example e : examples) {
            for (int ch = 0; ch < 6; ch++) {
                double s = 0;
                long n = 0;
                for (float[] row : e.maps()[ch]) {
                    for (float v : row) {
                        s += v;
                        n++;
                    }
                }
                double avg = s / n;
                if (ch < 2) {
                    avg = (avg - mean[ch]) / Math.sqrt(var[ch] + 1e-5);
                } else if (ch == 3) {
                    avg = (avg - ild[0]) / Math.sqrt(ild[1] + 1e-5);
                }
                sum[ch] += avg;
                sq[ch] += avg * avg;
            }
        }
        double[][] out = new double[2][6];
        int n = Math.max(1, examples.size());
        for (int ch = 0; ch < 6; ch++) {
            out[0][ch] = sum[ch] / n;
            out[1][ch] = examples.isEmpty() ? 1 : Math.max(sq[ch] / n - out[0][ch] * out[0][ch], 1e-6);
        }
        return out;
    }

    private static double gaussian(SplittableRandom rng) {
        double u = rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }

    static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }
}
