package dev.earshot.ml.features;

/**
 * A mel filterbank identical to {@code librosa.filters.mel(sr, n_fft, n_mels, fmin, fmax)} with librosa's
 * defaults {@code htk=False} (Slaney's mel scale: linear below 1 kHz at 200/3 Hz per mel, logarithmic
 * above with step ln(6.4)/27) and {@code norm='slaney'} (each triangle scaled by
 * {@code 2 / (f[i+2] - f[i])}, i.e. unit area). As librosa does, the weights are computed in double,
 * stored as float32, and the normalisation is applied to the float32 values; the result is the
 * transposed matrix torchlibrosa keeps as {@code melW} {@code [bins][mels]}.
 *
 * <p>Immutable.
 */
public final class MelFilterbank {
    private static final double F_SP = 200.0 / 3;
    private static final double MIN_LOG_HZ = 1000.0;
    private static final double MIN_LOG_MEL = MIN_LOG_HZ / F_SP;
    private static final double LOGSTEP = Math.log(6.4) / 27.0;

    private final float[][] weights; // [bins][mels]
    private final float[][] columns; // [mels][bins], for the sparse product
    private final int[] firstBin;    // per band: first bin with a non-zero weight
    private final int[] lastBin;     // per band: last bin with a non-zero weight (firstBin - 1 if none)

    private MelFilterbank(float[][] weights) {
        this.weights = weights;
        int mels = weights[0].length;
        columns = new float[mels][weights.length];
        firstBin = new int[mels];
        lastBin = new int[mels];
        for (int m = 0; m < mels; m++) {
            firstBin[m] = weights.length;
            lastBin[m] = weights.length - 1;
            for (int k = 0; k < weights.length; k++) {
                columns[m][k] = weights[k][m];
                if (weights[k][m] != 0) {
                    firstBin[m] = Math.min(firstBin[m], k);
                }
            }
            while (lastBin[m] >= firstBin[m] && weights[lastBin[m]][m] == 0) {
                lastBin[m]--;
            }
        }
    }

    /**
     * Builds the Slaney-normalised filterbank.
     *
     * @param sampleRateHz sample rate in Hz, positive
     * @param nFft         FFT size (bins = nFft/2 + 1), at least 2
     * @param nMels        number of mel bands, at least 1
     * @param fminHz       lowest band edge in Hz, {@code >= 0}
     * @param fmaxHz       highest band edge in Hz, in {@code (fminHz, sampleRateHz/2]}
     * @return the filterbank
     * @throws IllegalArgumentException on out-of-range parameters
     */
    public static MelFilterbank slaney(double sampleRateHz, int nFft, int nMels, double fminHz, double fmaxHz) {
        if (!(sampleRateHz > 0) || !Double.isFinite(sampleRateHz)) {
            throw new IllegalArgumentException("sampleRateHz must be positive and finite, got " + sampleRateHz);
        }
        if (nFft < 2) {
            throw new IllegalArgumentException("nFft must be at least 2, got " + nFft);
        }
        if (nMels < 1) {
            throw new IllegalArgumentException("nMels must be at least 1, got " + nMels);
        }
        if (!(fminHz >= 0) || !(fmaxHz > fminHz) || fmaxHz > sampleRateHz / 2) {
            throw new IllegalArgumentException("expected 0 <= fminHz < fmaxHz <= sampleRateHz/2 = " + sampleRateHz / 2
                    + ", got fminHz " + fminHz + ", fmaxHz " + fmaxHz);
        }
        int bins = nFft / 2 + 1;
        // np.fft.rfftfreq(n=nFft, d=1.0/sr): k * (1 / (n * d))
        double val = 1.0 / (nFft * (1.0 / sampleRateHz));
        double[] fftFreqs = new double[bins];
        for (int k = 0; k < bins; k++) {
            fftFreqs[k] = k * val;
        }
        // mel_frequencies(nMels + 2, fmin, fmax): np.linspace over the mel scale, then back to Hz
        int n = nMels + 2;
        double minMel = hzToMel(fminHz);
        double maxMel = hzToMel(fmaxHz);
        double step = (maxMel - minMel) / (n - 1);
        double[] melF = new double[n];
        for (int i = 0; i < n; i++) {
            melF[i] = melToHz(i == n - 1 ? maxMel : i * step + minMel);
        }
        float[][] w = new float[bins][nMels];
        for (int i = 0; i < nMels; i++) {
            double fdiffLo = melF[i + 1] - melF[i];
            double fdiffHi = melF[i + 2] - melF[i + 1];
            double enorm = 2.0 / (melF[i + 2] - melF[i]);
            for (int k = 0; k < bins; k++) {
                double lower = -(melF[i] - fftFreqs[k]) / fdiffLo;
                double upper = (melF[i + 2] - fftFreqs[k]) / fdiffHi;
                float tri = (float) Math.max(0, Math.min(lower, upper));
                w[k][i] = (float) (tri * enorm);
            }
        }
        return new MelFilterbank(w);
    }

