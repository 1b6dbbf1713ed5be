package dev.earshot.app.bench;

import dev.earshot.audio.dsp.ConvolutionCost;
import dev.earshot.audio.dsp.MultiPartitionedConvolver;
import dev.earshot.audio.dsp.Resampler;
import dev.earshot.audio.dsp.fft.ComplexFft;
import dev.earshot.spatial.hrtf.HrtfSet;
import dev.earshot.spatial.hrtf.HrtfSets;
import dev.earshot.spatial.render.BinauralRenderer;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Measures the binaural convolution of a static render (two ears sharing the input FFT, the halves of
 * {@link BinauralRenderer#staticBlockSize} convolved two at a time with FFTs they fill, as
 * {@code BinauralStage} does) on one thread and compares its achieved
 * floating-point rate, by {@link ConvolutionCost}'s count, with a measured one-core bound: a simple
 * multiply-add loop over cache-resident float arrays that the JIT vectorises, i.e. what this JVM can
 * sustain.
 */
public final class ConvolutionFlops {
    private ConvolutionFlops() {
    }

    /**
     * @param irLength        HRIR taps
     * @param blockSize       partition / block size (half the render's block)
     * @param fftSize         FFT size
     * @param msamplesPerS    input samples per second, millions
     * @param flopsPerSample  floating-point operations per input sample (both ears), by the FFT count
     * @param gflops          achieved GFLOP/s
     * @param boundGflops     measured one-core bound in GFLOP/s
     */
    public record Result(int irLength, int blockSize, int fftSize, double msamplesPerS, double flopsPerSample, double gflops,
                         double boundGflops) {
    }

    /**
     * Runs the measurement (a few seconds of CPU).
     *
     * @param rateHz render rate: the built-in KEMAR HRIRs are resampled to it
     * @param log    where to print progress (one line: which FFT kernels run)
     * @return the figures
     */
    public static Result measure(int rateHz, PrintWriter log) {
        // with --add-modules jdk.incubator.vector, measure the vector FFT kernels, not their warm-up
        boolean vector;
        try {
            vector = ComplexFft.awaitVectorKernels(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            vector = false;
        }
        log.println("convolution FFT kernels: " + (vector ? "Vector API (jdk.incubator.vector)" : "plain Java"));
        log.flush();
        HrtfSet kemar = HrtfSets.builtinKemar();
        float[] l = Resampler.resample(kemar.left()[0], kemar.sampleRateHz(), rateHz);
        float[] r = Resampler.resample(kemar.right()[0], kemar.sampleRateHz(), rateHz);
        int block = BinauralRenderer.staticBlockSize(l.length) / 2;
        int fftSize = ConvolutionCost.fftSizeFor(block, l.length);
        MultiPartitionedConvolver conv = new MultiPartitionedConvolver(new float[][] {l, r}, block, l.length, fftSize);
        float[] in = new float[2 * block];
        float[][] out = new float[2][2 * block];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        for (int i = 0; i < in.length; i++) {
            in[i] = (float) rnd.nextGaussian();
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        // about 20 M samples of JIT warm-up, then timed runs of about 10 M samples each
        int pairs = Math.max(1, 5_000_000 / block);
        for (int i = 0; i < 2 * pairs; i++) {
            conv.processPair(in, 0, out, 0); // JIT warm-up
        }
        // best of several timed runs, as for the bound below (both then see the machine at its quietest)
        double samplesPerS = 0;
        for (int rep = 0; rep < 6; rep++) {
            long c0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < pairs; i++) {
                conv.processPair(in, 0, out, 0);
            }
            double s = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
            samplesPerS = Math.max(samplesPerS, 2.0 * pairs * block / s);
        }
        double flops = ConvolutionCost.flopsPerInputSample(l.length, block, fftSize, 2);
        return new Result(l.length, block, fftSize, samplesPerS / 1e6, flops, samplesPerS * flops / 1e9, boundGflops(mx));
    }

    /** Best of several timed runs of a vectorisable multiply-add loop on L1-resident arrays. */
    static double boundGflops(ThreadMXBean mx) {
        int n = 1024;
        float[] a = new float[n];
        float[] b = new float[n];
        float[] c = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = 1f + i * 1e-6f;
            b[i] = 0.999999f;
            c[i] = 1e-7f;
        }
        double best = 0;
        for (int rep = 0; rep < 8; rep++) {
            int iters = 200_000;
            long t0 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < iters; k++) {
                madd(a, b, c);
            }
            double s = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
            best = Math.max(best, 2.0 * n * iters / s / 1e9);
        }
        if (a[7] == 42f) {
            System.err.print(""); // keeps the loop's result observable
        }
        return best;
    }

    private static void madd(float[] a, float[] b, float[] c) {
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i] * b[i] + c[i];
        }
    }
}
