package dev.earshot.audio.dsp.fft;

/**
 * In-place complex FFT of one power-of-two size on split float arrays (real parts in one array,
 * imaginary parts in another), single-threaded and allocation-free after construction.
 *
 * <p>Conventions: {@link #forward} computes {@code X[k] = sum_n x[n] exp(-2 pi i n k / N)};
 * {@link #inverse} computes {@code x[n] = sum_k X[k] exp(+2 pi i n k / N)}, <em>unscaled</em> (so
 * {@code inverse(forward(x)) = N x}), like numpy's {@code fft} and {@code N * ifft}.
 *
 * <p>For convolution the natural frequency order is never needed: {@link #forwardScrambled} is a
 * decimation-in-frequency transform that leaves the spectrum in bit-reversed order (bin {@code k} at
 * index {@link #bitReverse bitReverse(k)}) and {@link #inverseScrambled} a decimation-in-time
 * transform that takes that order back to natural-order time samples. A pointwise product of two
 * scrambled spectra is the scrambled spectrum of the circular convolution, so a convolver needs no
 * permutation pass at all. {@link #forward} and {@link #inverse} add the permutation for callers that
 * want natural order.
 *
 * <p>Implementation: radix-4 stages (one radix-2 stage when the number of stages above the last three
 * is odd) whose inner loops run over contiguous elements with per-stage contiguous twiddle tables, so
 * that they vectorise: with the JDK incubator Vector API when the JVM runs with
 * {@code --add-modules jdk.incubator.vector} (see {@link #isVectorised()}; they take over from the
 * plain-Java loops once a background warm-up has got them C2-compiled), otherwise as plain Java loops
 * (which JDK 17's C2 leaves scalar); the last three stages (spans 4, 2, 1) are one hand-unrolled
 * radix-8 kernel per 8 elements. Both kernel sets perform the same IEEE float operations in the same
 * order, so every transform gives bit-identical results whichever ran: output never depends on
 * thread timing or on the JVM's modules. Twiddles are computed in double precision. Not thread-safe only in
 * the sense that the arrays passed in are modified; an instance holds only immutable tables and may
 * be shared between threads.
 */
public final class ComplexFft {
    /** Largest supported size (2^26 points). */
    public static final int MAX_SIZE = 1 << 26;
    /** Smallest stage span handed to the vector kernels (one whole vector). */
    private static final int VECTOR_MIN_SPAN = 8;

    private final int size;
    /** null: follow {@link Kernels#useVector()}; otherwise the kernels fixed at construction. */
    private final Boolean fixedKernels;
    private final int log2Size;
    /** Stage plan, outermost (largest span) first: radix (2 or 4), quarter/half span, table offset. */
    private final int[] stageRadix;
    private final int[] stageSpan;
    private final int[] stageOffset;
    private final float[] twiddles;
    /** bit-reversal permutation, built lazily for the natural-order entry points */
    private volatile int[] reversal;

    /**
     * @param size number of complex points, a power of two in [1, {@link #MAX_SIZE}]
     * @throws IllegalArgumentException if size is not such a power of two
     */
    public ComplexFft(int size) {
        this(size, null);
    }

    /**
     * @param size   number of complex points, a power of two in [1, {@link #MAX_SIZE}]
     * @param vector true: always the Vector API kernels (only when {@link Kernels#VECTOR}, warm or
     *               not); false: always the plain-Java ones; null: whichever {@link Kernels#useVector()}
     *               says at each transform (the vector ones once warm)
     */
    ComplexFft(int size, Boolean vector) {
        this.fixedKernels = vector;
        if (size < 1 || size > MAX_SIZE || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("ComplexFft size must be a power of two in [1, 2^26], got " + size);
        }
        this.size = size;
        this.log2Size = Integer.numberOfTrailingZeros(size);
        // stages above the radix-8 kernel (or all stages, radix-2, for sizes below 8)
        int upper = size >= 8 ? log2Size - 3 : log2Size;
        boolean small = size < 8;
        int count = small ? upper : upper / 2 + (upper % 2);
        stageRadix = new int[count];
        stageSpan = new int[count];
        stageOffset = new int[count];
        int offset = 0;
        int bits = log2Size; // the current block is 2^bits points
        for (int s = 0; s < count; s++) {
            boolean radix2 = small || (s == 0 && upper % 2 == 1);
            if (radix2) {
                stageRadix[s] = 2;
                stageSpan[s] = 1 << (bits - 1);
                stageOffset[s] = offset;
                offset += 2 * stageSpan[s];
                bits -= 1;
            } else {
                stageRadix[s] = 4;
                stageSpan[s] = 1 << (bits - 2);
                stageOffset[s] = offset;
                offset += 6 * stageSpan[s];
                bits -= 2;
            }
        }
        twiddles = new float[offset];
        for (int s = 0; s < count; s++) {
            int q = stageSpan[s];
            int o = stageOffset[s];
            int block = stageRadix[s] * q;
            for (int j = 0; j < q; j++) {
                double a = -2 * Math.PI * j / block;
                twiddles[o + j] = (float) Math.cos(a);
                twiddles[o + q + j] = (float) Math.sin(a);
                if (stageRadix[s] == 4) {
                    twiddles[o + 2 * q + j] = (float) Math.cos(2 * a);
                    twiddles[o + 3 * q + j] = (float) Math.sin(2 * a);
                    twiddles[o + 4 * q + j] = (float) Math.cos(3 * a);
                    twiddles[o + 5 * q + j] = (float) Math.sin(3 * a);
                }
            }
        }
    }

