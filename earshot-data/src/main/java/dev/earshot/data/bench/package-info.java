/**
 * Throughput benchmarks of dataset generation: {@link dev.earshot.data.bench.GenerationBenchmark}
 * (ten-second binaural clips, CPU time per phase against the FFT convolutions the clips need).
 */
package dev.earshot.data.bench;
