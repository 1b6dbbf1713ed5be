package dev.earshot.ml.features;

/**
 * Analysis windows.
 */
public final class Windows {
    private Windows() {
    }

    /**
     * A Hann window.
     *
     * <p>Periodic ({@code periodic = true}): {@code w[n] = 0.5 - 0.5 cos(2 pi n / N)}, equal to librosa's
     * {@code get_window('hann', N, fftbins=True)} and {@code torch.hann_window(N)}. Symmetric:
     * {@code 0.5 - 0.5 cos(2 pi n / (N - 1))} (scipy {@code hann(N, sym=True)}).
     *
     * @param length   number of samples, at least 1
     * @param periodic true for the DFT-even (periodic) window used by STFT front ends
     * @return the window, {@code length} values
     * @throws IllegalArgumentException if {@code length < 1}
     */
    public static double[] hann(int length, boolean periodic) {
        if (length < 1) {
            throw new IllegalArgumentException("window length must be at least 1, got " + length);
        }
        double[] w = new double[length];
        if (length == 1) {
            w[0] = 1.0;
            return w;
        }
        int denom = periodic ? length : length - 1;
        for (int n = 0; n < length; n++) {
            w[n] = 0.5 - 0.5 * Math.cos(2.0 * Math.PI * n / denom);
        }
        return w;
    }
}
