/**
 * Dataset generation jobs: {@link dev.earshot.data.job.DatasetJob} renders scenes {@code 0..count-1} in
 * shards through a {@link dev.earshot.data.job.DatasetFormat}, resumably (a shard becomes visible only
 * once complete), skipping and reporting bad clips, and finally writes the format's index files and a
 * {@code manifest.json}. Shards are independent, so an engine (a thread pool, Spark) may run
 * {@link dev.earshot.data.job.DatasetJob#runShard} for different shards in parallel and call
 * {@link dev.earshot.data.job.DatasetJob#finish} once at the end.
 */
package dev.earshot.data.job;
