package dev.earshot.ml.text.model;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.GradientCollector;
import dev.earshot.ml.text.TextMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Trains the {@link MlpHead} with DJL's PyTorch engine on the CPU: DJL builds the graph and computes
 * the gradients (autograd); the parameters live in Java arrays and are updated by a Java AdamW (so the
 * run is reproducible: seeded {@link Random} for initialisation (He normal), batch order and dropout
 * masks; one PyTorch thread).
 *
 * <p>Loss per row (weights from {@link TrainingRow}): for the start and the end azimuth head, CosFace
 * cross-entropy over 12 bins ({@code s (cos - m)} for the true bin) + {@code regWeight (1 - cos(error))}
 * of the normalised (sin, cos) regression, times the azimuth weight; elevation start/end
 * {@code |err| / 120 deg}; distance {@code |log1p(d) - log1p(d*)|}; spread {@code |err| / 120 deg};
 * wet {@code |err|}; gain {@code |err| / 6 dB}; each times its field weight; mean over the batch.
 */
final class DjlTrainer {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;

    private final TrainingConfig cfg;
    private final int inputDim;

    /** @param cfg hyper-parameters @param inputDim feature dimension */
    DjlTrainer(TrainingConfig cfg, int inputDim) {
        this.cfg = cfg;
        this.inputDim = inputDim;
        System.setProperty("ai.djl.pytorch.num_threads", System.getProperty("ai.djl.pytorch.num_threads", "1"));
        System.setProperty("ai.djl.pytorch.num_interop_threads",
                System.getProperty("ai.djl.pytorch.num_interop_threads", "1"));
    }

    /** Called after each epoch with the current head; returns a selection score (lower is better). */
    interface EpochCallback {
        double score(int epoch, MlpHead head);
    }

    /** Result of a run: the head after the best-scoring epoch (or the last, without a callback). */
    record Result(MlpHead head, int bestEpoch, double bestScore) {
    }

