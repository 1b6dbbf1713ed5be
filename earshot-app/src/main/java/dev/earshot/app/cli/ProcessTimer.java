package dev.earshot.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs an external command as a whole process and times it (wall clock, including start-up). */
final class ProcessTimer {
    private ProcessTimer() {
    }

    /** Outcome of one timed run. */
    record Timed(List<String> command, double seconds, int exitCode, String output) {
    }

    static Timed run(List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
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
        double s = (System.nanoTime() - t0) / 1e9;
        if (code != 0) {
            throw new IOException(String.join(" ", command) + " failed with exit code " + code + ":\n" + out);
        }
        return new Timed(command, s, code, out);
    }

    /** @return the command that starts this same JVM with this same class path */
    static List<String> thisJava(String mainClass) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-Xmx4g", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), mainClass);
    }
}
