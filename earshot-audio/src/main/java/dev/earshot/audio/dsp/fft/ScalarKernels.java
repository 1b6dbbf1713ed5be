package dev.earshot.audio.dsp.fft;

/**
 * The plain-Java FFT stages of {@link ComplexFft}: radix-2 and radix-4 decimation-in-frequency
 * stages and their decimation-in-time inverses (with conjugate twiddles), and the radix-8 kernel for
 * the last three stages. Twiddle layout per stage (offset o, half or quarter span h or q): radix-2
 * {@code cos, sin} of {@code -2 pi j / 2h}; radix-4 {@code w1, w2, w3} (real parts then imaginary
 * parts) of {@code -2 pi j / 4q}, {@code j < q}. Scalar on JDK 17 (C2 does not vectorise these
 * loops); {@link VectorKernels} has the same stages for the Vector API.
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

    /** The last three DIF stages (spans 4, 2, 1) on every 8 contiguous points. */
    static void difRadix8(float[] re, float[] im, int n) {
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
    static void ditRadix8(float[] re, float[] im, int n) {
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
