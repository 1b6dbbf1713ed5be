package dev.earshot.ml.text.model;

import dev.earshot.ml.text.TextToSpatial;
import dev.earshot.ml.text.text2hoa.Text2HoaReader;
import dev.earshot.ml.text.text2hoa.Text2HoaSample;
import dev.earshot.ml.text.text2hoa.Text2HoaStats;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures parse latency per sentence (single thread, after warm-up; median, p90, p99, mean) and batch
 * throughput (all texts parsed by a pool of threads) of a parser, and for the learned model the thread CPU
 * time of each stage; prints the 1-minute load average beside them. Prints, asserts nothing.
 * Command line: {@code TextParseBenchmark --data V4.jsonl --stats STATS.json [--threads N] [--rounds R]}.
 */
public final class TextParseBenchmark {

    /**
     * Latency and throughput figures.
     *
     * @param n              sentences timed (rounds x texts)
     * @param p10Ms          10th percentile, ms (on a loaded machine: close to the latency of a run that
     *                       was not pre-empted)
     * @param medianMs       median latency, ms
     * @param p90Ms          90th percentile, ms
     * @param p99Ms          99th percentile, ms
     * @param meanMs         mean latency, ms
     * @param cpuMsPerSentence process CPU time (all JVM threads) per sentence in the latency run, ms: what a
     *                         sentence costs on an otherwise idle machine, whatever the load during the run
     * @param threads        threads of the throughput run
     * @param sentencesPerS  throughput, sentences per second
     */
    public record Result(int n, double p10Ms, double medianMs, double p90Ms, double p99Ms, double meanMs, double cpuMsPerSentence,
                         int threads, double sentencesPerS) {
        /** @return one line for reports */
        public String summary() {
            return String.format(Locale.ROOT, "N=%d latency p10 %.2f ms median %.2f ms p90 %.2f ms p99 %.2f ms mean %.2f ms;"
                    + " CPU %.2f ms/sentence; throughput %.0f sentences/s on %d threads", n, p10Ms, medianMs, p90Ms, p99Ms,
                    meanMs, cpuMsPerSentence, sentencesPerS, threads);
        }
    }

