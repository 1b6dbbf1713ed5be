package dev.earshot.app.cli;

import dev.earshot.app.bench.ConvolutionFlops;
import dev.earshot.audio.io.WavEncoding;
import dev.earshot.audio.io.WavWriter;
import dev.earshot.spatial.hrtf.HrtfSets;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code earshot bench}: binaural rendering speed of Earshot against ffmpeg's sofalizer on the same
 * input and SOFA file, timed as whole processes in the same run, plus the partitioned convolution's
 * throughput against the machine's measured floating-point bound on one core.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark binaural rendering: Earshot vs ffmpeg sofalizer (whole processes, same input, same SOFA),",
                "static and moving source, and the partitioned convolution vs its FLOP bound on one core."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--minutes", defaultValue = "10", description = "length of the mono test signal (default ${DEFAULT-VALUE})")
    double minutes;

    @Option(names = "--rate", defaultValue = "48000", description = "sample rate in Hz (default ${DEFAULT-VALUE})")
    int rateHz;

    @Option(names = "--runs", defaultValue = "3", description = "timed runs per contender; the median is reported (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--work", defaultValue = "${java.io.tmpdir}/earshot-bench", description = "scratch folder (default ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--ffmpeg", defaultValue = "ffmpeg", description = "ffmpeg executable (default ${DEFAULT-VALUE})")
    String ffmpeg;

    @Option(names = "--skip-processes", description = "only the in-process convolution measurement")
    boolean skipProcesses;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        Files.createDirectories(work);
        o.printf(Locale.ROOT, "earshot bench: %s cores, %s, java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.arch"), System.getProperty("java.version"));
        if (!skipProcesses) {
            benchProcesses(o);
        }
        ConvolutionFlops.Result r = ConvolutionFlops.measure(rateHz, o);
        o.printf(Locale.ROOT, "%nConvolution (one core, 2 ears, HRIR %d taps at %d Hz, %d-sample blocks in pairs, %d-point FFTs, as a static render):%n",
                r.irLength(), rateHz, r.blockSize(), r.fftSize());
        o.printf(Locale.ROOT, "  %.1f Msamples/s, %.2f GFLOP/s achieved (%.0f flops/input sample by the FFT count)%n",
                r.msamplesPerS(), r.gflops(), r.flopsPerSample());
        o.printf(Locale.ROOT, "  measured one-core float bound (vectorised multiply-add loop): %.2f GFLOP/s%n", r.boundGflops());
        o.printf(Locale.ROOT, "  time / FLOP-bound time = %.2fx%n", r.boundGflops() / r.gflops());
        return 0;
    }

    private void benchProcesses(PrintWriter o) throws IOException {
        Path in = work.resolve("bench_in_" + rateHz + ".wav");
        long frames = Math.round(minutes * 60 * rateHz);
        if (!Files.exists(in) || Files.size(in) < frames * 4) {
            writeNoise(in, frames, rateHz);
        }
        Path sofa = work.resolve("MIT_KEMAR_normal_pinna.sofa");
        try (InputStream s = HrtfSets.class.getResourceAsStream("MIT_KEMAR_normal_pinna.sofa")) {
            if (s == null) {
                throw new IOException("built-in KEMAR SOFA resource is missing from the class path");
            }
            byte[] bytes = s.readAllBytes();
            // rewritten only when it differs: a new modification time would miss the SOFA cache (and fill it)
            if (!Files.exists(sofa) || !java.util.Arrays.equals(bytes, Files.readAllBytes(sofa))) {
                Path tmp = Files.createTempFile(work, "kemar", ".sofa.tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, sofa, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        o.printf(Locale.ROOT, "input: %s (%.1f min mono, %d Hz, float32); SOFA: %s; both write float32 WAV%n", in, minutes,
                rateHz, sofa.getFileName());
        List<String> earshotStatic = new ArrayList<>(ProcessTimer.thisJava("dev.earshot.app.Main"));
        earshotStatic.addAll(List.of("render", in.toString(), "-o", work.resolve("earshot_static.wav").toString(),
                "--format", "binaural", "--az", "30", "--hrtf", sofa.toString(), "--quiet"));
        List<String> earshotMoving = new ArrayList<>(ProcessTimer.thisJava("dev.earshot.app.Main"));
        earshotMoving.addAll(List.of("render", in.toString(), "-o", work.resolve("earshot_moving.wav").toString(),
                "--format", "binaural", "--az", "90", "--to-az", "-90", "--hrtf", sofa.toString(), "--quiet"));
        List<String> sofalizer = List.of(ffmpeg, "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-i", in.toString(),
                "-af", "sofalizer=sofa=" + sofa + ":type=freq:rotation=30:elevation=0:radius=1.4",
                "-c:a", "pcm_f32le", work.resolve("sofalizer.wav").toString());
        // Interleaved (ffmpeg, static, moving; ffmpeg, ...) so that all three see the same load.
        List<List<String>> cmds = List.of(sofalizer, earshotStatic, earshotMoving);
        List<String> names = List.of("ffmpeg sofalizer", "earshot static", "earshot moving");
        double[][] m = medians(cmds, names, o);
        double[] ff = m[0];
        double[] es = m[1];
        double[] em = m[2];
        double audioS = minutes * 60;
        o.printf(Locale.ROOT, "%nwhole processes, median of %d (lower is better); CPU = user + system of the process:%n", runs);
        o.printf(Locale.ROOT, "  %-38s %9s %9s %14s %14s%n", "", "wall s", "CPU s", "wall vs ffmpeg", "CPU vs ffmpeg");
        row(o, "ffmpeg sofalizer type=freq (static)", ff, ff);
        row(o, "earshot static (az 30)", es, ff);
        row(o, "earshot moving (az +90 -> -90)", em, ff);
        o.printf(Locale.ROOT, "  %.0f s of audio; sofalizer cannot move a source, so the moving render is compared with its static one%n",
                audioS);
    }

    private static void row(PrintWriter o, String name, double[] t, double[] ref) {
        o.printf(Locale.ROOT, "  %-38s %9.2f %9.2f %13.2fx %13.2fx%n", name, t[0], t[1], ref[0] / t[0], ref[1] / t[1]);
    }

    /** @return per command, {median wall s, median CPU s} over the runs, the commands run in turn each round */
    private double[][] medians(List<List<String>> cmds, List<String> names, PrintWriter o) throws IOException {
        double[][] wall = new double[cmds.size()][runs];
        double[][] cpu = new double[cmds.size()][runs];
        for (int i = 0; i < runs; i++) {
            for (int c = 0; c < cmds.size(); c++) {
                ProcessTimer.Timed t = ProcessTimer.run(cmds.get(c));
                wall[c][i] = t.wallS();
                cpu[c][i] = t.cpuS();
                o.printf(Locale.ROOT, "  run %d %-20s wall %.2f s, cpu %.2f s%n", i + 1, names.get(c), wall[c][i], cpu[c][i]);
                o.flush();
            }
        }
        double[][] out = new double[cmds.size()][];
        for (int c = 0; c < cmds.size(); c++) {
            java.util.Arrays.sort(wall[c]);
            java.util.Arrays.sort(cpu[c]);
            out[c] = new double[] {wall[c][runs / 2], cpu[c][runs / 2]};
        }
        return out;
    }

    /** Seeded white noise at -20 dBFS RMS, written block by block. */
    static void writeNoise(Path file, long frames, int rateHz) throws IOException {
        SplittableRandom rnd = new SplittableRandom(42);
        float[][] block = new float[1][65536];
        try (WavWriter w = WavWriter.open(file, 1, rateHz, WavEncoding.FLOAT32)) {
            for (long done = 0; done < frames; ) {
                int n = (int) Math.min(block[0].length, frames - done);
                for (int i = 0; i < n; i++) {
                    block[0][i] = (float) ((rnd.nextDouble() * 2 - 1) * 0.173);
                }
                w.write(block, 0, n);
                done += n;
            }
        }
    }
}
