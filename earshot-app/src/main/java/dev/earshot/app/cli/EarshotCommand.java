package dev.earshot.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code earshot} command: holds the sub-commands and turns errors into clear messages. */
@Command(name = "earshot", mixinStandardHelpOptions = true, version = "earshot 0.1.0",
        description = "Spatial audio and language: render sound to a place, simulate rooms, perceive, ask, retrieve.",
        subcommands = {RenderCommand.class, HrtfCommand.class, DemoCommand.class, BenchCommand.class, BankCommand.class, SimulateCommand.class, RoomCommand.class, ParseCommand.class, EvalTextCommand.class,
                TrainCommand.class, EvalCommand.class, AnalyzeCommand.class,
                CommandLine.HelpCommand.class})
public final class EarshotCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One line saying what went wrong, with the file named for the JDK's terse file exceptions. */
    static String describe(Exception ex) {
        if (ex instanceof java.nio.file.NoSuchFileException e) {
            return e.getFile() + ": file not found";
        }
        if (ex instanceof java.nio.file.AccessDeniedException e) {
            return e.getFile() + ": permission denied";
        }
        if (ex instanceof java.nio.file.FileSystemException e && e.getReason() != null) {
            return e.getFile() + ": " + e.getReason();
        }
        return ex.getMessage();
    }

    /**
     * Builds the command line with Earshot's error handling: bad input (I/O, format, out-of-range
     * values) prints one line {@code earshot: <file>: <field>: <problem>} and exits 1; usage errors exit 2.
     *
     * @return the configured command line
     */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new EarshotCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (ex instanceof IOException || ex instanceof IllegalArgumentException
                    || ex instanceof UserInputException) {
                err.println("earshot: " + describe(ex));
                if (System.getenv("EARSHOT_DEBUG") != null) {
                    ex.printStackTrace(err);
                }
                err.flush();
                return 1;
            }
            throw ex;
        });
        return cl;
    }
}
