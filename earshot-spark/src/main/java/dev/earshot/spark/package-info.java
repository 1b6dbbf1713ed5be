/**
 * Earshot's dataset generation distributed on Apache Spark.
 *
 * <p>{@link dev.earshot.spark.SparkDatasetJob} runs the shards of an
 * {@link dev.earshot.data.job.DatasetJob} as Spark tasks (one task per unfinished shard); every task runs
 * the local engine's own shard code, so the output is byte-identical to {@code DatasetJob.run} for the
 * same bank, spec and format, and resumable in the same way. {@link dev.earshot.spark.SparkSimulate} is
 * the {@code spark-submit} entry point and {@link dev.earshot.spark.SparkScalingBenchmark} measures the
 * local[1] to local[2] speed-up.
 */
package dev.earshot.spark;
