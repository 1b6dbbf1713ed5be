package dev.earshot.audio.dsp.fft;

/**
 * Double-precision twin of {@link ComplexFft}: the same in-place split-array complex FFT (same
 * conventions, stage plan and scrambled order, unscaled inverse), in plain Java, for callers that
 * need double accuracy. Not yet competitive for large one-shot work: an FftConvolver built on it
 * (2^17-point FFTs, two segments per FFT) took 2-3x the CPU time of the JTransforms
 * {@code DoubleFFT_1D} version (docs/BENCHMARKS.md). Single-threaded and
 * allocation-free after construction; an instance holds only immutable tables and may be shared
 * between threads.
 */
public final class DoubleComplexFft {
    /** Largest supported size (2^26 points). */
    public static final int MAX_SIZE = 1 << 26;
    private static final double C8 = Math.sqrt(0.5);

    private final int size;
    private final int log2Size;
    /** Stage plan, outermost (largest span) first: radix (2 or 4), quarter/half span, table offset. */
    private final int[] stageRadix;
    private final int[] stageSpan;
    private final int[] stageOffset;
    private final double[] twiddles;
    /** bit-reversal permutation, built lazily for the natural-order entry points */
    private volatile int[] reversal;

    /**
     * @param size number of complex points, a power of two in [1, {@link #MAX_SIZE}]
     * @throws IllegalArgumentException if size is not such a power of two
     */
    public DoubleComplexFft(int size) {
        if (size < 1 || size > MAX_SIZE || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("DoubleComplexFft size must be a power of two in [1, 2^26], got " + size);
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
        twiddles = new double[offset];
        for (int s = 0; s < count; s++) {
            int q = stageSpan[s];
            int o = stageOffset[s];
            int block = stageRadix[s] * q;
            for (int j = 0; j < q; j++) {
                double a = -2 * Math.PI * j / block;
                twiddles[o + j] = Math.cos(a);
                twiddles[o + q + j] = Math.sin(a);
                if (stageRadix[s] == 4) {
                    twiddles[o + 2 * q + j] = Math.cos(2 * a);
                    twiddles[o + 3 * q + j] = Math.sin(2 * a);
                    twiddles[o + 4 * q + j] = Math.cos(3 * a);
                    twiddles[o + 5 * q + j] = Math.sin(3 * a);
                }
            }
        }
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
    public void forwardScrambled(double[] re, double[] im) {
        check(re, im);
        for (int s = 0; s < stageRadix.length; s++) {
            if (stageRadix[s] == 2) {
                difRadix2(re, im, stageSpan[s], stageOffset[s]);
            } else {
                difRadix4(re, im, stageSpan[s], stageOffset[s]);
            }
        }
        if (size >= 8) {
            difRadix8(re, im, size);
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
    public void inverseScrambled(double[] re, double[] im) {
        check(re, im);
        if (size >= 8) {
            ditRadix8(re, im, size);
        }
        for (int s = stageRadix.length - 1; s >= 0; s--) {
            if (stageRadix[s] == 2) {
                ditRadix2(re, im, stageSpan[s], stageOffset[s]);
            } else {
                ditRadix4(re, im, stageSpan[s], stageOffset[s]);
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
    public void forward(double[] re, double[] im) {
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
    public void inverse(double[] re, double[] im) {
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
    public void permute(double[] re, double[] im) {
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
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
    }

    private void check(double[] re, double[] im) {
        if (re == null || im == null || re.length < size || im.length < size) {
            throw new IllegalArgumentException("DoubleComplexFft of size " + size + ": re and im need at least "
                    + size + " elements, got " + (re == null ? "null" : re.length) + " and "
                    + (im == null ? "null" : im.length));
        }
    }

    private void difRadix2(double[] re, double[] im, int h, int o) {
        double[] tw = twiddles;
        // indices are one loop-invariant base plus j
        int oh = o + h;
        for (int b = 0; b < size; b += 2 * h) {
            int b1 = b + h;
            for (int j = 0; j < h; j++) {
                int i0 = b + j;
                int i1 = b1 + j;
                double ar = re[i0];
                double ai = im[i0];
                double br = re[i1];
                double bi = im[i1];
                double wr = tw[o + j];
                double wi = tw[oh + j];
                re[i0] = ar + br;
                im[i0] = ai + bi;
                double dr = ar - br;
                double di = ai - bi;
                re[i1] = dr * wr - di * wi;
                im[i1] = dr * wi + di * wr;
            }
        }
    }

    private void ditRadix2(double[] re, double[] im, int h, int o) {
        double[] tw = twiddles;
        int oh = o + h;
        for (int b = 0; b < size; b += 2 * h) {
            int b1 = b + h;
            for (int j = 0; j < h; j++) {
                int i0 = b + j;
                int i1 = b1 + j;
                double wr = tw[o + j];
                double wi = tw[oh + j];
                double xr = re[i1];
                double xi = im[i1];
                // c = x * conj(w)
                double cr = xr * wr + xi * wi;
                double ci = xi * wr - xr * wi;
                double ar = re[i0];
                double ai = im[i0];
                re[i0] = ar + cr;
                im[i0] = ai + ci;
                re[i1] = ar - cr;
                im[i1] = ai - ci;
            }
        }
    }

    /** Two decimation-in-frequency radix-2 stages (spans 2q and q) fused. */
    private void difRadix4(double[] re, double[] im, int q, int o) {
        double[] tw = twiddles;
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
                double x0r = re[i0];
                double x0i = im[i0];
                double x1r = re[i1];
                double x1i = im[i1];
                double x2r = re[i2];
                double x2i = im[i2];
                double x3r = re[i3];
                double x3i = im[i3];
                double t0r = x0r + x2r;
                double t0i = x0i + x2i;
                double t1r = x1r + x3r;
                double t1i = x1i + x3i;
                double t2r = x0r - x2r;
                double t2i = x0i - x2i;
                // t3 = -i (x1 - x3)
                double t3r = x1i - x3i;
                double t3i = x3r - x1r;
                re[i0] = t0r + t1r;
                im[i0] = t0i + t1i;
                double ur = t0r - t1r;
                double ui = t0i - t1i;
                double w2r = tw[o2 + j];
                double w2i = tw[o3 + j];
                re[i1] = ur * w2r - ui * w2i;
                im[i1] = ur * w2i + ui * w2r;
                double vr = t2r + t3r;
                double vi = t2i + t3i;
                double w1r = tw[o + j];
                double w1i = tw[o1 + j];
                re[i2] = vr * w1r - vi * w1i;
                im[i2] = vr * w1i + vi * w1r;
                double zr = t2r - t3r;
                double zi = t2i - t3i;
                double w3r = tw[o4 + j];
                double w3i = tw[o5 + j];
                re[i3] = zr * w3r - zi * w3i;
                im[i3] = zr * w3i + zi * w3r;
            }
        }
    }

    /** Inverse of {@link #difRadix4} (times 4) with conjugate twiddles: two DIT stages (spans q, 2q). */
    private void ditRadix4(double[] re, double[] im, int q, int o) {
        double[] tw = twiddles;
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
                double z0r = re[i0];
                double z0i = im[i0];
                double z1r = re[i1];
                double z1i = im[i1];
                double z2r = re[i2];
                double z2i = im[i2];
                double z3r = re[i3];
                double z3i = im[i3];
                double w1r = tw[o + j];
                double w1i = tw[o1 + j];
                double w2r = tw[o2 + j];
                double w2i = tw[o3 + j];
                double w3r = tw[o4 + j];
                double w3i = tw[o5 + j];
                // a1 = z1 conj(w2), a2 = z2 conj(w1), a3 = z3 conj(w3)
                double a1r = z1r * w2r + z1i * w2i;
                double a1i = z1i * w2r - z1r * w2i;
                double a2r = z2r * w1r + z2i * w1i;
                double a2i = z2i * w1r - z2r * w1i;
                double a3r = z3r * w3r + z3i * w3i;
                double a3i = z3i * w3r - z3r * w3i;
                double s0r = z0r + a1r;
                double s0i = z0i + a1i;
                double s1r = z0r - a1r;
                double s1i = z0i - a1i;
                double s2r = a2r + a3r;
                double s2i = a2i + a3i;
                double s3r = a2r - a3r;
                double s3i = a2i - a3i;
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
    private static void difRadix8(double[] re, double[] im, int n) {
        final double c = C8;
        for (int b = 0; b < n; b += 8) {
            double x0r = re[b];
            double x1r = re[b + 1];
            double x2r = re[b + 2];
            double x3r = re[b + 3];
            double x4r = re[b + 4];
            double x5r = re[b + 5];
            double x6r = re[b + 6];
            double x7r = re[b + 7];
            double x0i = im[b];
            double x1i = im[b + 1];
            double x2i = im[b + 2];
            double x3i = im[b + 3];
            double x4i = im[b + 4];
            double x5i = im[b + 5];
            double x6i = im[b + 6];
            double x7i = im[b + 7];
            // span 4: y[j] = x[j] + x[j+4], y[j+4] = (x[j] - x[j+4]) W8^j
            double y0r = x0r + x4r;
            double y0i = x0i + x4i;
            double y1r = x1r + x5r;
            double y1i = x1i + x5i;
            double y2r = x2r + x6r;
            double y2i = x2i + x6i;
            double y3r = x3r + x7r;
            double y3i = x3i + x7i;
            double y4r = x0r - x4r;
            double y4i = x0i - x4i;
            double dr = x1r - x5r;
            double di = x1i - x5i;
            double y5r = c * (dr + di);
            double y5i = c * (di - dr);
            double y6r = x2i - x6i;
            double y6i = x6r - x2r;
            dr = x3r - x7r;
            di = x3i - x7i;
            double y7r = c * (di - dr);
            double y7i = -c * (dr + di);
            // span 2 on [0,4) and [4,8): u[j] = y[j] + y[j+2], u[j+2] = (y[j] - y[j+2]) W4^j
            double u0r = y0r + y2r;
            double u0i = y0i + y2i;
            double u1r = y1r + y3r;
            double u1i = y1i + y3i;
            double u2r = y0r - y2r;
            double u2i = y0i - y2i;
            double u3r = y1i - y3i;
            double u3i = y3r - y1r;
            double u4r = y4r + y6r;
            double u4i = y4i + y6i;
            double u5r = y5r + y7r;
            double u5i = y5i + y7i;
            double u6r = y4r - y6r;
            double u6i = y4i - y6i;
            double u7r = y5i - y7i;
            double u7i = y7r - y5r;
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
    private static void ditRadix8(double[] re, double[] im, int n) {
        final double c = C8;
        for (int b = 0; b < n; b += 8) {
            double x0r = re[b];
            double x1r = re[b + 1];
            double x2r = re[b + 2];
            double x3r = re[b + 3];
            double x4r = re[b + 4];
            double x5r = re[b + 5];
            double x6r = re[b + 6];
            double x7r = re[b + 7];
            double x0i = im[b];
            double x1i = im[b + 1];
            double x2i = im[b + 2];
            double x3i = im[b + 3];
            double x4i = im[b + 4];
            double x5i = im[b + 5];
            double x6i = im[b + 6];
            double x7i = im[b + 7];
            // span 1
            double u0r = x0r + x1r;
            double u0i = x0i + x1i;
            double u1r = x0r - x1r;
            double u1i = x0i - x1i;
            double u2r = x2r + x3r;
            double u2i = x2i + x3i;
            double u3r = x2r - x3r;
            double u3i = x2i - x3i;
            double u4r = x4r + x5r;
            double u4i = x4i + x5i;
            double u5r = x4r - x5r;
            double u5i = x4i - x5i;
            double u6r = x6r + x7r;
            double u6i = x6i + x7i;
            double u7r = x6r - x7r;
            double u7i = x6i - x7i;
            // span 2: y[j] = u[j] + u[j+2] conj(W4^j), y[j+2] = u[j] - u[j+2] conj(W4^j); conj(W4^1) = i
            double y0r = u0r + u2r;
            double y0i = u0i + u2i;
            double y2r = u0r - u2r;
            double y2i = u0i - u2i;
            double y1r = u1r - u3i;
            double y1i = u1i + u3r;
            double y3r = u1r + u3i;
            double y3i = u1i - u3r;
            double y4r = u4r + u6r;
            double y4i = u4i + u6i;
            double y6r = u4r - u6r;
            double y6i = u4i - u6i;
            double y5r = u5r - u7i;
            double y5i = u5i + u7r;
            double y7r = u5r + u7i;
            double y7i = u5i - u7r;
            // span 4: t = y[j+4] conj(W8^j)
            double t5r = c * (y5r - y5i);
            double t5i = c * (y5r + y5i);
            double t6r = -y6i;
            double t6i = y6r;
            double t7r = -c * (y7r + y7i);
            double t7i = c * (y7r - y7i);
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
