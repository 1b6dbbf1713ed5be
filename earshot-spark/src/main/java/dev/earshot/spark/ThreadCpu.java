package dev.earshot.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's threads by kind, native threads included (JIT compilers, garbage collectors),
 * read from Linux's {@code /proc/self/task/<tid>/stat} (utime + stime, in clock ticks of 10 ms). Threads
 * that have ended are not counted, so take differences over intervals in which the threads of interest
 * live. Empty where {@code /proc} is not available. For the scaling benchmark's diagnosis.
 */
final class ThreadCpu {
    /** Linux's USER_HZ: clock ticks per second in {@code /proc} stat files. */
    private static final double TICKS_PER_S = 100.0;

    private ThreadCpu() {
    }

    /**
     * @return seconds of CPU per kind: "tasks" (Spark task threads), "jit", "gc+vm", "main", "other"
     */
    static Map<String, Double> byKind() {
        Map<String, Double> out = new TreeMap<>();
        Path dir = Path.of("/proc/self/task");
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> tasks = Files.list(dir)) {
            for (Path t : tasks.toList()) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(stat.indexOf('(') + 1, close);
                    String[] f = stat.substring(close + 2).split(" ");
                    // fields after the name start at field 3 (state); utime is field 14, stime 15
                    double s = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_S;
                    out.merge(kind(name), s, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read: skip it
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    static String kind(String name) {
        if (name.startsWith("Executor task")) {
            return "tasks";
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "jit";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")
                || name.startsWith("ParGC") || name.startsWith("VM Periodic")) {
            return "gc+vm";
        }
        if (name.equals("main") || name.equals("java")) {
            return "main";
        }
        return "other";
    }

    /**
     * @param before a snapshot
     * @param after  a later snapshot
     * @return after - before per kind (kinds missing before count from 0)
     */
    static Map<String, Double> diff(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> d = new TreeMap<>();
        for (Map.Entry<String, Double> e : after.entrySet()) {
            d.put(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0.0));
        }
        return d;
    }
}
