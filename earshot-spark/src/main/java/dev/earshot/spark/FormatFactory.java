package dev.earshot.spark;

import dev.earshot.data.job.DatasetFormat;
import dev.earshot.data.job.Datasets;

import java.io.Serializable;

/**
 * Makes the {@link DatasetFormat} a Spark task writes with; it is serialized to the executors, so it
 * must carry only serializable state (formats themselves are stateless and deterministic).
 */
@FunctionalInterface
public interface FormatFactory extends Serializable {

    /** @return a new format instance */
    DatasetFormat create();

    /**
     * @param name a format name accepted by {@link Datasets#format(String)}: "native", "spatial-ast",
     *             "spatialsoundqa" or "disse"
     * @return a factory for that format
     * @throws IllegalArgumentException for an unknown name, listing the valid ones (checked at once)
     */
    static FormatFactory named(String name) {
        Datasets.format(name);
        return () -> Datasets.format(name);
    }
}
