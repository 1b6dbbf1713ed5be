package dev.earshot.app.cli;

import dev.earshot.data.job.DatasetSummary;
import dev.earshot.data.job.JobSpec;
import dev.earshot.spark.SparkDatasetJob;
import java.io.IOException;
import java.nio.file.Path;

/** The {@code --engine spark} path of {@code earshot simulate}: shards run as Spark tasks (module earshot-spark). */
final class SparkEngine {
    private SparkEngine() {
    }

    static DatasetSummary run(Path bankDir, JobSpec spec, String format, Path out, String master, Progress progress)
            throws IOException {
        return SparkDatasetJob.run(bankDir, spec, format, out, master,
                (shard, firstScene, endScene) -> progress.step(endScene - firstScene));
    }
}
