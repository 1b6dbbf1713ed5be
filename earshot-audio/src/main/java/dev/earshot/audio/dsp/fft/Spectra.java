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
}