    /**
     * The Spatial-AST / DSpAST filterbank: 32 kHz, n_fft 1024, 128 mels, 50 to 14000 Hz ({@code [513][128]}).
     *
     * @return the filterbank
     */
    public static MelFilterbank spatialAst() {
        return slaney(32000, 1024, 128, 50, 14000);
    }

    /**
     * Slaney mel scale (librosa {@code hz_to_mel(f, htk=False)}).
     *
     * @param hz frequency in Hz
     * @return mels
     */
    public static double hzToMel(double hz) {
        if (hz >= MIN_LOG_HZ) {
            return MIN_LOG_MEL + Math.log(hz / MIN_LOG_HZ) / LOGSTEP;
        }
        return hz / F_SP;
    }

    /**
     * Inverse of {@link #hzToMel} (librosa {@code mel_to_hz(m, htk=False)}).
     *
     * @param mel mels
     * @return frequency in Hz
     */
    public static double melToHz(double mel) {
        if (mel >= MIN_LOG_MEL) {
            return MIN_LOG_HZ * Math.exp(LOGSTEP * (mel - MIN_LOG_MEL));
        }
        return F_SP * mel;
    }

    /** @return number of FFT bins (rows) */
    public int bins() {
        return weights.length;
    }

    /** @return number of mel bands (columns) */
    public int mels() {
        return weights[0].length;
    }

    /**
     * One weight.
     *
     * @param bin FFT bin
     * @param mel mel band
     * @return {@code melW[bin][mel]}
     */
    public float weight(int bin, int mel) {
        return weights[bin][mel];
    }

    /** @return a copy of the matrix {@code melW}, {@code [bins][mels]} */
    public float[][] matrix() {
        float[][] c = new float[weights.length][];
        for (int k = 0; k < weights.length; k++) {
            c[k] = weights[k].clone();
        }
        return c;
    }

    /**
     * Projects one frame: {@code out[m] = sum_k frame[k] * melW[k][m]} (the {@code x @ melW} of the models).
     *
     * @param frame values per FFT bin, length {@link #bins()}
     * @param out   receives the {@link #mels()} band values
     * @throws IllegalArgumentException if a length is wrong
     */
    public void apply(double[] frame, double[] out) {
        if (frame.length != bins() || out.length != mels()) {
            throw new IllegalArgumentException("expected a frame of " + bins() + " bins and an output of " + mels()
                    + " bands, got " + frame.length + " and " + out.length);
        }
        // summed over each band's non-zero bins in increasing bin order (the same order as a dense x @ melW)
        for (int m = 0; m < out.length; m++) {
            float[] col = columns[m];
            double acc = 0;
            for (int k = firstBin[m]; k <= lastBin[m]; k++) {
                acc += frame[k] * col[k];
            }
            out[m] = acc;
        }
    }
}
