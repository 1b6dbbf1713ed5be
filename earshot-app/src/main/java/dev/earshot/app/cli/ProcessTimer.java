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

    /** @return the command that starts this same JVM with this same class path */
    static List<String> thisJava(String mainClass) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-Xmx4g", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), mainClass);
    }
}
