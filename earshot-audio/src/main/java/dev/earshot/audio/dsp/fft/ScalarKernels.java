package dev.earshot.audio.dsp.fft;

/**
 * The plain-Java FFT stages of {@link ComplexFft}: radix-2 and radix-4 decimation-in-frequency
 * stages and their decimation-in-time inverses (with conjugate twiddles), and the radix-8 kernel for
 * the last three stages. Twiddle layout per stage (offset o, half or quarter span h or q): radix-2
 * {@code cos, sin} of {@code -2 pi j / 2h}; radix-4 {@code w1, w2, w3} (real parts then imaginary
 * parts) of {@code -2 pi j / 4q}, {@code j < q}. Scalar on JDK 17 (C2 does not vectorise these
 * loops); {@link VectorKernels} has the same stages for the Vector API.
 *
 * <p>Every method performs exactly the IEEE float operations of its {@link VectorKernels} twin, lane
 * by lane and in the same order (no fused multiply-add on either side, since Java never contracts
 * and the vector code's only {@code fma} calls multiply by +-1, which is exact), so the two kernel
 * sets give bit-identical results (KernelBitIdentityTest) and a caller may switch between them at
 * any transform without changing its output.
 */
final class ScalarKernels {
    private static final float C8 = (float) Math.sqrt(0.5);

    private ScalarKernels() {
    }