    /**
     * @return whether this instance's next transform runs the Vector API kernels (the JVM was started
     *         with {@code --add-modules jdk.incubator.vector} on AVX2-class hardware and their
     *         background warm-up has finished, see the class comment) rather than the plain-Java
     *         ones; the first call may start that warm-up. The answer only concerns speed: both
     *         kernel sets give bit-identical results
     */
    public boolean isVectorised() {
        // the vector kernels are only warmed up (and only faster) for sizes with the 32-point tail
        return fixedKernels == null ? size >= 32 && Kernels.useVector() : fixedKernels;
    }

    /**
     * Gets the Vector API kernels compiled now (for benchmarks, or a server that wants full speed
     * from its first block): starts their warm-up if it has not started, and waits for it. Without
     * this call FFTs run the plain-Java kernels until the warm-up has finished on its own, with the
     * same results.
     *
     * @param timeoutMs longest wait in milliseconds (the warm-up takes one to a few seconds of CPU)
     * @return whether the vector kernels are in use and compiled; false at once when they are unavailable (no
     *         {@code --add-modules jdk.incubator.vector}, no AVX2-class hardware, or
     *         {@code -Dearshot.fft.scalar=true})
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    public static boolean awaitVectorKernels(long timeoutMs) throws InterruptedException {
        return Kernels.awaitVector(timeoutMs);
    }

    /**
     * Starts the background warm-up of the Vector API kernels now, without waiting (see
     * {@link #awaitVectorKernels}); otherwise it starts with the first transform of 32 points or more.
     * For a program that knows it will convolve a lot soon but has other set-up work first (loading
     * filters, reading headers): the warm-up then runs on another core meanwhile. Results do not
     * depend on whether or when this is called.
     *
     * @return whether the vector kernels are available in this JVM (false: nothing was started)
     */
    public static boolean startVectorWarmUp() {
        Kernels.useVector();
        return Kernels.VECTOR;
    }

    /**
     * Starts a short background warm-up of the plain-Java kernels on small transforms (once per JVM;
     * a few milliseconds of interpreted work on another core, then HotSpot compiles them): for a
     * program that is about to run many large transforms, so that its first ones do not run
     * interpreted. Results do not depend on whether or when this is called.
     */
    public static void startWarmUp() {
        Kernels.startScalarWarmUp();
    }

    /** @return the number of complex points N */
    public int size() {
        return size;
    }

