package dev.earshot.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the CLI in-process and captures what it printed. */
final class CliTestSupport {
    private CliTestSupport() {
    }

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = EarshotCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
