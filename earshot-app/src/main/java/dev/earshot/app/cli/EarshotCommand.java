package dev.earshot.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code earshot} command: holds the sub-commands and turns errors into clear messages. */
@Command(name = "earshot", mixinStandardHelpOptions = true, version = "earshot 0.1.0",
        description = "Spatial audio and language: render sound to a place, simulate rooms, perceive, ask, retrieve.")
public final class EarshotCommand implements Runnable {
    /**
     * The sub-commands in listing order, by name (each must equal its {@code @Command} name). They
     * are registered programmatically so that a process running one of them need not build the
     * option model of all the others (picocli reflects over every registered command at start).
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("render", RenderCommand::new);
        m.put("hrtf", HrtfCommand::new);
        m.put("demo", DemoCommand::new);
        m.put("bench", BenchCommand::new);
        m.put("bank", BankCommand::new);
        m.put("simulate", SimulateCommand::new);
        m.put("room", RoomCommand::new);
        m.put("parse", ParseCommand::new);
        m.put("eval-text", EvalTextCommand::new);
        m.put("train", TrainCommand::new);
        m.put("eval", EvalCommand::new);
        m.put("analyze", AnalyzeCommand::new);
        m.put("warmup", WarmupCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(m);
    }

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
        return newCommandLine(new String[0]);
    }

    /**
     * The command line for these arguments: when the first one names a sub-command (other than
     * {@code help}), only that sub-command is registered, which spares a render about half of
     * picocli's start-up; otherwise all are (usage, help, errors and suggestions list them all).
     * Error handling as {@link #newCommandLine()}.
     *
     * @param args the arguments that will be executed
     * @return the configured command line
     */
    public static CommandLine newCommandLine(String... args) {
        CommandLine cl = new CommandLine(new EarshotCommand());
        String first = args.length > 0 ? args[0] : null;
        if (first != null && !first.equals("help") && SUBCOMMANDS.containsKey(first)) {
            cl.addSubcommand(first, SUBCOMMANDS.get(first).get());
        } else {
            SUBCOMMANDS.forEach((name, make) -> cl.addSubcommand(name, make.get()));
        }
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
