package dev.earshot.app;

import dev.earshot.app.cli.EarshotCommand;
import picocli.CommandLine;

/** Entry point of the {@code earshot} command line. */
public final class Main {
    private Main() {
    }

    /**
     * Runs the command line and exits with its status (0 success, 1 bad input or failure, 2 usage).
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(EarshotCommand.newCommandLine(args).execute(args));
    }
}
