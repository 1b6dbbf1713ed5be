package dev.earshot.spatial.room;

import dev.earshot.spatial.geom.Vec3;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Single-thread throughput of room impulse response synthesis (the performance figure):
 * binaural RIRs (built-in KEMAR, interpolated) of a 7 x 5 x 3 m room with uniform absorption set by
 * inverse Eyring for RT60 0.3, 0.6, 1.2 and 2.5 s, at 32 kHz, hybrid model (80 ms of image sources,
 * then the diffuse tail, automatic length = direct + RT60 + 50 ms). Broadband walls without air
 * absorption (what {@code earshot room --absorption/--rt60} renders) and, as a second row, with ISO
 * air absorption (which switches on the 7-band split). Each source/receiver pair is drawn from a
 * fixed seed; before each timed row the same number of RIRs is rendered untimed (JIT, HRIR state and
 * the direction-cell cache warm, as in a long dataset job). Time is the calling thread's
 * CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime()}), with JTransforms limited to one thread,
 * so the figure is RIRs per core-second.
 *
 * <p>Usage: {@code RoomBenchmark [count [sampleRateHz]]} (default 40 RIRs per setting, 32000 Hz).
 */
public final class RoomBenchmark {
    private static final double[] RT60_S = {0.3, 0.6, 1.2, 2.5};
    private static final Vec3 DIMS = new Vec3(7, 5, 3);

    private RoomBenchmark() {
    }

    /**
     * Runs the benchmark and prints one line per setting.
     *
     * @param args optional count and sample rate
     */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int fs = args.length > 1 ? Integer.parseInt(args[1]) : 32000;
        // JTransforms splits large FFTs over worker threads by default; keep all work on this thread
        org.visnow.jlargearrays.ConcurrencyUtils.setNumberOfThreads(1);
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        BinauralReceiver kemar = BinauralReceiver.kemar();
        System.out.printf(Locale.ROOT, "binaural RIR synthesis, %s room, %d Hz, single thread, %d RIRs per row%n",
                "7 x 5 x 3 m", fs, count);
        for (boolean air : new boolean[] {false, true}) {
            SimulationOptions options = SimulationOptions.hybrid(fs).withAir(air ? AirAbsorption.INDOOR : null);
            RoomSimulator sim = new RoomSimulator(options);
            for (double rt : RT60_S) {
                // warm-up: JIT, HRIR state, direction cells
                run(sim, kemar, rt, count, 1000);
                long t0 = bean.getCurrentThreadCpuTime();
                long[] stats = run(sim, kemar, rt, count, 0);
                double s = (bean.getCurrentThreadCpuTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT,
                        "RT60 %.1f s %-6s: %6.1f RIRs per core-second (%.2f ms each; %.2f s long, %d image sources,"
                                + " %d direction cells cached)%n",
                        rt, air ? "air" : "no air", count / s, 1000 * s / count, stats[0] / (double) fs / count,
                        stats[1] / count, kemar.hrirs(fs).cachedCells());
            }
        }
    }

    /** Renders count RIRs with positions from a fixed seed; returns {total samples, total image sources}. */
    private static long[] run(RoomSimulator sim, BinauralReceiver receiver, double rt60S, int count, long seedBase) {
        java.util.Random rng = new java.util.Random(seedBase + 17);
        long samples = 0;
        long images = 0;
        for (int i = 0; i < count; i++) {
            Vec3 src = new Vec3(0.5 + 6 * rng.nextDouble(), 0.5 + 4 * rng.nextDouble(), 1 + rng.nextDouble());
            Vec3 rcv = new Vec3(0.5 + 6 * rng.nextDouble(), 0.5 + 4 * rng.nextDouble(), 1.2 + 0.6 * rng.nextDouble());
            if (src.minus(rcv).norm() < 0.5) {
                rcv = new Vec3(7 - src.x(), 5 - src.y(), rcv.z());
            }
            RoomSpec room = RoomSpec.fromTargetRt60(DIMS, rt60S, ReverbFormula.EYRING, src, rcv,
                    360 * rng.nextDouble() - 180);
            RoomImpulseResponse r = sim.simulate(room, receiver, seedBase + i);
            samples += r.audio().frames();
            images += r.imageSources().size();
        }
        return new long[] {samples, images};
    }
}
