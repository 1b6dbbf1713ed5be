package dev.earshot.data.spatialize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.earshot.data.testing.KernelBytesMain;
import dev.earshot.data.testing.TestJobs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dataset bytes must not depend on whether a JVM (a Spark executor, say) has the
 * {@code jdk.incubator.vector} module: the same job written by a JVM with the Vector API FFT kernels and by
 * one forced to the plain-Java kernels ({@code -Dearshot.fft.scalar=true}) must be byte-identical. Runs
 * two child JVMs on this test's class path ({@link KernelBytesMain}).
 *
 * <p>This holds because the plain-Java kernels perform the Vector API kernels' IEEE operations in the same
 * order ({@code KernelBitIdentityTest} in earshot-audio); this test checks it end to end on real output files.
 */
class KernelIndependentBytesTest {
    @TempDir
    Path tmp;

    @Test
    void vectorAndPlainJavaKernelsWriteIdenticalDatasets() throws Exception {
        Path vector = tmp.resolve("vector");
        Path scalar = tmp.resolve("scalar");
        String v = runChild(vector, "--add-modules", "jdk.incubator.vector");
        assumeTrue(v.endsWith("vector=true"), "the Vector API kernels are unavailable on this machine: " + v);
        String s = runChild(scalar, "-Dearshot.fft.scalar=true");
        assertTrue(s.endsWith("vector=false"), s);
        Map<String, byte[]> a = TestJobs.files(vector);
        Map<String, byte[]> b = TestJobs.files(scalar);
        assertEquals(a.keySet(), b.keySet());
        assertTrue(a.size() > 10, a.keySet().toString());
        for (String k : a.keySet()) {
            assertArrayEquals(a.get(k), b.get(k), k);
        }
    }

    /** Runs {@link KernelBytesMain} in a child JVM with the given options; returns its last output line. */
    static String runChild(Path out, String... jvmOptions) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.addAll(List.of(jvmOptions));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(KernelBytesMain.class.getName());
        cmd.add(out.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child JVM did not finish");
        assertEquals(0, p.exitValue(), "child JVM failed: " + text);
        String[] lines = text.split("\\R");
        return lines[lines.length - 1];
    }
}