    private TextParseBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param parser  the parser
     * @param texts   the texts (at least one)
     * @param rounds  timed passes over the texts (one untimed warm-up pass comes first)
     * @param threads threads for the throughput run
     * @return the figures
     * @throws InterruptedException if interrupted
     */
    public static Result run(TextToSpatial parser, List<String> texts, int rounds, int threads)
            throws InterruptedException {
        if (texts.isEmpty() || rounds < 1 || threads < 1) {
            throw new IllegalArgumentException("need texts, rounds >= 1 and threads >= 1");
        }
        for (String t : texts) {
            parser.parse(t);
        }
        double[] ms = new double[texts.size() * rounds];
        int k = 0;
        long cpu0 = processCpuNanos();
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                long t0 = System.nanoTime();
                parser.parse(t);
                ms[k++] = (System.nanoTime() - t0) / 1e6;
            }
        }
        double cpuMs = (processCpuNanos() - cpu0) / 1e6 / ms.length;
        double mean = Arrays.stream(ms).average().orElse(Double.NaN);
        Arrays.sort(ms);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (String t : texts) {
                fs.add(pool.submit(() -> parser.parse(t)));
            }
            for (Future<?> f : fs) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdown();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        return new Result(ms.length, pct(ms, 0.1), pct(ms, 0.5), pct(ms, 0.9), pct(ms, 0.99), mean, cpuMs, threads,
                texts.size() / s);
    }

    /**
     * Thread CPU time per sentence of each stage of {@link LearnedTextModel#parse}, measured on the calling
     * thread (the embedding runs ONNX Runtime with one intra-op thread, on the calling thread).
     *
     * @param model  the model (its head is timed)
     * @param texts  the texts
     * @param rounds timed passes (one untimed warm-up pass comes first)
     * @return one line: mean ms per sentence for embedding, n-grams, rule parser, cue features, head
     */
    static String stageCpu(LearnedTextModel model, List<String> texts, int rounds) {
        java.lang.management.ThreadMXBean tm = java.lang.management.ManagementFactory.getThreadMXBean();
        CharNgrams ngrams = new CharNgrams(model.manifest().path("config").path("ngramBuckets").asInt());
        CueFeatures cues = new CueFeatures(dev.earshot.ml.text.SpatialLexicon.standard(),
                new dev.earshot.ml.text.RuleParser());
        String[] names = {"embedding", "char n-grams", "rule parser", "cue features", "head"};
        long[] ns = new long[names.length];
        int dim = model.head().inputDim;
        for (int r = 0; r <= rounds; r++) {
            for (String t : texts) {
                float[] x = new float[dim];
                long[] c = new long[names.length + 1];
                c[0] = tm.getCurrentThreadCpuTime();
                System.arraycopy(SentenceEmbedder.embed(t), 0, x, 0, SentenceEmbedder.DIMENSION);
                c[1] = tm.getCurrentThreadCpuTime();
                ngrams.features(t, x, SentenceEmbedder.DIMENSION);
                c[2] = tm.getCurrentThreadCpuTime();
                dev.earshot.ml.text.SpatialIntent p = cues.rules().parse(t);
                c[3] = tm.getCurrentThreadCpuTime();
                cues.features(t, p, x, SentenceEmbedder.DIMENSION + ngrams.dimension());
                c[4] = tm.getCurrentThreadCpuTime();
                LearnedTextModel.combine(model.head().forward(x), p);
                c[5] = tm.getCurrentThreadCpuTime();
                for (int k = 0; r > 0 && k < names.length; k++) {
                    ns[k] += c[k + 1] - c[k];
                }
            }
        }
        StringBuilder b = new StringBuilder("thread CPU per sentence by stage:");
        for (int k = 0; k < names.length; k++) {
            b.append(String.format(Locale.ROOT, " %s %.3f ms;", names[k], ns[k] / 1e6 / texts.size() / rounds));
        }
        return b.substring(0, b.length() - 1);
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }

    private static double pct(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * (sorted.length - 1) + 0.5))];
    }

    /**
     * @param args {@code --data F --stats F [--threads N] [--rounds R]}
     * @throws Exception on bad arguments or I/O errors
     */
    public static void main(String[] args) throws Exception {
        Path data = null;
        Path stats = null;
        int threads = Runtime.getRuntime().availableProcessors();
        int rounds = 3;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[i + 1]);
                case "--stats" -> stats = Path.of(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (data == null || stats == null) {
            throw new IllegalArgumentException("usage: TextParseBenchmark --data V4.jsonl --stats STATS.json"
                    + " [--threads N] [--rounds R]");
        }
        List<String> texts = texts(data, stats);
        System.out.printf(Locale.ROOT, "load average %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long t0 = System.nanoTime();
        LearnedTextModel m = LearnedTextModel.shipped();
        m.parse("warm up");
        System.out.printf(Locale.ROOT, "start-up (load weights + MiniLM + first parse): %.0f ms%n",
                (System.nanoTime() - t0) / 1e6);
        System.out.println("learned-mlp: " + run(m, texts, rounds, threads).summary());
        System.out.println("learned-mlp " + stageCpu(m, texts, rounds));
        System.out.printf(Locale.ROOT, "load average %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("rule-parser: " + run(new dev.earshot.ml.text.RuleParser(), texts, rounds, threads).summary());
    }

    private static List<String> texts(Path data, Path stats) throws IOException {
        List<String> out = new ArrayList<>();
        for (Text2HoaSample s : Text2HoaReader.readV4(data, Text2HoaStats.read(stats))) {
            out.add(s.text());
        }
        return out;
    }
}
