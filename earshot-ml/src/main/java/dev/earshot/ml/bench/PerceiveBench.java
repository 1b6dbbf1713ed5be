package dev.earshot.ml.bench;

import ai.djl.pytorch.jni.JniUtils;
import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.ml.checkpoint.Tensor;
import dev.earshot.ml.features.SpatialAstFeatures;
import dev.earshot.ml.model.InferenceBackend;
import dev.earshot.ml.model.ModelConfig;
import dev.earshot.ml.model.ModelKind;
import dev.earshot.ml.model.SpatialEncoder;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * One-command perception benchmark:
 * <pre>java -cp "earshot-app/target/earshot-app.jar:earshot-app/target/lib/*" dev.earshot.ml.bench.PerceiveBench \
 *     --clips DIR [--count 20] [--threads 1,2] [--models small,vit-base] [--backends onnxruntime,pytorch]
 *     [--spin false] [--runs 5] [--numpy SCRIPT] [--parts features,inference]</pre>
 * ({@code --backends} also takes {@code onnxruntime-int8}, the opt-in int8 approximation.)
 * <ol>
 *   <li><b>Features</b>: {@link SpatialAstFeatures} on the first {@code --count} binaural 32 kHz WAVs under
 *       {@code DIR} (sorted by path, each cut to 10 s), one thread (JTransforms' own threads disabled), after
 *       a warm-up pass; per clip the median thread CPU time over 3 passes. With {@code --numpy SCRIPT}
 *       ({@code earshot-ml/src/test/python/bench_features.py}) the numpy implementation of the fixture script
 *       is run on the same files ({@code OMP_NUM_THREADS=1}) and the ratio printed.</li>
 *   <li><b>Inference</b>: each model ({@code small} = {@link ModelConfig#small} widths at 1024 frames, i.e. one
 *       pass per 10-s clip like ViT-Base; {@code vit-base} = {@link ModelConfig#vitBase}; 355 classes) with
 *       random weights initialised as timm does (std 0.02, LayerNorm gains 1, biases 0), fed the real feature
 *       maps of the clips (bicubic stretch to 1024 frames included); for each thread count and each
 *       {@link InferenceBackend} (ONNX Runtime intra-op threads, no spinning unless {@code --spin true}; PyTorch
 *       via {@link JniUtils#setNumThreads}), 2 warm-up runs (the first, timed separately, builds the ONNX
 *       Runtime session) then {@code --runs} timed runs; wall and process CPU time per clip (median). With two
 *       backends, the outputs of both on every clip are compared: max |difference| per head and argmax
 *       agreement.</li>
 * </ol>
 * Prints the load average before and after each part: the figures are only comparable on a quiet machine.
 */
public final class PerceiveBench {
    private static final int RATE_HZ = 32000;
    private static final int CLIP_SAMPLES = 10 * RATE_HZ;

    private PerceiveBench() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args see the class documentation
     * @throws Exception on a missing folder, unreadable clip or a failing python run
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        PrintStream out = System.out;
        Path clipsDir = Path.of(need(o, "--clips"));
        int count = Integer.parseInt(o.getOrDefault("--count", "20"));
        int runs = Integer.parseInt(o.getOrDefault("--runs", "5"));
        List<Path> files = clips(clipsDir, count);
        List<float[][]> clips = new ArrayList<>();
        for (Path f : files) {
            clips.add(load(f));
        }
        out.printf(Locale.ROOT, "perceive bench: %d clips of 10 s, 32 kHz, binaural from %s; %d cpus, load %s%n",
                clips.size(), clipsDir, Runtime.getRuntime().availableProcessors(), load());
        List<String> parts = List.of(o.getOrDefault("--parts", "features,inference").split(","));
        List<float[][][]> maps = features(clips, parts.contains("features") ? out : null);
        if (parts.contains("features") && o.containsKey("--numpy")) {
            numpy(o.get("--numpy"), files, out);
        }
        if (!parts.contains("inference")) {
            return;
        }
        for (String m : o.getOrDefault("--models", "small,vit-base").split(",")) {
            ModelConfig c = switch (m) {
                case "small" -> new ModelConfig(192, 6, 4, 4, 1024, 128, 16, 355, 64);
                case "vit-base" -> ModelConfig.vitBase(355);
                default -> throw new IllegalArgumentException("--models: expected small or vit-base, got " + m);
            };
            List<Integer> threads = Arrays.stream(o.getOrDefault("--threads", "1,2").split(","))
                    .map(t -> Integer.parseInt(t.trim())).toList();
            List<InferenceBackend> backends = Arrays.stream(o.getOrDefault("--backends", "onnxruntime,pytorch")
                    .split(",")).map(PerceiveBench::backend).toList();
            inference(m, c, threads, backends, Boolean.parseBoolean(o.getOrDefault("--spin", "false")), maps, runs, out);
        }
    }

    private static InferenceBackend backend(String name) {
        return switch (name.trim()) {
            case "onnxruntime" -> InferenceBackend.ONNX_RUNTIME;
            case "onnxruntime-int8" -> InferenceBackend.ONNX_RUNTIME_INT8;
            case "pytorch" -> InferenceBackend.PYTORCH;
            default -> throw new IllegalArgumentException("--backends: expected onnxruntime, onnxruntime-int8 or "
                    + "pytorch, got " + name);
        };
    }

    private static double javaMedianMs;
    private static boolean interopSet;

    private static List<float[][][]> features(List<float[][]> clips, PrintStream out) {
        org.jtransforms.utils.CommonUtils.setThreadsBeginN_1D_FFT_2Threads(Long.MAX_VALUE); // one thread
        org.jtransforms.utils.CommonUtils.setThreadsBeginN_1D_FFT_4Threads(Long.MAX_VALUE);
        ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        SpatialAstFeatures f = new SpatialAstFeatures();
        List<float[][][]> maps = new ArrayList<>();
        for (float[][] c : clips) { // warm-up, also keeps the maps for inference
            maps.add(f.compute(c[0], c[1]));
        }
        if (out == null) {
            return maps;
        }
        double[] perClip = new double[clips.size()];
        long wall0 = System.nanoTime();
        for (int i = 0; i < clips.size(); i++) {
            double[] reps = new double[3];
            for (int r = 0; r < reps.length; r++) {
                long t0 = tm.getCurrentThreadCpuTime();
                float[][][] m = f.compute(clips.get(i)[0], clips.get(i)[1]);
                reps[r] = (tm.getCurrentThreadCpuTime() - t0) / 1e6;
                if (m[0].length != maps.get(i)[0].length) {
                    throw new IllegalStateException("feature frames changed between runs");
                }
            }
            perClip[i] = median(reps);
        }
        javaMedianMs = median(perClip);
        double wallMs = (System.nanoTime() - wall0) / 1e6 / (3.0 * clips.size());
        out.printf(Locale.ROOT, "features java: median %.1f ms CPU per 10-s clip (mean %.1f, min %.1f, max %.1f; "
                        + "wall %.1f ms/clip; %d frames x 128 mels x 4 maps); load %s%n", median(perClip.clone()),
                Arrays.stream(perClip).average().orElse(0), Arrays.stream(perClip).min().orElse(0),
                Arrays.stream(perClip).max().orElse(0), wallMs, maps.get(0)[0].length, load());
        return maps;
    }

    private static void numpy(String script, List<Path> files, PrintStream out) throws IOException,
            InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", script));
        files.forEach(p -> cmd.add(p.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("OMP_NUM_THREADS", "1");
        pb.environment().put("OPENBLAS_NUM_THREADS", "1");
        pb.environment().put("MKL_NUM_THREADS", "1");
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int rc = p.waitFor();
        out.print(text.endsWith("\n") ? text : text + "\n");
        if (rc != 0) {
            throw new IOException(script + " exited with " + rc);
        }
        var m = java.util.regex.Pattern.compile("NUMPY_MEDIAN_MS ([0-9.]+)").matcher(text);
        if (m.find()) {
            double np = Double.parseDouble(m.group(1));
            out.printf(Locale.ROOT, "features ratio numpy/java (median CPU per clip): %.2f (java %.1f ms, numpy %.1f ms)%n",
                    np / javaMedianMs, javaMedianMs, np);
        }
    }

    private static void inference(String name, ModelConfig c, List<Integer> threads, List<InferenceBackend> backends,
                                  boolean spin, List<float[][][]> maps, int runs, PrintStream out) {
        try (SpatialEncoder enc = SpatialEncoder.create(ModelKind.SPATIAL_AST, c)) {
            enc.loadStateDict(randomWeights(enc, 1), "random init");
            if (!interopSet) { // torch allows this once, before any parallel work
                JniUtils.setNumInteropThreads(1);
                interopSet = true;
            }
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            for (int t : threads) {
                for (InferenceBackend b : backends) {
                    JniUtils.setNumThreads(t);
                    enc.useBackend(b, t, spin);
                    long w00 = System.nanoTime();
                    enc.infer(maps.get(0));
                    double firstS = (System.nanoTime() - w00) / 1e9;
                    enc.infer(maps.get(1 % maps.size()));
                    double[] wall = new double[runs];
                    double[] cpu = new double[runs];
                    for (int r = 0; r < runs; r++) {
                        long c0 = os.getProcessCpuTime();
                        long w0 = System.nanoTime();
                        enc.infer(maps.get(r % maps.size()));
                        wall[r] = (System.nanoTime() - w0) / 1e9;
                        cpu[r] = (os.getProcessCpuTime() - c0) / 1e9;
                    }
                    out.printf(Locale.ROOT, "inference %-8s (%d-d, depth %d, %d frames) %-12s threads %d%s: median wall "
                                    + "%.3f s, process CPU %.3f s per 10-s clip (%d runs; wall min %.3f max %.3f; CPU min "
                                    + "%.3f; first call %.1f s wall); load %s%n",
                            name, c.embedDim(), c.depth(), c.frames(), b, t,
                            b != InferenceBackend.PYTORCH ? (spin ? " (spinning)" : "") : " (torch reports "
                                    + JniUtils.getNumThreads() + ")", median(wall), median(cpu), runs,
                            Arrays.stream(wall).min().orElse(0), Arrays.stream(wall).max().orElse(0),
                            Arrays.stream(cpu).min().orElse(0), firstS, load());
                }
            }
            if (backends.size() > 1) {
                List<InferenceBackend> order = new ArrayList<>(backends); // the PyTorch block is the reference
                if (order.remove(InferenceBackend.PYTORCH)) {
                    order.add(0, InferenceBackend.PYTORCH);
                }
                faithfulness(name, enc, order, maps, threads.get(threads.size() - 1), spin, out);
            }
        }
    }

    /** Max |difference| of every output between the first backend (the reference) and the others on every clip; argmax agreement. */
    private static void faithfulness(String name, SpatialEncoder enc, List<InferenceBackend> backends,
                                     List<float[][][]> maps, int threads, boolean spin, PrintStream out) {
        List<List<float[][]>> per = new ArrayList<>();
        for (InferenceBackend b : backends) {
            enc.useBackend(b, threads, spin);
            List<float[][]> outs = new ArrayList<>();
            for (float[][][] m : maps) {
                var o = enc.infer(m);
                outs.add(new float[][] {o.classLogits()[0], o.distanceScores()[0], o.azimuthScores()[0],
                    o.elevationScores()[0]});
            }
            per.add(outs);
        }
        String[] heads = {"classes", "distance", "azimuth", "elevation"};
        for (int k = 1; k < backends.size(); k++) {
            StringBuilder sb = new StringBuilder();
            for (int h = 0; h < 4; h++) {
                double diff = 0;
                double scale = 0;
                int same = 0;
                for (int i = 0; i < maps.size(); i++) {
                    float[] r = per.get(0).get(i)[h];
                    float[] g = per.get(k).get(i)[h];
                    for (int j = 0; j < r.length; j++) {
                        diff = Math.max(diff, Math.abs(r[j] - g[j]));
                        scale = Math.max(scale, Math.abs(r[j]));
                    }
                    same += argmax(r) == argmax(g) ? 1 : 0;
                }
                sb.append(String.format(Locale.ROOT, "; %s max |diff| %.2e (max |logit| %.3f), argmax equal %d/%d",
                        heads[h], diff, scale, same, maps.size()));
            }
            out.printf(Locale.ROOT, "faithfulness %s: %s against %s on %d clips%s%n", name, backends.get(k), backends.get(0),
                    maps.size(), sb);
        }
    }

    private static int argmax(float[] x) {
        int m = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] > x[m]) {
                m = i;
            }
        }
        return m;
    }

    /**
     * Weights initialised as timm initialises a ViT: matrices, CLS tokens and pos_embed Gaussian with std 0.02,
     * LayerNorm and BatchNorm gains 1, biases and running means 0, running variances 1.
     */
    static Map<String, Tensor> randomWeights(SpatialEncoder enc, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Map<String, Tensor> w = new LinkedHashMap<>();
        enc.layout().required().forEach((k, shape) -> {
            int n = 1;
            for (int s : shape) {
                n *= s;
            }
            float[] d = new float[n];
            boolean one = k.endsWith("running_var") || shape.length == 1 && k.endsWith(".weight");
            boolean zero = k.endsWith("running_mean") || k.endsWith(".bias");
            for (int i = 0; i < n; i++) {
                d[i] = one ? 1f : zero ? 0f : (float) (0.02 * r.nextGaussian());
            }
            w.put(k, new Tensor(shape, d));
        });
        return w;
    }

    private static List<Path> clips(Path dir, int count) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no such folder (make clips with earshot simulate --seconds 10)");
        }
        List<Path> out;
        try (Stream<Path> s = Files.walk(dir)) {
            out = s.filter(p -> p.toString().endsWith(".wav")).sorted().limit(count).toList();
        }
        if (out.isEmpty()) {
            throw new IOException(dir + ": no .wav files");
        }
        return out;
    }

    private static float[][] load(Path f) throws IOException {
        AudioBuffer a = AudioFiles.read(f);
        if (a.channels() != 2 || a.sampleRateHz() != RATE_HZ || a.frames() < CLIP_SAMPLES) {
            throw new IOException(f + ": expected a binaural 32 kHz clip of at least 10 s, got " + a.channels()
                    + " channel(s) at " + a.sampleRateHz() + " Hz, " + a.durationS() + " s");
        }
        return new float[][] {Arrays.copyOf(a.channel(0), CLIP_SAMPLES), Arrays.copyOf(a.channel(1), CLIP_SAMPLES)};
    }

    private static String load() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "%.1f", l);
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: PerceiveBench --clips DIR [--count N] [--runs N] "
                        + "[--threads 1,2] [--models small,vit-base] [--backends onnxruntime,pytorch] [--spin false] "
                        + "[--numpy SCRIPT] [--parts features,inference]; bad argument " + args[i]);
            }
            m.put(args[i], args[++i]);
        }
        return m;
    }

    private static String need(Map<String, String> o, String k) {
        String v = o.get(k);
        if (v == null) {
            throw new IllegalArgumentException(k + " is required");
        }
        return v;
    }
}
