package dev.earshot.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
    @Test
    void threadNamesAreGroupedByKind() {
        assertEquals("tasks", ThreadCpu.kind("Executor task l"));
        assertEquals("jit", ThreadCpu.kind("C2 CompilerThre"));
        assertEquals("jit", ThreadCpu.kind("C1 CompilerThre"));
        assertEquals("gc+vm", ThreadCpu.kind("GC Thread#1"));
        assertEquals("gc+vm", ThreadCpu.kind("G1 Conc#0"));
        assertEquals("main", ThreadCpu.kind("main"));
        assertEquals("other", ThreadCpu.kind("dispatcher-even"));
    }

    @Test
    void differencesArePerKindAndCountMissingKindsFromZero() {
        Map<String, Double> d = ThreadCpu.diff(Map.of("jit", 1.0, "tasks", 2.0), Map.of("jit", 1.5, "tasks", 5.0,
                "gc+vm", 0.25));
        assertEquals(0.5, d.get("jit"), 1e-12);
        assertEquals(3.0, d.get("tasks"), 1e-12);
        assertEquals(0.25, d.get("gc+vm"), 1e-12);
    }

    @Test
    void busyWorkOnThisThreadShowsUpWhereProcIsReadable() {
        if (!Files.isDirectory(Path.of("/proc/self/task"))) {
            assertTrue(ThreadCpu.byKind().isEmpty());
            return;
        }
        Map<String, Double> before = ThreadCpu.byKind();
        long end = System.nanoTime() + 300_000_000L;
        long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        double x = 0;
        while (System.nanoTime() < end) {
            x += Math.sqrt(x + 1);
        }
        double spent = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
        double total = ThreadCpu.diff(before, ThreadCpu.byKind()).values().stream().mapToDouble(v -> v).sum();
        // all threads together spent at least this thread's CPU time, to the 10 ms tick (x keeps the loop alive)
        assertTrue(total >= spent - 0.03 + (x < 0 ? 1 : 0), "total " + total + " s, this thread " + spent + " s");
    }
}
