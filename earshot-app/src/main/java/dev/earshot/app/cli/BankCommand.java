package dev.earshot.app.cli;

import dev.earshot.data.bank.BankSummary;
import dev.earshot.data.bank.FolderBank;
import dev.earshot.data.bank.SoundBanks;
import dev.earshot.data.bank.build.BankBuildOptions;
import dev.earshot.data.bank.build.BankBuildReport;
import dev.earshot.data.bank.build.BankBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code earshot bank}: sound banks of labelled dry clips. */
@Command(name = "bank", mixinStandardHelpOptions = true, description = "Sound banks: labelled dry clips for simulation.",
        subcommands = {BankCommand.Build.class, BankCommand.Info.class})
public final class BankCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code earshot bank build --out DIR}. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Assemble a real-recording bank (~20 classes) from Debian packages",
                    "(hydrogen-drumkits, fluid-soundfont-gm via fluidsynth, sound-theme-freedesktop, lmms-common,",
                    "espeak-ng, wesnoth-1.16-data), installing missing packages with apt-get (needs root).",
                    "Train/test split by original recording; licences recorded in LICENSES.md."})
    static final class Build implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "new folder for the bank")
        Path out;

        @Option(names = "--rate", defaultValue = "32000", description = "sample rate in Hz (default ${DEFAULT-VALUE})")
        int rateHz;

        @Option(names = "--classes", split = ",", paramLabel = "NAME", description = "only these classes (comma-separated)")
        List<String> classes;

        @Override
        public Integer call() throws IOException {
            BankBuildOptions o = BankBuildOptions.defaults(out).withSampleRateHz(rateHz);
            if (classes != null && !classes.isEmpty()) {
                o = o.withClasses(classes);
            }
            PrintWriter err = spec.commandLine().getErr();
            BankBuildReport report = BankBuilder.debian().build(o, line -> {
                err.println(line);
                err.flush();
            });
            PrintWriter w = spec.commandLine().getOut();
            w.println(report.summary().format());
            w.printf("bank written to %s (%d skipped source files, listed in build.json)%n",
                    report.outDir().toAbsolutePath(), report.skipped().size());
            return 0;
        }
    }

    /** {@code earshot bank info [DIR]}. */
    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Clips and seconds per class and split (default: the built-in bank).")
    static final class Info implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "a bank folder")
        Path dir;

        @Override
        public Integer call() throws IOException {
            BankSummary s = dir == null
                    ? BankSummary.of(SoundBanks.builtin().clips(), SoundBanks.builtin().clips().stream()
                            .map(c -> {
                                try {
                                    return SoundBanks.builtin().load(c).durationS();
                                } catch (IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            }).toList())
                    : BankSummary.of(FolderBank.open(dir));
            spec.commandLine().getOut().println(s.format());
            return 0;
        }
    }
}
