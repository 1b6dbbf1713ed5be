package dev.earshot.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Prints, for each phase of a command, the wall time and the CPU time of the whole process (all
 * threads: the command's own, the JIT compilers and the garbage collector) since the previous mark;
 * the first line covers the JVM start up to the command. For measuring only ({@code render --timings}).
 */
class PhaseTimer {
    /** A timer that prints nothing. */
    static final PhaseTimer OFF = new PhaseTimer(null);

    private final PrintWriter out;
    private long lastCpuNs;
    private long lastWallNs;

    private PhaseTimer(PrintWriter out) {
        this.out = out;
    }

    /**
     * @param out where to print
     * @return a timer whose first mark is the JVM start (CPU 0, wall at the JVM's start time)
     */
    static PhaseTimer start(PrintWriter out) {
        PhaseTimer t = new PhaseTimer(out);
        t.lastCpuNs = 0;
        t.lastWallNs = ManagementFactory.getRuntimeMXBean().getStartTime() * 1_000_000L;
        t.mark("JVM start + CLI parse");
        return t;
    }

    private static long processCpuNs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * Prints the time since the previous mark.
     *
     * @param phase what was done since then
     */
    void mark(String phase) {
        if (out == null) {
            return;
        }
        long cpu = processCpuNs();
        long wall = System.currentTimeMillis() * 1_000_000L;
        out.printf(Locale.ROOT, "earshot timings: %-32s cpu %6.3f s  wall %6.3f s%n", phase, (cpu - lastCpuNs) / 1e9,
                (wall - lastWallNs) / 1e9);
        out.flush();
        lastCpuNs = cpu;
        lastWallNs = wall;
    }
}
