package dev.earshot.audio.dsp.fft;

/**
 * Pointwise complex arithmetic on split spectra (real parts in one array, imaginary parts in
 * another), the inner loop of FFT convolution. Uses the Vector API kernels when {@link ComplexFft}
 * does; the results are bit-identical either way (plain IEEE float multiplies and adds in the same
 * order, no fused multiply-add). Works in any bin order, natural or scrambled, as long as all
 * operands share it.
 */
public final class Spectra {
    private Spectra() {
    }

    /**
     * {@code y[i] = x[i] * h[i]} (complex) for i in [0, n). y may be the same arrays as x or h.
     *
     * @param yRe output real parts
     * @param yIm output imaginary parts
     * @param xRe first factor, real parts
     * @param xIm first factor, imaginary parts
     * @param hRe second factor, real parts
     * @param hIm second factor, imaginary parts
     * @param n   number of bins, &ge; 0
     * @throws ArrayIndexOutOfBoundsException if an array is shorter than n
     */
    public static void multiply(float[] yRe, float[] yIm, float[] xRe, float[] xIm, float[] hRe, float[] hIm, int n) {
        int i = Kernels.useVector() ? VectorKernels.multiply(yRe, yIm, xRe, xIm, hRe, hIm, n) : 0;
        ScalarKernels.multiply(yRe, yIm, xRe, xIm, hRe, hIm, i, n);
    }

    /**
     * {@code acc[i] += x[i] * h[i]} (complex) for i in [0, n). acc must not be the same arrays as x
     * or h.
     *
     * @param accRe accumulator real parts
     * @param accIm accumulator imaginary parts
     * @param xRe   first factor, real parts
     * @param xIm   first factor, imaginary parts
     * @param hRe   second factor, real parts
     * @param hIm   second factor, imaginary parts
     * @param n     number of bins, &ge; 0
     * @throws ArrayIndexOutOfBoundsException if an array is shorter than n
     */
    public static void multiplyAccumulate(float[] accRe, float[] accIm, float[] xRe, float[] xIm, float[] hRe,
                                          float[] hIm, int n) {
        int i = Kernels.useVector() ? VectorKernels.multiplyAccumulate(accRe, accIm, xRe, xIm, hRe, hIm, n) : 0;
        ScalarKernels.multiplyAccumulate(accRe, accIm, xRe, xIm, hRe, hIm, i, n);
    }

    /**
     * Splits the spectrum {@code Z = A + iB} of two real signals a and b (the FFT of {@code a + ib}),
     * given in {@link ComplexFft#forwardScrambled}'s bit-reversed order, into their spectra in the same
     * order: {@code A[k] = (Z[k] + conj Z[N-k]) / 2}, {@code B[k] = (Z[k] - conj Z[N-k]) / 2i}. In that
     * order the bin N - k of the bin k at index j is at index j for j &lt; 2 and at
     * {@code 3 * 2^m - 1 - j} for j in [2^m, 2^(m+1)): a reversal within each octave, which the vector
     * kernels read backwards. The outputs must not be the input arrays.
     *
     * @param zRe scrambled Z, real parts
     * @param zIm scrambled Z, imaginary parts
     * @param aRe output A, real parts
     * @param aIm output A, imaginary parts
     * @param bRe output B, real parts
     * @param bIm output B, imaginary parts
     * @param n   number of bins N, a power of two
     * @throws IllegalArgumentException if n is not a power of two
     * @throws ArrayIndexOutOfBoundsException if an array is shorter than n
     */
    public static void splitPair(float[] zRe, float[] zIm, float[] aRe, float[] aIm, float[] bRe, float[] bIm, int n) {
        if (n < 1 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("n must be a power of two, got " + n);
        }
        ScalarKernels.splitOctave(zRe, zIm, aRe, aIm, bRe, bIm, 0, 0, Math.min(2, n));
        boolean vector = Kernels.useVector();
        for (int lo = 2; lo < n; lo <<= 1) {
            if (vector && lo >= VectorKernels.LANES) {
                VectorKernels.splitOctave(zRe, zIm, aRe, aIm, bRe, bIm, lo);
            } else {
                ScalarKernels.splitOctave(zRe, zIm, aRe, aIm, bRe, bIm, lo, lo, 2 * lo);
            }
        }
    }
}
