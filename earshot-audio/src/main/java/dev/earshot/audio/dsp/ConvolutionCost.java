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
        if (blockSize < 1 || blockSize > (1 << 29)) {
            throw new IllegalArgumentException("need blockSize in [1, 2^29], got " + blockSize);
        }
        return flopsPerInputSample(irLength, blockSize, 2 * blockSize, outputs);
    }

    /**
     * {@link #flopsPerInputSample(int, int, int)} for a chosen FFT size N (the same counting convention,
     * with N in place of 2B): what {@link MultiPartitionedConvolver}'s four-argument constructor costs.
     *
     * @param irLength  impulse response length in samples (every output), &ge; 1
     * @param blockSize block size B, &ge; 1
     * @param fftSize   FFT size N &ge; B + min(B, irLength) - 1
     * @param outputs   number of outputs sharing the input spectrum, &ge; 1
     * @return flops per input sample
     * @throws IllegalArgumentException if a value is out of range or N cannot hold a block's output
     */
    public static double flopsPerInputSample(int irLength, int blockSize, int fftSize, int outputs) {
        if (irLength < 1 || blockSize < 1 || outputs < 1) {
            throw new IllegalArgumentException("need irLength, blockSize, outputs >= 1, got "
                    + irLength + ", " + blockSize + ", " + outputs);
        }
        if (fftSize < (long) blockSize + Math.min(blockSize, irLength) - 1) {
            throw new IllegalArgumentException("fftSize " + fftSize + " cannot hold a block of " + blockSize
                    + " convolved with " + Math.min(blockSize, irLength) + " taps");
        }
        double n = fftSize;
        double fftFlops = 2.5 * n * (Math.log(n) / Math.log(2));
        long parts = ((long) irLength + blockSize - 1) / blockSize;
        double macFlops = 8.0 * (n / 2 + 1) * parts;
        return (fftFlops + outputs * (macFlops + fftFlops)) / blockSize;
    }

    /**
     * The cheapest single-partition scheme for a filter by {@link #flopsPerInputSample(int, int, int, int)}:
     * FFT size N a power of two from the smallest that holds the filter twice ({@code N >= 2L - 1}) up
     * to {@code maxFftSize}, block size {@code B = N - L + 1}, so each FFT yields as many output samples as
     * it can. For a 653-tap binaural filter (an HRIR with a distance prefilter folded in) and N up to
     * 8192 that is N = 8192, B = 7540: 115 flops per sample against 181 with B = 1024, N = 2048.
     * Block sizes are not powers of two in general.
     *
     * @param irLength   filter length L, in [1, 2^20]
     * @param outputs    number of outputs sharing the input spectrum, &ge; 1
     * @param maxFftSize largest FFT size to consider, a power of two in [2, 2^21]
     * @return the block size B (the FFT size is {@link #fftSizeFor}{@code (B, L)})
     * @throws IllegalArgumentException on bad arguments, or when maxFftSize &lt; 2L - 1
     */
    public static int cheapestSinglePartitionBlockSize(int irLength, int outputs, int maxFftSize) {
        if (irLength < 1 || irLength > (1 << 20) || outputs < 1) {
            throw new IllegalArgumentException("need irLength in [1, 2^20] and outputs >= 1, got " + irLength
                    + ", " + outputs);
        }
        if (maxFftSize < 2 || maxFftSize > (1 << 21) || Integer.bitCount(maxFftSize) != 1
                || maxFftSize < 2L * irLength - 1) {
            throw new IllegalArgumentException("maxFftSize must be a power of two in [2, 2^21] and >= 2 * irLength - 1 = "
                    + (2L * irLength - 1) + ", got " + maxFftSize);
        }
        int best = -1;
        double bestFlops = Double.MAX_VALUE;
        for (int n = Math.max(2, Integer.highestOneBit(2 * irLength - 1)); n <= maxFftSize; n <<= 1) {
            int b = n - irLength + 1;
            if (b < irLength) {
                continue; // the filter would need a second partition
            }
            double f = flopsPerInputSample(irLength, b, n, outputs);
            if (f < bestFlops) {
                bestFlops = f;
                best = b;
            }
        }
        return best;
    }

    /**
     * The smallest FFT size that holds a block's output: the smallest power of two
     * {@code >= B + min(B, L) - 1} (for B = N - L + 1 with B &ge; L, that N).
     *
     * @param blockSize block size B, in [1, 2^20]
     * @param irLength  filter length L, &ge; 1
     * @return the FFT size
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static int fftSizeFor(int blockSize, int irLength) {
        if (blockSize < 1 || blockSize > (1 << 20) || irLength < 1) {
            throw new IllegalArgumentException("need blockSize in [1, 2^20] and irLength >= 1, got " + blockSize + ", "
                    + irLength);
        }
        long need = (long) blockSize + Math.min(blockSize, irLength) - 1;
        int n = 2;
        while (n < need) {
            n <<= 1;
        }
        return n;
    }
}
