/**
 * Single-threaded, allocation-free power-of-two FFTs on split real/imaginary arrays, built for
 * convolution.
 *
 * <ul>
 *   <li>{@link dev.earshot.audio.dsp.fft.ComplexFft}: float complex FFT. {@code forward}/{@code inverse}
 *       work in natural order (numpy {@code fft} and {@code N * ifft} conventions);
 *       {@code forwardScrambled}/{@code inverseScrambled} skip the bit-reversal permutation, which a
 *       convolution never needs (multiply spectra pointwise in the scrambled order).</li>
 *   <li>{@link dev.earshot.audio.dsp.fft.Spectra}: pointwise complex multiply and multiply-accumulate
 *       of split spectra.</li>
 * </ul>
 * {@link dev.earshot.audio.dsp.FftConvolver} (one-shot, double precision) stays on JTransforms: a
 * one-thread double FFT of this design took 2-3x its CPU (docs/BENCHMARKS.md), so none is kept here.
 *
 * <p>Real signals: put one real signal in the real part and another in the imaginary part (two
 * blocks of one signal, or the filters of two outputs); with a real filter or a real input, the
 * products separate again after the inverse transform (see
 * {@link dev.earshot.audio.dsp.MultiPartitionedConvolver}). A one-sided real spectrum for analysis (an STFT) is
 * bins 0..N/2 of {@code forward} with the signal in the real part.
 *
 * <p>Speed: when the JVM runs with {@code --add-modules jdk.incubator.vector} on AVX2-class
 * hardware the float kernels switch to the JDK incubator Vector API once a background warm-up has got
 * them C2-compiled (see {@link dev.earshot.audio.dsp.fft.ComplexFft#awaitVectorKernels}); until then,
 * and without the module, they run in plain Java. Determinism: the plain-Java kernels perform the
 * vector kernels' IEEE operations lane by lane in the same order, so every transform and spectral
 * product is bit-identical whichever kernels ran; results never depend on thread timing or on
 * whether the JVM has the module.
 */
package dev.earshot.audio.dsp.fft;
