package dev.earshot.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs an external command as a whole process and times it: wall clock (including start-up) and,
 * where {@code /usr/bin/time} exists, the process's user + system CPU time, which stays meaningful on a
 * shared, loaded machine.
 */
final class ProcessTimer {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    private ProcessTimer() {
    }

    /**
     * Outcome of one timed run.
     *
     * @param wallS wall-clock seconds
     * @param cpuS  user + system CPU seconds of the process and its children, or NaN if unknown
     */
    record Timed(List<String> command, double wallS, double cpuS, String output) {
    }

    static Timed run(List<String> command) throws IOException {
        List<String> cmd = new ArrayList<>();
        Path timeFile = null;
        if (Files.isExecutable(GNU_TIME)) {
            timeFile = Files.createTempFile("earshot-time", ".txt");
            cmd.addAll(List.of(GNU_TIME.toString(), "-f", "%U %S", "-o", timeFile.toString()));
        }
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code;
        try {
            code = p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        if (code != 0) {
            throw new IOException(String.join(" ", command) + " failed with exit code " + code + ":\n" + out);
        }
        double cpu = Double.NaN;
        if (timeFile != null) {
            String[] f = Files.readString(timeFile).trim().split("\\s+");
            Files.deleteIfExists(timeFile);
            if (f.length >= 2) {
                cpu = Double.parseDouble(f[f.length - 2]) + Double.parseDouble(f[f.length - 1]);
            }
        }
        return new Timed(command, wall, cpu, out);
    }

    /**
     * The command that starts this same JVM with this same class path and the same JVM options
     * (heap, class-data-sharing archive, logging, -D properties; agents are left out), so that a
     * timed child costs what a process started by the launcher costs. -Xmx4g if no heap size was given.
     * The {@code jdk.incubator.vector} module only when the launcher gives it to renders
     * ({@code -Dearshot.launcher.vector=1}, from EARSHOT_VECTOR=1), not because this JVM has it; the
     * launcher's render-only JIT options ({@link #RENDER_OPTIONS_PROPERTY}) likewise.
     *
     * @param mainClass the class to run
     * @return the command line up to and including the main class
     */
    static List<String> thisJava(String mainClass) {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBin);
        cmd.addAll(jvmOptions(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
        if ("1".equals(System.getProperty("earshot.launcher.vector"))) {
            // the launcher runs renders with the Vector API FFT kernels only when EARSHOT_VECTOR=1
            cmd.add("--add-modules=jdk.incubator.vector");
        }
        cmd.addAll(renderOptions(System.getProperty(RENDER_OPTIONS_PROPERTY)));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        return cmd;
    }

    /**
     * The JVM options the launcher gives to {@code render} processes (space-separated; see the launcher's
     * {@code render_jit}), which it hands to {@code bench} in this property so that the bench times the
     * render processes as the launcher runs them.
     */
    static final String RENDER_OPTIONS_PROPERTY = "earshot.launcher.render-jvm-options";

    /**
     * The render JVM options in a {@link #RENDER_OPTIONS_PROPERTY} value: its space-separated words that are
     * {@code -XX:} options (anything else is ignored, so the property cannot smuggle in a class path).
     *
     * @param value the property value, or null
     * @return the options, possibly empty
     */
    static List<String> renderOptions(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String w : value.trim().split("\\s+")) {
                if (w.startsWith("-XX:")) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** The options of {@link #thisJava} from this JVM's input arguments. */
    static List<String> jvmOptions(List<String> inputArguments) {
        List<String> out = new ArrayList<>();
        boolean heap = false;
        boolean headless = false;
        for (String a : inputArguments) {
            if (a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-Xss") || a.startsWith("-XX:")
                    || a.startsWith("-Xlog") || a.startsWith("-Xshare") || a.startsWith("-D")) {
                if (a.startsWith("-XX:ArchiveClassesAtExit")) {
                    continue;
                }
                out.add(a);
                heap |= a.startsWith("-Xmx");
                headless |= a.startsWith("-Djava.awt.headless");
            }
        }
        if (!heap) {
            out.add(0, "-Xmx4g");
        }
        if (!headless) {
            out.add("-Djava.awt.headless=true");
        }
        return out;
    }
}
