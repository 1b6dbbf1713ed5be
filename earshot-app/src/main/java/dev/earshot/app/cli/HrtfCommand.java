package dev.earshot.app.cli;

import dev.earshot.spatial.hrtf.HrtfSet;
import dev.earshot.spatial.hrtf.HrtfSets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code earshot hrtf}: HRTF set tools. */
@Command(name = "hrtf", mixinStandardHelpOptions = true, description = "HRTF set tools.",
        subcommands = HrtfCommand.Info.class)
public final class HrtfCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code earshot hrtf info [FILE.sofa]}: what a set contains. */
    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Print what an HRTF set contains (default: the built-in MIT KEMAR set).")
    static final class Info implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.sofa", description = "a SOFA file (SimpleFreeFieldHRIR)")
        Path file;

        @Override
        public Integer call() throws IOException {
            HrtfSet set = file == null ? HrtfSets.builtinKemar() : HrtfSets.load(file);
            spec.commandLine().getOut().println(HrtfSets.describe(set));
            return 0;
        }
    }
}
