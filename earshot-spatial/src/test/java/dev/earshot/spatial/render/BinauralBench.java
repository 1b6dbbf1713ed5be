package dev.earshot.spatial.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;

/**
 * Throughput of a static binaural render (not a unit test; run by hand, see docs/BENCHMARKS.md):
 * {@code java -cp ... dev.earshot.spatial.render.BinauralBench [seconds] [rateHz] [blockSize]}.
 * Streams generated noise through the renderer into a discarding sink and prints wall and CPU time.
 */
public final class BinauralBench {
    private BinauralBench() {
    }

    /** @param args seconds of audio (default 600), sample rate (48000), block size (512) */
    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 600;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 48000;
        int block = args.length > 2 ? Integer.parseInt(args[2]) : 512;
        RenderOptions o = RenderOptions.defaults(rate).withBlockSize(block).withDistanceEffects(false, false);
        BinauralRenderer r = new BinauralRenderer(o);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) {
            long frames = (long) (seconds * rate);
            long wall = System.nanoTime();
            long cpu = mx.getCurrentThreadCpuTime();
            double[] sum = {0};
            long out = r.render(noise(frames, rate), SpatialParams.at(30, 0, 1),
                    (b, n) -> sum[0] += b[0][0], RenderProgress.NONE);
            double wallS = (System.nanoTime() - wall) / 1e9;
            double cpuS = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("round %d: %d frames, wall %.2f s, cpu %.2f s, %.0fx real time (checksum %.3f)%n",
                    round, out, wallS, cpuS, seconds / cpuS, sum[0]);
        }
    }

    private static BlockSource noise(long frames, int rate) {
        SplittableRandom rnd = new SplittableRandom(1);
        return new BlockSource() {
            private long pos;

            @Override
            public int read(float[] dst, int off, int len) {
                if (pos >= frames) {
                    return -1;
                }
                int n = (int) Math.min(len, frames - pos);
                for (int i = 0; i < n; i++) {
                    dst[off + i] = (float) (rnd.nextDouble() - 0.5);
                }
                pos += n;
                return n;
            }

            @Override
            public int sampleRateHz() {
                return rate;
            }

            @Override
            public long totalFrames() {
                return frames;
            }
        };
    }
}
