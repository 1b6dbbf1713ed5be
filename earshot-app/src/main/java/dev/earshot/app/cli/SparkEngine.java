package dev.earshot.app.cli;

import dev.earshot.data.bank.SoundBank;
import dev.earshot.data.job.DatasetSummary;
import dev.earshot.data.job.JobSpec;
import java.nio.file.Path;

/** The {@code --engine spark} path of {@code earshot simulate} (module earshot-spark). */
final class SparkEngine {
    private SparkEngine() {
    }

    static DatasetSummary run(SoundBank bank, Path bankDir, JobSpec spec, String format, Path out, String master) {
        throw new UserInputException("--engine spark is not available in this build yet; use --engine local");
    }
}
