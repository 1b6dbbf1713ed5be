/**
 * Perception benchmarks ({@link dev.earshot.ml.bench.PerceiveBench}): Spatial-AST feature extraction (Java vs
 * the numpy implementation of the fixture script, same clips) and encoder inference latency per 10-s clip for
 * the small and ViT-Base configurations at chosen PyTorch thread counts. Timings are CPU time and wall time, with
 * the machine's load average printed, since the build machine is shared.
 */
package dev.earshot.ml.bench;
