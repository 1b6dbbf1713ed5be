package dev.earshot.ml.features;

/**
 * A one-sided complex spectrogram, frame-major: {@code real[frame][bin]}, {@code imag[frame][bin]}
 * (the layout of torchlibrosa's {@code [B, 1, T, F]} output). Bins are {@code 0 .. nFft/2}; the
 * DFT sign convention is {@code X[k] = sum x[n] e^{-2 pi i k n / N}} (numpy, torch, librosa).
 *
 * <p>The arrays are owned by the record: callers must not modify them.
 *
 * @param real real parts, {@code [frames][bins]}
 * @param imag imaginary parts, same shape
 */
public record ComplexSpectrogram(float[][] real, float[][] imag) {
    /**
     * Validates the shape.
     *
     * @throws IllegalArgumentException if the two arrays are null or differ in shape, or rows are ragged
     */
    public ComplexSpectrogram {
        if (real == null || imag == null) {
            throw new IllegalArgumentException("real and imag must not be null");
        }
        if (real.length != imag.length) {
            throw new IllegalArgumentException("real has " + real.length + " frames, imag " + imag.length);
        }
        int bins = real.length == 0 ? 0 : real[0].length;
        for (int t = 0; t < real.length; t++) {
            if (real[t].length != bins || imag[t].length != bins) {
                throw new IllegalArgumentException("frame " + t + " has " + real[t].length + "/" + imag[t].length
                        + " bins, expected " + bins);
            }
        }
    }

    /** @return number of frames */
    public int frames() {
        return real.length;
    }

    /** @return number of frequency bins ({@code nFft/2 + 1}) */
    public int bins() {
        return real.length == 0 ? 0 : real[0].length;
    }
}