    static void difRadix2(float[] re, float[] im, float[] tw, int size, int h, int o) {
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

    static void ditRadix2(float[] re, float[] im, float[] tw, int size, int h, int o) {
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
    static void difRadix4(float[] re, float[] im, float[] tw, int size, int q, int o) {
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
    static void ditRadix4(float[] re, float[] im, float[] tw, int size, int q, int o) {
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

    /**
     * The last three DIF stages (spans 4, 2, 1) on every 8 contiguous points.
     *
     * <p>Written lane by lane as {@link VectorKernels}' {@code difKernel8} computes them (one 8-lane
     * vector per block), with the same IEEE operations in the same order, so that both give the same
     * bits: the span-4 twiddle multiplies every point, including those whose twiddle is 1 or -i (a
     * product with 0 can change the sign of a zero result), as {@code r w_r - i w_i} and
     * {@code r w_i + i w_r}; multiplications by 1 are omitted and by -1 written as negations, which
     * are exact. Lane-wise {@code fma(x, +-1, y)} of the vector code is the exact sum {@code y +- x}.
     */
    static void difRadix8(float[] re, float[] im, int n) {
        final float c = C8;
        final float z = 0f;
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
            // span 4: y[j] = x[j] + x[j+4], y[j+4] = x[j] - x[j+4]
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
            float y5r = x1r - x5r;
            float y5i = x1i - x5i;
            float y6r = x2r - x6r;
            float y6i = x2i - x6i;
            float y7r = x3r - x7r;
            float y7i = x3i - x7i;
            // times the twiddles (1, 1, 1, 1, 1, c - ic, -i, -c - ic): r w_r - i w_i, r w_i + i w_r
            float v0r = y0r - y0i * z;
            float v0i = y0r * z + y0i;
            float v1r = y1r - y1i * z;
            float v1i = y1r * z + y1i;
            float v2r = y2r - y2i * z;
            float v2i = y2r * z + y2i;
            float v3r = y3r - y3i * z;
            float v3i = y3r * z + y3i;
            float v4r = y4r - y4i * z;
            float v4i = y4r * z + y4i;
            float v5r = y5r * c - y5i * -c;
            float v5i = y5r * -c + y5i * c;
            float v6r = y6r * z - -y6i;
            float v6i = -y6r + y6i * z;
            float v7r = y7r * -c - y7i * -c;
            float v7i = y7r * -c + y7i * -c;
            // span 2: u[j] = v[j] + v[j+2], u[j+2] = v[j] - v[j+2]; then points 3 and 7 times -i
            float u0r = v0r + v2r;
            float u0i = v0i + v2i;
            float u1r = v1r + v3r;
            float u1i = v1i + v3i;
            float u2r = v0r - v2r;
            float u2i = v0i - v2i;
            float u3r = v1i - v3i;
            float u3i = -(v1r - v3r);
            float u4r = v4r + v6r;
            float u4i = v4i + v6i;
            float u5r = v5r + v7r;
            float u5i = v5i + v7i;
            float u6r = v4r - v6r;
            float u6i = v4i - v6i;
            float u7r = v5i - v7i;
            float u7i = -(v5r - v7r);
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

    /**
     * Inverse of {@link #difRadix8} (times 8): DIT stages of spans 1, 2, 4 with conjugate twiddles,
     * lane by lane as {@link VectorKernels}' {@code ditKernel8} (see {@link #difRadix8}).
     */
    static void ditRadix8(float[] re, float[] im, int n) {
        final float c = C8;
        final float z = 0f;
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
            // span 2: points 3 and 7 times conj(W4^1) = i first, (r, i) -> (-i, r); then
            // y[j] = u[j] + u[j+2], y[j+2] = u[j] - u[j+2]
            float s3r = -u3i;
            float s7r = -u7i;
            float y0r = u0r + u2r;
            float y0i = u0i + u2i;
            float y1r = u1r + s3r;
            float y1i = u1i + u3r;
            float y2r = u0r - u2r;
            float y2i = u0i - u2i;
            float y3r = u1r - s3r;
            float y3i = u1i - u3r;
            float y4r = u4r + u6r;
            float y4i = u4i + u6i;
            float y5r = u5r + s7r;
            float y5i = u5i + u7r;
            float y6r = u4r - u6r;
            float y6i = u4i - u6i;
            float y7r = u5r - s7r;
            float y7i = u5i - u7r;
            // times the conjugate twiddles: r w_r + i w_i, i w_r - r w_i (w as in difRadix8)
            float v0r = y0r + y0i * z;
            float v0i = y0i - y0r * z;
            float v1r = y1r + y1i * z;
            float v1i = y1i - y1r * z;
            float v2r = y2r + y2i * z;
            float v2i = y2i - y2r * z;
            float v3r = y3r + y3i * z;
            float v3i = y3i - y3r * z;
            float v4r = y4r + y4i * z;
            float v4i = y4i - y4r * z;
            float v5r = y5r * c + y5i * -c;
            float v5i = y5i * c - y5r * -c;
            float v6r = y6r * z + -y6i;
            float v6i = y6i * z - -y6r;
            float v7r = y7r * -c + y7i * -c;
            float v7i = y7i * -c - y7r * -c;
            // span 4
            re[b] = v0r + v4r;
            im[b] = v0i + v4i;
            re[b + 4] = v0r - v4r;
            im[b + 4] = v0i - v4i;
            re[b + 1] = v1r + v5r;
            im[b + 1] = v1i + v5i;
            re[b + 5] = v1r - v5r;
            im[b + 5] = v1i - v5i;
            re[b + 2] = v2r + v6r;
            im[b + 2] = v2i + v6i;
            re[b + 6] = v2r - v6r;
            im[b + 6] = v2i - v6i;
            re[b + 3] = v3r + v7r;
            im[b + 3] = v3i + v7i;
            re[b + 7] = v3r - v7r;
            im[b + 7] = v3i - v7i;
        }
    }

    /** {@code y = x * h} (complex) over [from, n), as {@link VectorKernels#multiply} per lane. */
    static void multiply(float[] yRe, float[] yIm, float[] xRe, float[] xIm, float[] hRe, float[] hIm,
                         int from, int n) {
        for (int i = from; i < n; i++) {
            float a = xRe[i];
            float b = xIm[i];
            float c = hRe[i];
            float d = hIm[i];
            yRe[i] = a * c - b * d;
            yIm[i] = a * d + b * c;
        }
    }

    /** {@code acc += x * h} (complex) over [from, n), as {@link VectorKernels#multiplyAccumulate} per lane. */
    static void multiplyAccumulate(float[] accRe, float[] accIm, float[] xRe, float[] xIm, float[] hRe,
                                   float[] hIm, int from, int n) {
        for (int i = from; i < n; i++) {
            float a = xRe[i];
            float b = xIm[i];
            float c = hRe[i];
            float d = hIm[i];
            accRe[i] += a * c - b * d;
            accIm[i] += a * d + b * c;
        }
    }

    /**
     * Splits the scrambled spectrum Z = A + iB of two real signals on indices [from, to) of one octave
     * [lo, 2 lo) (or lo = 0 for the two self-paired indices 0 and 1), where the bin N - k of the bin k at
     * index j sits at index {@code 3 lo - 1 - j}: A = (Z + conj Z') / 2, B = (Z - conj Z') / 2i. As
     * {@link VectorKernels#splitOctave} per lane.
     */
    static void splitOctave(float[] zRe, float[] zIm, float[] aRe, float[] aIm, float[] bRe, float[] bIm, int lo,
                            int from, int to) {
        int mirror = lo == 0 ? -1 : 3 * lo - 1;
        for (int j = from; j < to; j++) {
            int p = lo == 0 ? j : mirror - j;
            float xr = zRe[j];
            float xi = zIm[j];
            float yr = zRe[p];
            float yi = zIm[p];
            aRe[j] = 0.5f * (xr + yr);
            aIm[j] = 0.5f * (xi - yi);
            bRe[j] = 0.5f * (xi + yi);
            bIm[j] = 0.5f * (yr - xr);
        }
    }
}
