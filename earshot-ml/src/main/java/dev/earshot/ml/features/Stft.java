package dev.earshot.ml.features;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Short-time Fourier transform as torch.stft / torchlibrosa / librosa compute it with
 * {@code center=True, pad_mode='reflect'}: the signal is padded by {@code nFft/2} samples on each side
 * by reflection about the edge samples (the edge sample is not repeated: {@code x[-k] = x[k]}), frames of
 * {@code nFft} samples start every {@code hop} samples, each is multiplied by the window (centred in
 * {@code nFft} when shorter, as librosa's {@code pad_center}) and transformed with a real FFT; the number of
 * frames is {@code 1 + floor(L / hop)} for {@code L} input samples (1001 for 320000 samples at hop 320).
 *
 * <p>Arithmetic is double precision (JTransforms); results are returned as float. Instances hold a
 * JTransforms plan whose thread safety is not documented: use one instance per thread.
 */
public final class Stft {
    private final int nFft;
    private final int hop;
    private final double[] window;
    private final DoubleFFT_1D fft;

    /**
     * Creates an STFT.
     *
     * @param nFft   FFT size in samples, even, at least 2
     * @param hop    hop length in samples, at least 1
     * @param window analysis window, length in {@code [1, nFft]}; centred in the frame when shorter
     * @throws IllegalArgumentException on an odd or too small {@code nFft}, a non-positive hop, or a window
     *                                  of the wrong length or with non-finite values
     */
    public Stft(int nFft, int hop, double[] window) {
        if (nFft < 2 || nFft % 2 != 0) {
            throw new IllegalArgumentException("nFft must be even and at least 2, got " + nFft);
        }
        if (hop < 1) {
            throw new IllegalArgumentException("hop must be at least 1 sample, got " + hop);
        }
        if (window == null || window.length < 1 || window.length > nFft) {
            throw new IllegalArgumentException("window length must be in [1, " + nFft + "], got "
                    + (window == null ? "null" : window.length));
        }
        this.nFft = nFft;
        this.hop = hop;
        this.window = new double[nFft];
        int lpad = (nFft - window.length) / 2;
        for (int i = 0; i < window.length; i++) {
            if (!Double.isFinite(window[i])) {
                throw new IllegalArgumentException("window[" + i + "] is not finite: " + window[i]);
            }
            this.window[lpad + i] = window[i];
        }
        this.fft = new DoubleFFT_1D(nFft);
    }

    /**
     * The Spatial-AST / DSpAST front end: n_fft 1024, hop 320, periodic Hann 1024 (32 kHz input).
     *
     * @return a new STFT
     */
    public static Stft spatialAst() {
        return new Stft(1024, 320, Windows.hann(1024, true));
    }

    /**
     * The DISSE intensity-vector front end: n_fft 400, hop 100, periodic Hann 400 (16 kHz input).
     *
     * @return a new STFT
     */
    public static Stft disse() {
        return new Stft(400, 100, Windows.hann(400, true));
    }

    /** @return the FFT size in samples */
    public int nFft() {
        return nFft;
    }

    /** @return the hop length in samples */
    public int hop() {
        return hop;
    }

    /** @return number of one-sided bins, {@code nFft/2 + 1} */
    public int bins() {
        return nFft / 2 + 1;
    }

    /**
     * Number of frames for a signal length.
     *
     * @param samples signal length
     * @return {@code 1 + samples / hop} (integer division)
     */
    public int frames(int samples) {
        return 1 + samples / hop;
    }

    /**
     * Transforms one channel.
     *
     * @param signal samples; length must exceed {@code nFft/2} (reflect padding needs it, as in torch)
     * @return the complex spectrogram, {@code [frames][nFft/2 + 1]}
     * @throws IllegalArgumentException if the signal is too short or contains NaN/infinite samples
     */
    public ComplexSpectrogram transform(float[] signal) {
        int frames = frames(checkSignal(signal));
        double[][] re = new double[frames][bins()];
        double[][] im = new double[frames][bins()];
        transform(signal, re, im);
        float[][] fr = new float[frames][bins()];
        float[][] fi = new float[frames][bins()];
        for (int t = 0; t < frames; t++) {
            for (int k = 0; k < bins(); k++) {
                fr[t][k] = (float) re[t][k];
                fi[t][k] = (float) im[t][k];
            }
        }
        return new ComplexSpectrogram(fr, fi);
    }

    /**
     * Transforms one channel into caller-provided double arrays {@code [frames][bins]} (used by the
     * feature extractors, which keep double precision until their output).
     */
    void transform(float[] signal, double[][] re, double[][] im) {
        int n = checkSignal(signal);
        int frames = frames(n);
        int pad = nFft / 2;
        double[] buf = new double[nFft];
        int half = nFft / 2;
        for (int t = 0; t < frames; t++) {
            int start = t * hop - pad;
            for (int i = 0; i < nFft; i++) {
                buf[i] = signal[reflect(start + i, n)] * window[i];
            }
            fft.realForward(buf);
            double[] r = re[t];
            double[] m = im[t];
            r[0] = buf[0];
            m[0] = 0;
            r[half] = buf[1];
            m[half] = 0;
            for (int k = 1; k < half; k++) {
                r[k] = buf[2 * k];
                m[k] = buf[2 * k + 1];
            }
        }
    }

    private int checkSignal(float[] signal) {
        if (signal == null) {
            throw new IllegalArgumentException("signal must not be null");
        }
        if (signal.length <= nFft / 2) {
            throw new IllegalArgumentException("signal has " + signal.length + " samples; centred reflect padding by "
                    + nFft / 2 + " needs at least " + (nFft / 2 + 1));
        }
        for (int i = 0; i < signal.length; i++) {
            if (!Float.isFinite(signal[i])) {
                throw new IllegalArgumentException("signal sample " + i + " is not finite: " + signal[i]);
            }
        }
        return signal.length;
    }

    /** Index into the signal after reflect padding ({@code x[-k] = x[k]}, {@code x[n-1+k] = x[n-1-k]}). */
    static int reflect(int i, int n) {
        if (i < 0) {
            return -i;
        }
        if (i >= n) {
            return 2 * (n - 1) - i;
        }
        return i;
    }
}
