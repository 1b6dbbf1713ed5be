package dev.earshot.audio.dsp;

/**
 * The floating-point operation model of uniformly partitioned overlap-save convolution
 * ({@link MultiPartitionedConvolver}, {@link PartitionedConvolver}): what a scheme costs per sample,
 * and the block size that costs least. Benchmarks compare the achieved rate against a measured
 * one-core bound with these counts.
 */
public final class ConvolutionCost {
    private ConvolutionCost() {
    }

    /**
     * The block size that minimises {@link #flopsPerInputSample} for a filter length, among powers of
     * two in [minBlockSize, maxBlockSize]. Larger blocks mean more latency for a caller that must fill
     * them, so callers pass their own upper bound.
     *
     * @param irLength     impulse response length, &ge; 1
     * @param outputs      number of outputs, &ge; 1
     * @param minBlockSize smallest acceptable block size, a power of two &ge; 2
     * @param maxBlockSize largest acceptable block size, a power of two &ge; minBlockSize, &le; 2^20
     * @return the cheapest block size by the flop model
     * @throws IllegalArgumentException on bad bounds
     */
    public static int cheapestBlockSize(int irLength, int outputs, int minBlockSize, int maxBlockSize) {
        if (minBlockSize < 2 || Integer.bitCount(minBlockSize) != 1 || Integer.bitCount(maxBlockSize) != 1
                || maxBlockSize < minBlockSize || maxBlockSize > (1 << 20)) {
            throw new IllegalArgumentException("need powers of two 2 <= minBlockSize <= maxBlockSize <= 2^20, got "
                    + minBlockSize + ", " + maxBlockSize);
        }
        int best = minBlockSize;
        double bestFlops = Double.MAX_VALUE;
        for (int b = minBlockSize; b <= maxBlockSize; b <<= 1) {
            double f = flopsPerInputSample(irLength, b, outputs);
            if (f < bestFlops) {
                bestFlops = f;
                best = b;
            }
        }
        return best;
    }

    /**
     * Floating-point operations per input sample of this scheme, all outputs together.
     *
     * <p>Counting convention: a real FFT or inverse real FFT of size N costs 2.5 N log2 N flops (half
     * the classic 5 N log2 N of a complex radix-2 FFT); a complex multiply-accumulate costs 8 flops per
     * bin (4 multiplies, 4 adds) and there are N/2 + 1 bins per partition. Per block of B input
     * samples: one forward FFT, then for each output P multiply-accumulates and one inverse FFT. Block
     * copies and zeroing are not counted. Example: a 512-tap filter with B = 512 costs
     * (2 x 2.5 x 1024 x 10 + 8 x 513) / 512 = 108.0 flops per sample (direct convolution: 1024).
     * {@link MultiPartitionedConvolver#processPair} performs these FFT operations as counted (half a
     * complex FFT forward per block, one complex inverse per output pair); {@code process} does a whole
     * complex forward FFT per block, more than counted.
     *
     * @param irLength  impulse response length in samples (every output), &ge; 1
     * @param blockSize block size B, &ge; 1
     * @param outputs   number of outputs sharing the input spectrum, &ge; 1
     * @return flops per input sample
     */
    public static double flopsPerInputSample(int irLength, int blockSize, int outputs) {
        if (irLength < 1 || blockSize < 1 || outputs < 1) {
            throw new IllegalArgumentException("need irLength, blockSize, outputs >= 1, got "
                    + irLength + ", " + blockSize + ", " + outputs);
        }
        double n = 2.0 * blockSize;
        double fftFlops = 2.5 * n * (Math.log(n) / Math.log(2));
        long parts = ((long) irLength + blockSize - 1) / blockSize;
        double macFlops = 8.0 * (n / 2 + 1) * parts;
        return (fftFlops + outputs * (macFlops + fftFlops)) / blockSize;
    }
}
