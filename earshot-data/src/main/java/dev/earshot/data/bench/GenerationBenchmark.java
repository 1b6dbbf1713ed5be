package dev.earshot.data.bench;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.dsp.FftConvolver;
import dev.earshot.audio.dsp.FloatFftConvolver;
import dev.earshot.audio.dsp.fft.ComplexFft;
import dev.earshot.data.bank.SoundBank;
import dev.earshot.data.bank.SoundBanks;
import dev.earshot.data.job.DatasetFormat;
import dev.earshot.data.job.Datasets;
import dev.earshot.data.job.JobSpec;
import dev.earshot.data.scene.Scene;
import dev.earshot.data.scene.SceneConfig;
import dev.earshot.data.scene.SceneSampler;
import dev.earshot.data.spatialize.BadClipException;
import dev.earshot.data.spatialize.RenderProfile;
import dev.earshot.data.spatialize.SpatialClip;
import dev.earshot.data.spatialize.Spatializer;
import dev.earshot.data.spatialize.SpatializerOptions;
import dev.earshot.spatial.room.RoomBenchmark;
import dev.earshot.spatial.room.SynthesisProfile;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Single-thread throughput of dataset generation (issue 3): scenes from {@link SceneConfig#defaults()}
 * (1-3 sources, DISSE TRAINVAL rooms: T30 0.14-2.7 s, floor 13-277 m^2) rendered binaurally at 32 kHz
 * into ten-second clips ({@link SpatializerOptions#spatialAst()}) and written in a format (native by
 * default) into a temporary folder. After an untimed warm-up (every HRIR direction cell, then 100 clips by
 * default so that the JIT has compiled the per-clip code, as in a long job), every phase is timed with
 * the calling thread's CPU time: scene sampling, dry-clip preparation, RIR synthesis (image sources, HRIR
 * lookups, early placement, diffuse tail), labels, convolution, mixing, encoding and writing. For the same
 * clips it then times just the FFT convolutions the generation must do (each source's dry clip with its
 * RIR, every ear, the clip-length head of the linear convolution, with the fastest convolver the project
 * has, {@link FloatFftConvolver}, the one generation itself uses) and prints the ratio of generation time
 * to that time and the clips per core-hour. Run with {@code --add-modules jdk.incubator.vector} (as the
 * {@code earshot} launcher does) for the Vector API FFT kernels; the benchmark waits for their warm-up.
 * JTransforms (still used by the optional double-precision reference) runs on the calling thread only.
 * The process CPU time of the timed loop (garbage collection and JIT threads included) is printed as
 * well.
 *
 * <p>Usage: {@code GenerationBenchmark [--count 100] [--warmup 100] [--bank DIR] [--seed 1]
 * [--clip-seconds 10] [--format native] [--rir-count 0] [--double-reference false]} ({@code --rir-count N > 0}
 * also runs {@link RoomBenchmark} with N RIRs per RT60 row; {@code --double-reference true} also times the
 * same convolutions with the double-precision {@link FftConvolver} that generation used before, for an
 * in-run comparison).
 */
public final class GenerationBenchmark {
    private static final ThreadMXBean BEAN = ManagementFactory.getThreadMXBean();

    private GenerationBenchmark() {
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param args options above
     * @throws IOException if the bank cannot be opened or writing fails
     */
    public static void main(String[] args) throws IOException {
        int count = 100;
        int warmup = 100;
        Path bankDir = null;
        long seed = 1;
        double clipS = 10;
        String formatName = "native";
        int rirCount = 0;
        boolean doubleReference = false;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
            String v = args[i + 1];
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(v);
                case "--warmup" -> warmup = Integer.parseInt(v);
                case "--bank" -> bankDir = Path.of(v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--clip-seconds" -> clipS = Double.parseDouble(v);
                case "--format" -> formatName = v;
                case "--rir-count" -> rirCount = Integer.parseInt(v);
                case "--double-reference" -> doubleReference = Boolean.parseBoolean(v);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        org.visnow.jlargearrays.ConcurrencyUtils.setNumberOfThreads(1);
        boolean vector;
        try {
            vector = ComplexFft.awaitVectorKernels(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        SoundBank bank = SoundBanks.openOrBuiltin(bankDir);
        SpatializerOptions render = SpatializerOptions.spatialAst().withClipSeconds(clipS);
        JobSpec spec = new JobSpec(seed, Math.max(1, count), 100, SceneConfig.defaults(), render, "bench");
        DatasetFormat format = Datasets.format(formatName);
        format.validate(spec);
        SceneSampler sampler = new SceneSampler(seed, bank, spec.scenes());
        Spatializer spatializer = new Spatializer(bank, render);
        Path tmp = Files.createTempDirectory("earshot-gen-bench");
        try {
            System.out.printf(Locale.ROOT, "generation benchmark: %d clips of %.1f s, binaural %d Hz, format %s, "
                    + "bank %s (%d clips), default scene ranges, 1 thread, %s FFT kernels; load average %.2f%n", count, clipS,
                    render.sampleRateHz(), formatName, bankDir == null ? "built-in" : bankDir, bank.clips().size(),
                    vector ? "Vector API" : "plain-Java",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            // warm-up: every HRIR direction cell (as after the first thousands of clips of a long job), then
            // JIT on other scenes (indices after the timed ones)
            long c0 = BEAN.getCurrentThreadCpuTime();
            int cells = dev.earshot.spatial.room.BinauralReceiver.kemar().warmCells(render.sampleRateHz());
            System.out.printf(Locale.ROOT, "warm-up: %d HRIR direction cells interpolated in %.2f s CPU%n", cells,
                    (BEAN.getCurrentThreadCpuTime() - c0) / 1e9);
            Stats warm = new Stats();
            warm.doubleReference = doubleReference;
            for (int i = 0; i < warmup; i++) {
                one(sampler, spatializer, format, spec, tmp, count + i, warm, new RenderProfile());
            }
            Stats st = new Stats();
            st.doubleReference = doubleReference;
            RenderProfile profile = new RenderProfile();
            long cpu0 = processCpuNanos();
            long wall0 = System.nanoTime();
            for (int i = 0; i < count; i++) {
                one(sampler, spatializer, format, spec, tmp, i, st, profile);
            }
            double wallS = (System.nanoTime() - wall0) / 1e9;
            double processS = (processCpuNanos() - cpu0) / 1e9;
            report(st, profile, render.sampleRateHz(), wallS, processS);
        } finally {
            delete(tmp);
        }
        if (rirCount > 0) {
            RoomBenchmark.main(new String[] {Integer.toString(rirCount), Integer.toString(render.sampleRateHz())});
        }
    }

    /** Per-run totals outside the renderer's profile. */
    private static final class Stats {
        long sampleNs;
        long writeNs;
        long referenceNs;
        boolean doubleReference;
        long doubleReferenceNs;
        long clips;
        long skipped;
    }

    private static void one(SceneSampler sampler, Spatializer spatializer, DatasetFormat format, JobSpec spec,
                            Path tmp, long index, Stats st, RenderProfile profile) throws IOException {
        long t0 = BEAN.getCurrentThreadCpuTime();
        Scene scene = sampler.sample(index);
        long t1 = BEAN.getCurrentThreadCpuTime();
        SpatialClip clip;
        try {
            clip = spatializer.render(scene, profile);
        } catch (BadClipException e) {
            st.skipped++;
            return;
        }
        long t2 = BEAN.getCurrentThreadCpuTime();
        format.write(clip, tmp, spec);
        long t3 = BEAN.getCurrentThreadCpuTime();
        // the reference: just the FFT convolutions this clip needs (dry clip x its RIR, every ear)
        for (int k = 0; k < clip.dry().size(); k++) {
            AudioBuffer rir = clip.rirs().get(k);
            float[][] irs = new float[rir.channels()][];
            for (int c = 0; c < irs.length; c++) {
                irs[c] = rir.channel(c);
            }
            FloatFftConvolver.convolve(clip.dry().get(k).channel(0), irs, clip.mix().frames());
        }
        long t4 = BEAN.getCurrentThreadCpuTime();
        if (st.doubleReference) {
            // the same convolutions with the double-precision JTransforms convolver generation used before
            for (int k = 0; k < clip.dry().size(); k++) {
                AudioBuffer rir = clip.rirs().get(k);
                float[][] irs = new float[rir.channels()][];
                for (int c = 0; c < irs.length; c++) {
                    irs[c] = rir.channel(c);
                }
                FftConvolver.convolve(clip.dry().get(k).channel(0), irs);
            }
            st.doubleReferenceNs += BEAN.getCurrentThreadCpuTime() - t4;
        }
        st.sampleNs += t1 - t0;
        st.writeNs += t3 - t2;
        st.referenceNs += t4 - t3;
        st.clips++;
    }

    private static void report(Stats st, RenderProfile p, int fs, double wallS, double processS) {
        double n = st.clips;
        SynthesisProfile s = p.synthesis();
        double gen = st.sampleNs + p.totalNs() + st.writeNs;
        System.out.printf(Locale.ROOT, "%d clips timed (%d skipped), %.2f sources per clip, mean RIR %.2f s; "
                        + "%.1f image sources per RIR%n", st.clips, st.skipped, p.sources() / n,
                p.rirSamples() / (double) p.sources() / fs,
                s.imageSources() / (double) Math.max(1, s.responses()));
        System.out.println("thread CPU ms per clip:");
        line("scene sampling", st.sampleNs, n, gen);
        line("dry clips (load/resample/normalise)", p.dryNs(), n, gen);
        line("RIR synthesis (receiver + omni)", p.rirNs(), n, gen);
        line("  image sources", s.imageSourcesNs(), n, gen);
        line("  HRIR lookups", s.hrirLookupNs(), n, gen);
        line("  early placement", s.earlyPlacementNs(), n, gen);
        line("  diffuse tail", s.tailNs(), n, gen);
        line("labels (T30, DRR)", p.labelsNs(), n, gen);
        line("convolution", p.convolutionNs(), n, gen);
        line("mixing", p.mixNs(), n, gen);
        line("encoding and writing", st.writeNs, n, gen);
        line("total generation", (long) gen, n, gen);
        double genMs = gen / n / 1e6;
        double refMs = st.referenceNs / n / 1e6;
        System.out.printf(Locale.ROOT, "reference FFT convolutions alone: %.2f ms per clip; generation / "
                + "convolutions = %.2fx (target <= 2x)%n", refMs, genMs / refMs);
        if (st.doubleReference) {
            System.out.printf(Locale.ROOT, "the same convolutions with the double-precision FftConvolver (JTransforms, "
                    + "full length): %.2f ms per clip, %.2fx the float ones%n", st.doubleReferenceNs / n / 1e6,
                    st.doubleReferenceNs / (double) st.referenceNs);
        }
        System.out.printf(Locale.ROOT, "clips per core-hour (thread CPU): %.0f (target >= 50000, i.e. <= 72 ms)%n",
                3.6e6 / genMs);
        double perClipProcess = processS / n * 1000;
        System.out.printf(Locale.ROOT, "process CPU (GC, JIT included; the reference convolutions too): %.2f ms "
                + "per clip over %.2f s wall; generation share by thread CPU: %.0f clips per core-hour%n",
                perClipProcess, wallS,
                3.6e6 / (perClipProcess * genMs / (genMs + refMs + st.doubleReferenceNs / n / 1e6)));
    }

    private static void line(String name, long ns, double n, double total) {
        System.out.printf(Locale.ROOT, "  %-38s %8.2f ms  %5.1f %%%n", name, ns / n / 1e6, 100.0 * ns / total);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
