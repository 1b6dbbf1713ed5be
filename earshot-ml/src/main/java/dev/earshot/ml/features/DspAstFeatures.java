package dev.earshot.ml.features;

import dev.earshot.audio.AudioBuffer;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The DSpAST input features (SPEC 2.1), before the model's BatchNorms: six maps
 * {@code [L, R, GCC-PHAT, ILD, cosIPD, sinIPD]}, each {@code [frames][128]}.
 *
 * <ul>
 *   <li>L, R, cos, sin exactly as {@link SpatialAstFeatures};</li>
 *   <li>GCC-PHAT: per frame, {@code G = X_L * conj(X_R)} over the 513 bins,
 *       {@code irfft(exp(i angle(G)))} with 1024 points, then the last 64 and the first 64 lags
 *       concatenated (lags -64 .. 63); no normalisation. A bin where G is exactly zero has angle 0;</li>
 *   <li>ILD: {@code exp(logmel_L) / (exp(logmel_R) + 1e-16)} exactly as the original writes it (the exp of a
 *       dB value, not a power ratio), evaluated in float32 as torch does, so it overflows to infinity
 *       where a log-mel exceeds about 88.7 dB.</li>
 * </ul>
 * Not thread-safe (one instance per thread).
 */
public final class DspAstFeatures {
    /** Sample rate the features are defined at. */
    public static final int SAMPLE_RATE_HZ = BinauralFrontEnd.SAMPLE_RATE_HZ;
    /** Number of feature maps. */
    public static final int CHANNELS = 6;
    /** Number of GCC-PHAT lags kept (lags -64 .. 63). */
    public static final int GCC_LAGS = 128;

    private static final float ILD_EPS = 1e-16f;

    private final Stft stft = Stft.spatialAst();
    private final MelFilterbank mel = MelFilterbank.spatialAst();
    private final DoubleFFT_1D ifft = new DoubleFFT_1D(stft.nFft());

    /** Creates the extractor. */
    public DspAstFeatures() {
    }

    /**
     * Computes the features of a binaural 32 kHz signal.
     *
     * @param left  left-ear samples
     * @param right right-ear samples, same length
     * @return {@code [6][frames][128]} in the order L, R, GCC, ILD, cos, sin
     * @throws IllegalArgumentException if the lengths differ, the signal is 512 samples or shorter, or a sample
     *                                  is not finite
     */
    public float[][][] compute(float[] left, float[] right) {
        BinauralFrontEnd fe = BinauralFrontEnd.of(stft, left, right);
        float[][] l = BinauralFrontEnd.toFloat(fe.logMel(mel, false));
        float[][] r = BinauralFrontEnd.toFloat(fe.logMel(mel, true));
        double[][][] ipd = fe.ipdMel(mel);
        return new float[][][] {
            l, r, gccPhat(fe), ild(l, r), BinauralFrontEnd.toFloat(ipd[0]), BinauralFrontEnd.toFloat(ipd[1]),
        };
    }

    /**
     * Computes the features of a binaural buffer.
     *
     * @param binaural 2 channels (left, right) at 32 kHz
     * @return {@code [6][frames][128]}
     * @throws IllegalArgumentException if the buffer is not 2-channel 32 kHz (resample first), or as
     *                                  {@link #compute(float[], float[])}
     */
    public float[][][] compute(AudioBuffer binaural) {
        float[][] ch = BinauralFrontEnd.channels(binaural, "DSpAST features");
        return compute(ch[0], ch[1]);
    }

    private float[][] gccPhat(BinauralFrontEnd fe) {
        int n = stft.nFft();
        int half = n / 2;
        int keep = GCC_LAGS / 2;
        float[][] out = new float[fe.frames][GCC_LAGS];
        double[] buf = new double[n];
        for (int t = 0; t < fe.frames; t++) {
            for (int k = 0; k <= half; k++) {
                double gr = fe.reL[t][k] * fe.reR[t][k] + fe.imL[t][k] * fe.imR[t][k];
                double gi = fe.imL[t][k] * fe.reR[t][k] - fe.reL[t][k] * fe.imR[t][k];
                double a = BinauralFrontEnd.phase(gr, gi);
                double c = Math.cos(a);
                double s = Math.sin(a);
                if (k == 0) {
                    buf[0] = c; // irfft uses only the real part of the DC bin
                } else if (k == half) {
                    buf[1] = c; // ... and of the Nyquist bin
                } else {
                    buf[2 * k] = c;
                    buf[2 * k + 1] = s;
                }
            }
            ifft.realInverse(buf, true);
            for (int j = 0; j < keep; j++) {
                out[t][j] = (float) buf[n - keep + j];
                out[t][keep + j] = (float) buf[j];
            }
        }
        return out;
    }

    private static float[][] ild(float[][] l, float[][] r) {
        float[][] out = new float[l.length][l[0].length];
        for (int t = 0; t < l.length; t++) {
            for (int m = 0; m < l[t].length; m++) {
                float el = (float) Math.exp(l[t][m]);
                float er = (float) Math.exp(r[t][m]);
                out[t][m] = el / (er + ILD_EPS);
            }
        }
        return out;
    }
}
