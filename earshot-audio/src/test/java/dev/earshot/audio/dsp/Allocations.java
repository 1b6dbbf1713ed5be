package dev.earshot.audio.dsp;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;

/** Counts the heap bytes a piece of code allocates on the calling thread (skips the test where the JVM cannot). */
final class Allocations {
    private Allocations() {
    }

    /**
     * @param work the code to measure, run once on this thread
     * @return bytes it allocated
     */
    static long bytesAllocatedBy(Runnable work) {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(mx instanceof com.sun.management.ThreadMXBean,
                "needs com.sun.management.ThreadMXBean to count allocated bytes");
        com.sun.management.ThreadMXBean smx = (com.sun.management.ThreadMXBean) mx;
        long tid = Thread.currentThread().getId();
        long before = smx.getThreadAllocatedBytes(tid);
        work.run();
        return smx.getThreadAllocatedBytes(tid) - before;
    }
}