    /**
     * Reverses the lowest log2(N) bits of an index: the position of bin {@code k} in a scrambled
     * spectrum, and the bin held at position {@code p}.
     *
     * @param index an index in [0, N)
     * @return the bit-reversed index
     * @throws IndexOutOfBoundsException if index is outside [0, N)
     */
    public int bitReverse(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " outside [0, " + size + ")");
        }
        return log2Size == 0 ? 0 : Integer.reverse(index) >>> (32 - log2Size);
    }

    /**
     * Forward transform, natural order in, bit-reversed order out (decimation in frequency).
     *
     * @param re real parts, elements [0, N) transformed in place
     * @param im imaginary parts, elements [0, N) transformed in place
     * @throws IllegalArgumentException if an array is shorter than N
     */
    public void forwardScrambled(float[] re, float[] im) {
        check(re, im);
        boolean vector = isVectorised();
        // with vectors, sizes >= 32 end in a radix-4 stage of quarter span 8 fused with the radix-8 kernel
        boolean tail32 = vector && size >= 32;
        int stages = tail32 ? stageRadix.length - 1 : stageRadix.length;
        for (int s = 0; s < stages; s++) {
            int span = stageSpan[s];
            boolean wide = vector && span >= VECTOR_MIN_SPAN;
            if (stageRadix[s] == 2) {
                if (wide) {
                    VectorKernels.difRadix2(re, im, twiddles, size, span, stageOffset[s]);
                } else {
                    ScalarKernels.difRadix2(re, im, twiddles, size, span, stageOffset[s]);
                }
            } else if (wide) {
                VectorKernels.difRadix4(re, im, twiddles, size, span, stageOffset[s]);
            } else {
                ScalarKernels.difRadix4(re, im, twiddles, size, span, stageOffset[s]);
            }
        }
        if (tail32) {
            VectorKernels.difTail32(re, im, twiddles, size, stageOffset[stages]);
        } else if (size >= 8) {
            if (vector) {
                VectorKernels.difRadix8(re, im, size);
            } else {
                ScalarKernels.difRadix8(re, im, size);
            }
        }
    }

    /**
     * Inverse transform (unscaled), bit-reversed order in, natural order out (decimation in time):
     * the exact reverse of {@link #forwardScrambled}, so that {@code inverseScrambled(forwardScrambled(x))
     * = N x}.
     *
     * @param re real parts, elements [0, N) transformed in place
     * @param im imaginary parts, elements [0, N) transformed in place
     * @throws IllegalArgumentException if an array is shorter than N
     */
    public void inverseScrambled(float[] re, float[] im) {
        check(re, im);
        boolean vector = isVectorised();
        boolean tail32 = vector && size >= 32;
        int stages = tail32 ? stageRadix.length - 1 : stageRadix.length;
        if (tail32) {
            VectorKernels.ditTail32(re, im, twiddles, size, stageOffset[stages]);
        } else if (size >= 8) {
            if (vector) {
                VectorKernels.ditRadix8(re, im, size);
            } else {
                ScalarKernels.ditRadix8(re, im, size);
            }
        }
        for (int s = stages - 1; s >= 0; s--) {
            int span = stageSpan[s];
            boolean wide = vector && span >= VECTOR_MIN_SPAN;
            if (stageRadix[s] == 2) {
                if (wide) {
                    VectorKernels.ditRadix2(re, im, twiddles, size, span, stageOffset[s]);
                } else {
                    ScalarKernels.ditRadix2(re, im, twiddles, size, span, stageOffset[s]);
                }
            } else if (wide) {
                VectorKernels.ditRadix4(re, im, twiddles, size, span, stageOffset[s]);
            } else {
                ScalarKernels.ditRadix4(re, im, twiddles, size, span, stageOffset[s]);
            }
        }
    }

    /**
     * Forward transform in natural order (scrambled transform plus a bit-reversal permutation).
     *
     * @param re real parts, elements [0, N) transformed in place
     * @param im imaginary parts, elements [0, N) transformed in place
     * @throws IllegalArgumentException if an array is shorter than N
     */
    public void forward(float[] re, float[] im) {
        forwardScrambled(re, im);
        permute(re, im);
    }

    /**
     * Inverse transform (unscaled, {@code exp(+2 pi i n k / N)}) in natural order.
     *
     * @param re real parts, elements [0, N) transformed in place
     * @param im imaginary parts, elements [0, N) transformed in place
     * @throws IllegalArgumentException if an array is shorter than N
     */
    public void inverse(float[] re, float[] im) {
        check(re, im);
        permute(re, im);
        inverseScrambled(re, im);
    }

    /**
     * Applies the bit-reversal permutation in place (an involution: it maps natural order to
     * scrambled order and back).
     *
     * @param re real parts, elements [0, N) permuted
     * @param im imaginary parts, elements [0, N) permuted
     * @throws IllegalArgumentException if an array is shorter than N
     */
    public void permute(float[] re, float[] im) {
        check(re, im);
        int[] rev = reversal;
        if (rev == null) {
            rev = new int[size];
            for (int i = 0; i < size; i++) {
                rev[i] = bitReverse(i);
            }
            reversal = rev;
        }
        for (int i = 0; i < size; i++) {
            int j = rev[i];
            if (j > i) {
                float t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
    }

    private void check(float[] re, float[] im) {
        if (re == null || im == null || re.length < size || im.length < size) {
            throw new IllegalArgumentException("ComplexFft of size " + size + ": re and im need at least "
                    + size + " elements, got " + (re == null ? "null" : re.length) + " and "
                    + (im == null ? "null" : im.length));
        }
    }
}