    /**
     * Trains from a fresh seeded initialisation.
     *
     * @param rows     training rows
     * @param epochs   number of epochs
     * @param callback scores each epoch (null: keep the last epoch)
     * @param progress called with each finished epoch (may be null)
     * @return the selected head
     */
    Result train(List<TrainingRow> rows, int epochs, EpochCallback callback, IntConsumer progress) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no training rows");
        }
        Engine engine = Engine.getEngine("PyTorch");
        // one intra-op thread for the whole run, whatever started the engine before (the result of a float
        // reduction depends on how it is split over threads, and the run must be reproducible byte for byte)
        int threadsBefore = JniUtils.getNumThreads();
        JniUtils.setNumThreads(1);
        try {
            return train(rows, epochs, callback, progress, engine);
        } finally {
            JniUtils.setNumThreads(threadsBefore);
        }
    }

    private Result train(List<TrainingRow> rows, int epochs, EpochCallback callback, IntConsumer progress,
                         Engine engine) {
        Random rnd = new Random(cfg.seed());
        Map<String, float[]> p = init(rnd);
        Map<String, float[]> m1 = zeros(p);
        Map<String, float[]> m2 = zeros(p);
        engine.setRandomSeed((int) cfg.seed());
        int[] order = new int[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        MlpHead best = null;
        int bestEpoch = epochs;
        double bestScore = Double.POSITIVE_INFINITY;
        long step = 0;
        try (NDManager base = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            for (int epoch = 1; epoch <= epochs; epoch++) {
                shuffle(order, rnd);
                for (int from = 0; from < order.length; from += cfg.batchSize()) {
                    int to = Math.min(order.length, from + cfg.batchSize());
                    List<TrainingRow> batch = new ArrayList<>(to - from);
                    for (int i = from; i < to; i++) {
                        batch.add(rows.get(order[i]));
                    }
                    step++;
                    try (NDManager mgr = base.newSubManager()) {
                        Map<String, NDArray> nd = new LinkedHashMap<>();
                        MlpHead shapes = head(p);
                        for (String n : MlpHead.NAMES) {
                            NDArray a = mgr.create(p.get(n), new Shape(toLong(shapes.shape(n))));
                            a.setRequiresGradient(true);
                            nd.put(n, a);
                        }
                        float[] mask = dropoutMask(batch.size(), rnd);
                        try (GradientCollector gc = engine.newGradientCollector()) {
                            NDArray loss = loss(mgr, nd, batch, mask);
                            gc.backward(loss);
                        }
                        for (String n : MlpHead.NAMES) {
                            adamw(n, p.get(n), nd.get(n).getGradient().toFloatArray(), m1.get(n), m2.get(n), step);
                        }
                    }
                }
                if (progress != null) {
                    progress.accept(epoch);
                }
                if (callback != null) {
                    MlpHead h = head(copy(p));
                    double s = callback.score(epoch, h);
                    if (s < bestScore) {
                        bestScore = s;
                        bestEpoch = epoch;
                        best = h;
                    }
                }
            }
        }
        if (best == null) {
            best = head(p);
            bestEpoch = epochs;
            bestScore = Double.NaN;
        }
        return new Result(best, bestEpoch, bestScore);
    }

    /** The training graph's loss (mean over the batch). */
    NDArray loss(NDManager mgr, Map<String, NDArray> w, List<TrainingRow> batch, float[] dropMask) {
        int b = batch.size();
        NDArray x = input(mgr, batch);
        NDArray h1 = Activation.relu(x.matMul(w.get("W1")).add(w.get("b1")));
        if (dropMask != null) {
            h1 = h1.mul(mgr.create(dropMask, new Shape(b, cfg.hidden1())));
        }
        NDArray h2 = Activation.relu(h1.matMul(w.get("W2")).add(w.get("b2")));
        float[] onehot = new float[b * MlpHead.BINS];
        float[] sc = new float[b * 2];
        float[] tgt = new float[b * 6];
        float[] wt = new float[b * 7];
        for (int i = 0; i < b; i++) {
            TrainingRow r = batch.get(i);
            onehot[i * MlpHead.BINS + MlpHead.bin(r.azimuthDeg())] = 1;
            double a = Math.toRadians(r.azimuthDeg());
            sc[2 * i] = (float) Math.sin(a);
            sc[2 * i + 1] = (float) Math.cos(a);
            float[] t = {(float) r.elStartDeg(), (float) r.elEndDeg(), (float) Math.log1p(r.distanceM()),
                (float) r.spreadDeg(), (float) r.wet(), (float) r.gainDb()};
            System.arraycopy(t, 0, tgt, 6 * i, 6);
            float[] ws = {(float) r.wAz(), (float) r.wEl(), (float) r.wEl(), (float) r.wDist(), (float) r.wSpread(),
                (float) r.wWet(), (float) r.wGain()};
            System.arraycopy(ws, 0, wt, 7 * i, 7);
        }
        NDArray oh = mgr.create(onehot, new Shape(b, MlpHead.BINS));
        NDArray target = mgr.create(sc, new Shape(b, 2));
        NDArray weights = mgr.create(wt, new Shape(b, 7));
        NDArray t = mgr.create(tgt, new Shape(b, 6));
        NDArray az = azimuthLoss(h2, w, "0", oh, target).add(azimuthLoss(h2, w, "1", oh, target))
                .mul(weights.get(":, 0"));
        NDArray y = h2.matMul(w.get("Wr")).add(w.get("br"));
        NDArray elS = y.get(":, 0").tanh().mul(60f).sub(t.get(":, 0")).abs().div(120f).mul(weights.get(":, 1"));
        NDArray elE = y.get(":, 1").tanh().mul(60f).sub(t.get(":, 1")).abs().div(120f).mul(weights.get(":, 2"));
        NDArray dist = Activation.sigmoid(y.get(":, 2")).mul(5.4f).add(0.6f).add(1f).log()
                .sub(t.get(":, 2")).abs().mul(weights.get(":, 3"));
        NDArray spread = Activation.sigmoid(y.get(":, 3")).mul(115f).add(5f).sub(t.get(":, 3")).abs().div(120f)
                .mul(weights.get(":, 4"));
        NDArray wet = Activation.sigmoid(y.get(":, 4")).sub(t.get(":, 4")).abs().mul(weights.get(":, 5"));
        NDArray gain = y.get(":, 5").tanh().mul(6f).sub(t.get(":, 5")).abs().div(6f).mul(weights.get(":, 6"));
        return az.add(elS).add(elE).add(dist).add(spread).add(wet).add(gain).mean();
    }

    private NDArray azimuthLoss(NDArray h2, Map<String, NDArray> w, String k, NDArray onehot, NDArray target) {
        NDArray e = h2.matMul(w.get("P" + k));
        e = e.div(e.square().sum(new int[] {1}, true).sqrt().add(1e-6f));
        NDArray c = w.get("C" + k);
        NDArray cn = c.div(c.square().sum(new int[] {0}, true).sqrt().add(1e-6f));
        NDArray cos = e.matMul(cn);
        NDArray logits = cos.sub(onehot.mul((float) cfg.margin())).mul((float) cfg.scale());
        NDArray ce = logits.logSoftmax(1).mul(onehot).sum(new int[] {1}).neg();
        NDArray r = h2.matMul(w.get("R" + k)).add(w.get("r" + k));
        NDArray rn = r.div(r.square().sum(new int[] {1}, true).add(1e-12f).sqrt());
        NDArray reg = rn.mul(target).sum(new int[] {1}).neg().add(1f);
        return ce.add(reg.mul((float) cfg.regWeight()));
    }

    private NDArray input(NDManager mgr, List<TrainingRow> batch) {
        float[] flat = new float[batch.size() * inputDim];
        for (int i = 0; i < batch.size(); i++) {
            System.arraycopy(batch.get(i).x(), 0, flat, i * inputDim, inputDim);
        }
        return mgr.create(flat, new Shape(batch.size(), inputDim));
    }

    private float[] dropoutMask(int rows, Random rnd) {
        if (cfg.dropout() <= 0) {
            return null;
        }
        float keep = (float) (1 - cfg.dropout());
        float[] m = new float[rows * cfg.hidden1()];
        for (int i = 0; i < m.length; i++) {
            m[i] = rnd.nextDouble() < keep ? 1 / keep : 0;
        }
        return m;
    }

    private void adamw(String name, float[] w, float[] g, float[] m, float[] v, long step) {
        double lr = cfg.learningRate();
        double c1 = 1 - Math.pow(BETA1, step);
        double c2 = 1 - Math.pow(BETA2, step);
        boolean decay = Character.isUpperCase(name.charAt(0));
        for (int i = 0; i < w.length; i++) {
            double gi = Float.isFinite(g[i]) ? g[i] : 0;
            m[i] = (float) (BETA1 * m[i] + (1 - BETA1) * gi);
            v[i] = (float) (BETA2 * v[i] + (1 - BETA2) * gi * gi);
            double upd = (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPS);
            if (decay) {
                upd += cfg.weightDecay() * w[i];
            }
            w[i] = (float) (w[i] - lr * upd);
        }
    }

    private Map<String, float[]> init(Random rnd) {
        Map<String, float[]> p = new LinkedHashMap<>();
        MlpHead dims = new MlpHead(inputDim, cfg.hidden1(), cfg.hidden2(), cfg.embedDim(), (float) cfg.scale(),
                placeholder());
        for (String n : MlpHead.NAMES) {
            int[] s = dims.shape(n);
            float[] a = new float[s.length == 1 ? s[0] : s[0] * s[1]];
            if (s.length == 2) {
                double std = Math.sqrt(2.0 / s[0]);
                for (int i = 0; i < a.length; i++) {
                    a[i] = (float) (rnd.nextGaussian() * std);
                }
            }
            p.put(n, a);
        }
        return p;
    }

    private Map<String, float[]> placeholder() {
        Map<String, float[]> m = new LinkedHashMap<>();
        int[][] shapes = {{inputDim, cfg.hidden1()}, {cfg.hidden1()}, {cfg.hidden1(), cfg.hidden2()}, {cfg.hidden2()},
            {cfg.hidden2(), cfg.embedDim()}, {cfg.embedDim(), MlpHead.BINS}, {cfg.hidden2(), 2}, {2},
            {cfg.hidden2(), cfg.embedDim()}, {cfg.embedDim(), MlpHead.BINS}, {cfg.hidden2(), 2}, {2},
            {cfg.hidden2(), MlpHead.REG}, {MlpHead.REG}};
        for (int i = 0; i < shapes.length; i++) {
            m.put(MlpHead.NAMES.get(i), new float[shapes[i].length == 1 ? shapes[i][0] : shapes[i][0] * shapes[i][1]]);
        }
        return m;
    }

    private MlpHead head(Map<String, float[]> p) {
        return new MlpHead(inputDim, cfg.hidden1(), cfg.hidden2(), cfg.embedDim(), (float) cfg.scale(), p);
    }

    private static Map<String, float[]> zeros(Map<String, float[]> p) {
        Map<String, float[]> z = new LinkedHashMap<>();
        p.forEach((k, v) -> z.put(k, new float[v.length]));
        return z;
    }

    private static Map<String, float[]> copy(Map<String, float[]> p) {
        Map<String, float[]> z = new LinkedHashMap<>();
        p.forEach((k, v) -> z.put(k, v.clone()));
        return z;
    }

    private static long[] toLong(int[] s) {
        long[] l = new long[s.length];
        for (int i = 0; i < s.length; i++) {
            l[i] = s[i];
        }
        return l;
    }

    private static void shuffle(int[] a, Random rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * The DJL graph's decoded outputs for inputs (no dropout), to check the Java forward pass:
     * per row {start bin probabilities (12), end (12), elevation start, end, distance, spread, wet, gain}.
     *
     * @param head weights
     * @param xs   inputs
     * @return the outputs, one array per row
     */
    static float[][] djlOutputs(MlpHead head, List<float[]> xs) {
        try (NDManager mgr = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            Map<String, NDArray> w = new LinkedHashMap<>();
            for (String n : MlpHead.NAMES) {
                w.put(n, mgr.create(head.t.get(n), new Shape(toLong(head.shape(n)))));
            }
            float[] flat = new float[xs.size() * head.inputDim];
            for (int i = 0; i < xs.size(); i++) {
                System.arraycopy(xs.get(i), 0, flat, i * head.inputDim, head.inputDim);
            }
            NDArray x = mgr.create(flat, new Shape(xs.size(), head.inputDim));
            NDArray h1 = Activation.relu(x.matMul(w.get("W1")).add(w.get("b1")));
            NDArray h2 = Activation.relu(h1.matMul(w.get("W2")).add(w.get("b2")));
            NDArray[] probs = new NDArray[2];
            for (int k = 0; k < 2; k++) {
                NDArray e = h2.matMul(w.get("P" + k));
                e = e.div(e.square().sum(new int[] {1}, true).sqrt().add(1e-6f));
                NDArray c = w.get("C" + k);
                NDArray cn = c.div(c.square().sum(new int[] {0}, true).sqrt().add(1e-6f));
                probs[k] = e.matMul(cn).mul(head.scale).softmax(1);
            }
            NDArray y = h2.matMul(w.get("Wr")).add(w.get("br"));
            NDArray dec = NDArrays.concatRegression(y);
            float[] p0 = probs[0].toFloatArray();
            float[] p1 = probs[1].toFloatArray();
            float[] d = dec.toFloatArray();
            float[][] out = new float[xs.size()][2 * MlpHead.BINS + 6];
            for (int i = 0; i < xs.size(); i++) {
                System.arraycopy(p0, i * MlpHead.BINS, out[i], 0, MlpHead.BINS);
                System.arraycopy(p1, i * MlpHead.BINS, out[i], MlpHead.BINS, MlpHead.BINS);
                System.arraycopy(d, i * 6, out[i], 2 * MlpHead.BINS, 6);
            }
            return out;
        }
    }

    /** Decoding of the regression outputs as a DJL graph. */
    private static final class NDArrays {
        static NDArray concatRegression(NDArray y) {
            NDArray el0 = y.get(":, 0:1").tanh().mul(60f);
            NDArray el1 = y.get(":, 1:2").tanh().mul(60f);
            NDArray dist = Activation.sigmoid(y.get(":, 2:3")).mul(5.4f).add(0.6f);
            NDArray spread = Activation.sigmoid(y.get(":, 3:4")).mul(115f).add(5f);
            NDArray wet = Activation.sigmoid(y.get(":, 4:5"));
            NDArray gain = y.get(":, 5:6").tanh().mul(6f);
            return el0.concat(el1, 1).concat(dist, 1).concat(spread, 1).concat(wet, 1).concat(gain, 1);
        }
    }

    /** @return mean 3-D angular error of the start direction of heads over rows (diagnostics) */
    static double meanAngularErrorDeg(MlpHead head, List<TrainingRow> rows) {
        double s = 0;
        for (TrainingRow r : rows) {
            HeadOutput o = head.forward(r.x());
            s += TextMetrics.angularErrorDeg(o.startAzimuthDeg(), o.startElevationDeg(), r.azimuthDeg(), r.elStartDeg());
        }
        return rows.isEmpty() ? Double.NaN : s / rows.size();
    }
}
