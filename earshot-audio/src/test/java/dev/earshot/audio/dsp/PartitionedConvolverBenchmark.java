package dev.earshot.audio.dsp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;

/**
 * Single-thread throughput of the partitioned convolvers (not a test: run by hand).
 *
 * <pre>
 * mvn -q -pl earshot-audio -am test-compile
 * mvn -q -pl earshot-audio dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp earshot-audio/target/classes:earshot-audio/target/test-classes:$(cat /tmp/cp.txt) \
 *     dev.earshot.audio.dsp.PartitionedConvolverBenchmark [irLength] [seconds]
 * </pre>
 *
 * Prints Msamples/s (input samples per second of this thread's CPU time, so that other processes on
 * a shared machine do not distort it; wall-clock figures beside) and the achieved GFLOP/s according
 * to {@link ConvolutionCost#flopsPerInputSample}.
 */
public final class PartitionedConvolverBenchmark {
    private PartitionedConvolverBenchmark() {
    }

    public static void main(String[] args) {
        int irLength = args.length > 0 ? Integer.parseInt(args[0]) : 512;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3.0;
        for (int outputs : new int[] {1, 2}) {
            for (int blockSize : new int[] {128, 256, 512, 1024}) {
                run(irLength, blockSize, outputs, seconds);
            }
        }
    }

    static void run(int irLength, int blockSize, int outputs, double seconds) {
        Random r = new Random(1);
        float[][] irs = new float[outputs][irLength];
        for (float[] h : irs) {
            for (int i = 0; i < irLength; i++) {
                h[i] = (float) (r.nextGaussian() * Math.exp(-i / 100.0));
            }
        }
        MultiPartitionedConvolver c = new MultiPartitionedConvolver(irs, blockSize);
        float[] in = new float[blockSize];
        for (int i = 0; i < blockSize; i++) {
            in[i] = (float) r.nextGaussian();
        }
        float[][] out = new float[outputs][blockSize];
        // warm-up (JIT)
        long warmEnd = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (int k = 0; k < 64; k++) {
                c.process(in, out);
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long blocks = 0;
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long budget = (long) (seconds * 1e9);
        long c1;
        do {
            for (int k = 0; k < 64; k++) {
                c.process(in, out);
            }
            blocks += 64;
            c1 = mx.getCurrentThreadCpuTime();
        } while (c1 - c0 < budget);
        double wall = (System.nanoTime() - t0) * 1e-9;
        double cpu = (c1 - c0) * 1e-9;
        double samples = blocks * (double) blockSize;
        double flops = ConvolutionCost.flopsPerInputSample(irLength, blockSize, outputs);
        System.out.printf("ir=%d block=%d outputs=%d: %.2f Msamples/s per CPU-s (%.2f per wall-s), %.1f flops/sample,"
                        + " %.2f GFLOP/s, checksum %.3f%n",
                irLength, blockSize, outputs, samples / cpu / 1e6, samples / wall / 1e6, flops,
                samples * flops / cpu / 1e9, out[0][7]);
    }
}
