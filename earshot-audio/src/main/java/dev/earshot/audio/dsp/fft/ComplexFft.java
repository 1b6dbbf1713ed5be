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
 * plain-Java kernels once a one-off background warm-up has got them compiled, so that no caller
 * pays their interpreted start-up), otherwise as plain Java loops (which JDK 17's C2 leaves
 * scalar); the last three stages (spans 4, 2, 1) are one
 * hand-unrolled radix-8 kernel per 8 elements. Twiddles are computed in double precision. Not thread-safe only in
 * the sense that the arrays passed in are modified; an instance holds only immutable tables and may
 * be shared between threads.
 */
public final class ComplexFft {
    /** Largest supported size (2^26 points). */
    public static final int MAX_SIZE = 1 << 26;
    private static final float C8 = (float) Math.sqrt(0.5);
    /** Smallest stage span handed to the vector kernels (one whole vector). */
    private static final int VECTOR_MIN_SPAN = 8;

    private final int size;
    /** null: follow {@link Kernels#vectorReady()}; otherwise the kernels fixed at construction. */
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
     * @param vector true: always the Vector API kernels (only when {@link Kernels#VECTOR}); false:
     *               always the plain-Java ones; null: the vector ones once {@link Kernels#vectorReady()}
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
     * @return whether this instance now runs the Vector API kernels (the JVM was started with
     *         {@code --add-modules jdk.incubator.vector} on AVX2-class hardware and they have been
     *         compiled by a background warm-up, see the class comment) rather than the plain-Java
     *         ones; both give the same results
     */
    public boolean isVectorised() {
        return fixedKernels == null ? Kernels.vectorReady() : fixedKernels;
    }

    /**
     * Gets the Vector API kernels ready now instead of in the background (for benchmarks, or a
     * server that wants full speed from its first block): starts their warm-up if it has not
     * started, and waits for it.
     *
     * @param timeoutMs longest wait in milliseconds (the warm-up takes one to a few seconds of CPU)
     * @return whether FFTs now use the vector kernels; false at once when they are unavailable (no
     *         {@code --add-modules jdk.incubator.vector}, no AVX2-class hardware, or
     *         {@code -Dearshot.fft.scalar=true})
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    public static boolean awaitVectorKernels(long timeoutMs) throws InterruptedException {
        return Kernels.awaitVector(timeoutMs);
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
                    difRadix2(re, im, span, stageOffset[s]);
                }
            } else if (wide) {
                VectorKernels.difRadix4(re, im, twiddles, size, span, stageOffset[s]);
            } else {
                difRadix4(re, im, span, stageOffset[s]);
            }
        }
        if (tail32) {
            VectorKernels.difTail32(re, im, twiddles, size, stageOffset[stages]);
        } else if (size >= 8) {
            if (vector) {
                VectorKernels.difRadix8(re, im, size);
            } else {
                difRadix8(re, im, size);
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
                ditRadix8(re, im, size);
            }
        }
        for (int s = stages - 1; s >= 0; s--) {
            int span = stageSpan[s];
            boolean wide = vector && span >= VECTOR_MIN_SPAN;
            if (stageRadix[s] == 2) {
                if (wide) {
                    VectorKernels.ditRadix2(re, im, twiddles, size, span, stageOffset[s]);
                } else {
                    ditRadix2(re, im, span, stageOffset[s]);
                }
            } else if (wide) {
                VectorKernels.ditRadix4(re, im, twiddles, size, span, stageOffset[s]);
            } else {
                ditRadix4(re, im, span, stageOffset[s]);
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

    private void difRadix2(float[] re, float[] im, int h, int o) {
        float[] tw = twiddles;
        // indices are one loop-invariant base plus j
        int oh = o + h;
        for (int b = 0; b < size; b += 2 * h) {
            int b1 = b + h;
            for (int j = 0; j < h; j++) {
                int i0 = b + j;
                int i1 = b1 + j;
                float ar = re[i0];
                float ai = im[i0];
                float br = re[i1];
                float bi = im[i1];
                float wr = tw[o + j];
                float wi = tw[oh + j];
                re[i0] = ar + br;
                im[i0] = ai + bi;
                float dr = ar - br;
                float di = ai - bi;
                re[i1] = dr * wr - di * wi;
                im[i1] = dr * wi + di * wr;
            }
        }
    }

    private void ditRadix2(float[] re, float[] im, int h, int o) {
        float[] tw = twiddles;
        int oh = o + h;
        for (int b = 0; b < size; b += 2 * h) {
            int b1 = b + h;
            for (int j = 0; j < h; j++) {
                int i0 = b + j;
                int i1 = b1 + j;
                float wr = tw[o + j];
                float wi = tw[oh + j];
                float xr = re[i1];
                float xi = im[i1];
                // c = x * conj(w)
                float cr = xr * wr + xi * wi;
                float ci = xi * wr - xr * wi;
                float ar = re[i0];
                float ai = im[i0];
                re[i0] = ar + cr;
                im[i0] = ai + ci;
                re[i1] = ar - cr;
                im[i1] = ai - ci;
            }
        }
    }

    /** Two decimation-in-frequency radix-2 stages (spans 2q and q) fused. */
    private void difRadix4(float[] re, float[] im, int q, int o) {
        float[] tw = twiddles;
        int o1 = o + q;
        int o2 = o + 2 * q;
        int o3 = o + 3 * q;
        int o4 = o + 4 * q;
        int o5 = o + 5 * q;
        for (int b = 0; b < size; b += 4 * q) {
            int b1 = b + q;
            int b2 = b + 2 * q;
            int b3 = b + 3 * q;
            for (int j = 0; j < q; j++) {
                int i0 = b + j;
                int i1 = b1 + j;
                int i2 = b2 + j;
                int i3 = b3 + j;
                float x0r = re[i0];
                float x0i = im[i0];
                float x1r = re[i1];
                float x1i = im[i1];
                float x2r = re[i2];
                float x2i = im[i2];
                float x3r = re[i3];
                float x3i = im[i3];
                float t0r = x0r + x2r;
                float t0i = x0i + x2i;
                float t1r = x1r + x3r;
                float t1i = x1i + x3i;
                float t2r = x0r - x2r;
                float t2i = x0i - x2i;
                // t3 = -i (x1 - x3)
                float t3r = x1i - x3i;
                float t3i = x3r - x1r;
                re[i0] = t0r + t1r;
                im[i0] = t0i + t1i;
                float ur = t0r - t1r;
                float ui = t0i - t1i;
                float w2r = tw[o2 + j];
                float w2i = tw[o3 + j];
                re[i1] = ur * w2r - ui * w2i;
                im[i1] = ur * w2i + ui * w2r;
                float vr = t2r + t3r;
                float vi = t2i + t3i;
                float w1r = tw[o + j];
                float w1i = tw[o1 + j];
                re[i2] = vr * w1r - vi * w1i;
                im[i2] = vr * w1i + vi * w1r;
                float zr = t2r - t3r;
                float zi = t2i - t3i;
                float w3r = tw[o4 + j];
                float w3i = tw[o5 + j];
                re[i3] = zr * w3r - zi * w3i;
                im[i3] = zr * w3i + zi * w3r;
            }
        }
    }

    /** Inverse of {@link #difRadix4} (times 4) with conjugate twiddles: two DIT stages (spans q, 2q). */
    private void ditRadix4(float[] re, float[] im, int q, int o) {
        float[] tw = twiddles;
        int o1 = o + q;
        int o2 = o + 2 * q;
        int o3 = o + 3 * q;
        int o4 = o + 4 * q;
        int o5 = o + 5 * q;
        for (int b = 0; b < size; b += 4 * q) {
            int b1 = b + q;
            int b2 = b + 2 * q;
            int b3 = b + 3 * q;
            for (int j = 0; j < q; j++) {
                int i0 = b + j;
                int i1 = b1 + j;
                int i2 = b2 + j;
                int i3 = b3 + j;
                float z0r = re[i0];
                float z0i = im[i0];
                float z1r = re[i1];
                float z1i = im[i1];
                float z2r = re[i2];
                float z2i = im[i2];
                float z3r = re[i3];
                float z3i = im[i3];
                float w1r = tw[o + j];
                float w1i = tw[o1 + j];
                float w2r = tw[o2 + j];
                float w2i = tw[o3 + j];
                float w3r = tw[o4 + j];
                float w3i = tw[o5 + j];
                // a1 = z1 conj(w2), a2 = z2 conj(w1), a3 = z3 conj(w3)
                float a1r = z1r * w2r + z1i * w2i;
                float a1i = z1i * w2r - z1r * w2i;
                float a2r = z2r * w1r + z2i * w1i;
                float a2i = z2i * w1r - z2r * w1i;
                float a3r = z3r * w3r + z3i * w3i;
                float a3i = z3i * w3r - z3r * w3i;
                float s0r = z0r + a1r;
                float s0i = z0i + a1i;
                float s1r = z0r - a1r;
                float s1i = z0i - a1i;
                float s2r = a2r + a3r;
                float s2i = a2i + a3i;
                float s3r = a2r - a3r;
                float s3i = a2i - a3i;
                re[i0] = s0r + s2r;
                im[i0] = s0i + s2i;
                re[i2] = s0r - s2r;
                im[i2] = s0i - s2i;
                // x1 = s1 + i s3, x3 = s1 - i s3
                re[i1] = s1r - s3i;
                im[i1] = s1i + s3r;
                re[i3] = s1r + s3i;
                im[i3] = s1i - s3r;
            }
        }
    }

    /** The last three DIF stages (spans 4, 2, 1) on every 8 contiguous points. */
    private static void difRadix8(float[] re, float[] im, int n) {
        final float c = C8;
        for (int b = 0; b < n; b += 8) {
            float x0r = re[b];
            float x1r = re[b + 1];
            float x2r = re[b + 2];
            float x3r = re[b + 3];
            float x4r = re[b + 4];
            float x5r = re[b + 5];
            float x6r = re[b + 6];
            float x7r = re[b + 7];
            float x0i = im[b];
            float x1i = im[b + 1];
            float x2i = im[b + 2];
            float x3i = im[b + 3];
            float x4i = im[b + 4];
            float x5i = im[b + 5];
            float x6i = im[b + 6];
            float x7i = im[b + 7];
            // span 4: y[j] = x[j] + x[j+4], y[j+4] = (x[j] - x[j+4]) W8^j
            float y0r = x0r + x4r;
            float y0i = x0i + x4i;
            float y1r = x1r + x5r;
            float y1i = x1i + x5i;
            float y2r = x2r + x6r;
            float y2i = x2i + x6i;
            float y3r = x3r + x7r;
            float y3i = x3i + x7i;
            float y4r = x0r - x4r;
            float y4i = x0i - x4i;
            float dr = x1r - x5r;
            float di = x1i - x5i;
            float y5r = c * (dr + di);
            float y5i = c * (di - dr);
            float y6r = x2i - x6i;
            float y6i = x6r - x2r;
            dr = x3r - x7r;
            di = x3i - x7i;
            float y7r = c * (di - dr);
            float y7i = -c * (dr + di);
            // span 2 on [0,4) and [4,8): u[j] = y[j] + y[j+2], u[j+2] = (y[j] - y[j+2]) W4^j
            float u0r = y0r + y2r;
            float u0i = y0i + y2i;
            float u1r = y1r + y3r;
            float u1i = y1i + y3i;
            float u2r = y0r - y2r;
            float u2i = y0i - y2i;
            float u3r = y1i - y3i;
            float u3i = y3r - y1r;
            float u4r = y4r + y6r;
            float u4i = y4i + y6i;
            float u5r = y5r + y7r;
            float u5i = y5i + y7i;
            float u6r = y4r - y6r;
            float u6i = y4i - y6i;
            float u7r = y5i - y7i;
            float u7i = y7r - y5r;
            // span 1
            re[b] = u0r + u1r;
            im[b] = u0i + u1i;
            re[b + 1] = u0r - u1r;
            im[b + 1] = u0i - u1i;
            re[b + 2] = u2r + u3r;
            im[b + 2] = u2i + u3i;
            re[b + 3] = u2r - u3r;
            im[b + 3] = u2i - u3i;
            re[b + 4] = u4r + u5r;
            im[b + 4] = u4i + u5i;
            re[b + 5] = u4r - u5r;
            im[b + 5] = u4i - u5i;
            re[b + 6] = u6r + u7r;
            im[b + 6] = u6i + u7i;
            re[b + 7] = u6r - u7r;
            im[b + 7] = u6i - u7i;
        }
    }

    /** Inverse of {@link #difRadix8} (times 8): DIT stages of spans 1, 2, 4 with conjugate twiddles. */
    private static void ditRadix8(float[] re, float[] im, int n) {
        final float c = C8;
        for (int b = 0; b < n; b += 8) {
            float x0r = re[b];
            float x1r = re[b + 1];
            float x2r = re[b + 2];
            float x3r = re[b + 3];
            float x4r = re[b + 4];
            float x5r = re[b + 5];
            float x6r = re[b + 6];
            float x7r = re[b + 7];
            float x0i = im[b];
            float x1i = im[b + 1];
            float x2i = im[b + 2];
            float x3i = im[b + 3];
            float x4i = im[b + 4];
            float x5i = im[b + 5];
            float x6i = im[b + 6];
            float x7i = im[b + 7];
            // span 1
            float u0r = x0r + x1r;
            float u0i = x0i + x1i;
            float u1r = x0r - x1r;
            float u1i = x0i - x1i;
            float u2r = x2r + x3r;
            float u2i = x2i + x3i;
            float u3r = x2r - x3r;
            float u3i = x2i - x3i;
            float u4r = x4r + x5r;
            float u4i = x4i + x5i;
            float u5r = x4r - x5r;
            float u5i = x4i - x5i;
            float u6r = x6r + x7r;
            float u6i = x6i + x7i;
            float u7r = x6r - x7r;
            float u7i = x6i - x7i;
            // span 2: y[j] = u[j] + u[j+2] conj(W4^j), y[j+2] = u[j] - u[j+2] conj(W4^j); conj(W4^1) = i
            float y0r = u0r + u2r;
            float y0i = u0i + u2i;
            float y2r = u0r - u2r;
            float y2i = u0i - u2i;
            float y1r = u1r - u3i;
            float y1i = u1i + u3r;
            float y3r = u1r + u3i;
            float y3i = u1i - u3r;
            float y4r = u4r + u6r;
            float y4i = u4i + u6i;
            float y6r = u4r - u6r;
            float y6i = u4i - u6i;
            float y5r = u5r - u7i;
            float y5i = u5i + u7r;
            float y7r = u5r + u7i;
            float y7i = u5i - u7r;
            // span 4: t = y[j+4] conj(W8^j)
            float t5r = c * (y5r - y5i);
            float t5i = c * (y5r + y5i);
            float t6r = -y6i;
            float t6i = y6r;
            float t7r = -c * (y7r + y7i);
            float t7i = c * (y7r - y7i);
            re[b] = y0r + y4r;
            im[b] = y0i + y4i;
            re[b + 4] = y0r - y4r;
            im[b + 4] = y0i - y4i;
            re[b + 1] = y1r + t5r;
            im[b + 1] = y1i + t5i;
            re[b + 5] = y1r - t5r;
            im[b + 5] = y1i - t5i;
            re[b + 2] = y2r + t6r;
            im[b + 2] = y2i + t6i;
            re[b + 6] = y2r - t6r;
            im[b + 6] = y2i - t6i;
            re[b + 3] = y3r + t7r;
            im[b + 3] = y3i + t7i;
            re[b + 7] = y3r - t7r;
            im[b + 7] = y3i - t7i;
        }
    }
}
