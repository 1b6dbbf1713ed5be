/**
 * Signal processing kernels on float arrays and {@link dev.earshot.audio.AudioBuffer}s: polyphase
 * resampling ({@link dev.earshot.audio.dsp.Resampler}, scipy resample_poly compatible), FFT
 * convolution one-shot ({@link dev.earshot.audio.dsp.FftConvolver}) and streaming
 * ({@link dev.earshot.audio.dsp.PartitionedConvolver},
 * {@link dev.earshot.audio.dsp.MultiPartitionedConvolver}), loudness
 * ({@link dev.earshot.audio.dsp.Loudness}) and mixing ({@link dev.earshot.audio.dsp.Mixer}).
 *
 * <p>Kernels take and return arrays, keep no global state and are allocation-free in their
 * streaming paths. Levels are in dBFS with 0 dBFS = a sample value of 1.0.
 */
package dev.earshot.audio.dsp;
