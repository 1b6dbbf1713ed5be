package dev.earshot.ml.features;

import dev.earshot.audio.AudioBuffer;

/**
 * The part Spatial-AST and DSpAST share: the two STFTs (double precision), log-mel of the magnitude and
 * the mel-projected cos/sin of the inter-channel phase difference.
 */
final class BinauralFrontEnd {
    static final int SAMPLE_RATE_HZ = 32000;
    static final double LOG_FLOOR = 1e-10;

    final int frames;
    final double[][] reL;
    final double[][] imL;
    final double[][] reR;
    final double[][] imR;

    private BinauralFrontEnd(Stft stft, float[] left, float[] right) {
        frames = stft.frames(left.length);
        int bins = stft.bins();
        reL = new double[frames][bins];
        imL = new double[frames][bins];
        reR = new double[frames][bins];
        imR = new double[frames][bins];
        stft.transform(left, reL, imL);
        stft.transform(right, reR, imR);
    }

    static BinauralFrontEnd of(Stft stft, float[] left, float[] right) {
        if (left == null || right == null) {
            throw new IllegalArgumentException("left and right channels must not be null");
        }
        if (left.length != right.length) {
            throw new IllegalArgumentException("left has " + left.length + " samples, right " + right.length
                    + "; expected equal lengths");
        }
        return new BinauralFrontEnd(stft, left, right);
    }

    static float[][] channels(AudioBuffer binaural, String who) {
        if (binaural == null) {
            throw new IllegalArgumentException(who + ": audio must not be null");
        }
        if (binaural.channels() != 2) {
            throw new IllegalArgumentException(who + ": expected binaural audio (2 channels: left, right), got "
                    + binaural.channels() + " channel(s)");
        }
        if (binaural.sampleRateHz() != SAMPLE_RATE_HZ) {
            throw new IllegalArgumentException(who + ": expected " + SAMPLE_RATE_HZ + " Hz audio, got "
                    + binaural.sampleRateHz() + " Hz; resample first (dev.earshot.audio.dsp.Resampler)");
        }
        return binaural.samples();
    }

    /** 10 log10(max(|X| @ melW, 1e-10)) for one channel, {@code [frames][mels]} in double. */
    double[][] logMel(MelFilterbank mel, boolean right) {
        double[][] re = right ? reR : reL;
        double[][] im = right ? imR : imL;
        double[][] out = new double[frames][mel.mels()];
        double[] mag = new double[mel.bins()];
        for (int t = 0; t < frames; t++) {
            for (int k = 0; k < mag.length; k++) {
                mag[k] = Math.sqrt(re[t][k] * re[t][k] + im[t][k] * im[t][k]);
            }
            mel.apply(mag, out[t]);
            for (int m = 0; m < out[t].length; m++) {
                out[t][m] = 10.0 * Math.log10(Math.max(out[t][m], LOG_FLOOR));
            }
        }
        return out;
    }

    /**
     * cos(IPD) @ melW and sin(IPD) @ melW with IPD = phase(R) - phase(L) per bin, unwrapped.
     *
     * <p>Computed without angles: with unit phasors {@code u = X / |X|} (an exactly zero bin has phase 0, i.e.
     * {@code u = 1}, as in {@link #phase}), {@code cos(IPD) = Re(u_R conj(u_L))} and
     * {@code sin(IPD) = Im(u_R conj(u_L))}, the same values as {@code cos}/{@code sin} of the atan2 difference up
     * to rounding (about 1e-16), at a fraction of the cost of two atan2 and a cos and sin per bin.
     *
     * @return {@code [2][frames][mels]}: cos, then sin
     */
    double[][][] ipdMel(MelFilterbank mel) {
        double[][][] out = new double[2][frames][mel.mels()];
        double[] c = new double[mel.bins()];
        double[] s = new double[mel.bins()];
        for (int t = 0; t < frames; t++) {
            double[] rl = reL[t];
            double[] il = imL[t];
            double[] rr = reR[t];
            double[] ir = imR[t];
            for (int k = 0; k < c.length; k++) {
                double ml = Math.sqrt(rl[k] * rl[k] + il[k] * il[k]);
                double mr = Math.sqrt(rr[k] * rr[k] + ir[k] * ir[k]);
                double xl = ml == 0 ? 1 : rl[k] / ml;
                double yl = ml == 0 ? 0 : il[k] / ml;
                double xr = mr == 0 ? 1 : rr[k] / mr;
                double yr = mr == 0 ? 0 : ir[k] / mr;
                c[k] = xr * xl + yr * yl;
                s[k] = yr * xl - xr * yl;
            }
            mel.apply(c, out[0][t]);
            mel.apply(s, out[1][t]);
        }
        return out;
    }

    /** atan2(im, re), with an exactly zero bin given phase 0 whatever the signs of its zeros. */
    static double phase(double re, double im) {
        if (re == 0 && im == 0) {
            return 0;
        }
        return Math.atan2(im, re);
    }

    static float[][] toFloat(double[][] a) {
        float[][] f = new float[a.length][];
        for (int i = 0; i < a.length; i++) {
            f[i] = new float[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                f[i][j] = (float) a[i][j];
            }
        }
        return f;
    }
}
