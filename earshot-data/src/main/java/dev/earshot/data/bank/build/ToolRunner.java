package dev.earshot.data.bank.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an external command and returns its standard output; failures name the command. */
final class ToolRunner {
    private ToolRunner() {
    }

    /**
     * @param command        program and arguments
     * @param timeoutSeconds wall-clock limit
     * @return standard output (UTF-8)
     * @throws IOException if it cannot start, exits non-zero (with the end of its error output) or times out
     */
    static String run(List<String> command, long timeoutSeconds) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException("cannot run '" + command.get(0) + "': " + e.getMessage(), e);
        }
        p.getOutputStream().close();
        // read both streams fully on separate threads so that neither pipe can fill up and block the tool
        StreamReader out = new StreamReader(p.getInputStream());
        StreamReader err = new StreamReader(p.getErrorStream());
        out.start();
        err.start();
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("'" + String.join(" ", command) + "' did not finish within " + timeoutSeconds + " s");
            }
            out.join();
            err.join();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
        if (p.exitValue() != 0) {
            String e = err.text().strip();
            if (e.length() > 1500) {
                e = "..." + e.substring(e.length() - 1500);
            }
            throw new IOException("'" + String.join(" ", command) + "' failed with exit status " + p.exitValue()
                    + (e.isEmpty() ? "" : ": " + e));
        }
        return out.text();
    }

    private static final class StreamReader extends Thread {
        private final java.io.InputStream in;
        private volatile String text = "";

        StreamReader(java.io.InputStream in) {
            this.in = in;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                text = "";
            }
        }

        String text() {
            return text;
        }
    }
}
