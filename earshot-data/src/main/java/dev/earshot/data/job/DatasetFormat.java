package dev.earshot.data.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.data.spatialize.SpatialClip;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A dataset format as {@link DatasetJob} drives it: per scene, write the scene's files under a root
 * folder (in the format's own relative layout) and return index rows; at the end, write the format's
 * index files from all rows in scene order. Implementations must be stateless and deterministic (same
 * clip, same bytes), so shards may run anywhere in any order.
 */
public interface DatasetFormat {

    /** @return the format's name, e.g. "native", "spatial-ast", "spatialsoundqa", "disse" */
    String name();

    /**
     * Checks that the job's settings suit the format (receiver kind, sample rate, placement ...).
     *
     * @param spec the job
     * @throws IllegalArgumentException naming the setting if they do not
     */
    void validate(JobSpec spec);

    /**
     * Writes the files of one rendered scene.
     *
     * @param clip the rendered scene
     * @param root the folder to write under (a shard's temporary folder; relative paths inside it are the
     *             paths the files will have in the dataset)
     * @param spec the job
     * @return index rows for {@link #finish} (may be empty)
     * @throws IOException if writing fails
     */
    List<ObjectNode> write(SpatialClip clip, Path root, JobSpec spec) throws IOException;

    /**
     * Writes the index files of the whole dataset.
     *
     * @param outDir dataset folder
     * @param rows   the rows of every written scene, in scene order
     * @param spec   the job
     * @throws IOException if writing fails
     */
    void finish(Path outDir, List<ObjectNode> rows, JobSpec spec) throws IOException;
}
