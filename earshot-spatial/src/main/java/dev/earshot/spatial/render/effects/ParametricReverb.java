package dev.earshot.spatial.render.effects;

import dev.earshot.spatial.render.RoomAcoustics;
import java.util.SplittableRandom;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Synthetic late reverb: impulse responses built from decorrelated, exponentially decaying Gaussian
 * noise, for the renderer to convolve with the source.
 *
 * <p>Construction of each independent tail: white Gaussian noise (seeded) is split in the frequency
 * domain into three complementary bands (see {@link ReverbDesign}); each band is multiplied by its
 * envelope {@code exp(-3 ln(10) t / RT60_band)} (amplitude falling 60 dB in RT60_band) and the bands
 * are summed. The tail starts {@code preDelayS} after the direct sound (time 0 of the IR, which itself
 * holds no direct sound) with a 2 ms raised-cosine onset. Early reflections: three discrete
 * reflections per channel with relative amplitudes 0.6, 0.4, 0.3, at 7/11/17 ms (left) and
 * 8.5/13/19 ms (right) as in text2hoa (SPEC 5.4); in ambisonics at 7/11/17 ms from seeded random
 * directions, encoded to first order only (higher-order channels carry only the diffuse tail).
 *
 * <p>Layouts: {@link ReverbLayout.Stereo} mixes two independent tails t1, t2 as
 * {@code L = cos(th) t1 + sin(th) t2}, {@code R = cos(th) t1 - sin(th) t2} with
 * {@code th = acos(coherence) / 2}, which gives the two channels equal energy and correlation
 * coefficient {@code coherence}. {@link ReverbLayout.Binaural} does the same per frequency with
 * {@code th(f) = acos(gamma(f)) / 2} (zero-phase FFT-domain mixing), gamma the diffuse-field
 * coherence of the ear spacing. {@link ReverbLayout.Ambisonic} gives every ACN channel an independent
 * tail scaled by {@code 1/sqrt(2n+1)} for order n (an isotropic diffuse field in SN3D).
 *
 * <p>Normalisation: the reverberant energy equals the direct energy of a unit point source in the
 * same layout: total energy 1 over both stereo channels (an equal-power panned source has
 * gL^2 + gR^2 = 1), energy 1 in the ambisonic W channel (a SN3D-encoded source has W = 1). The early
 * reflections carry {@code earlyEnergyFraction} of it. Hence {@link #mix} can set a DRR exactly.
 */
public final class ParametricReverb {
    private static final double LN_1000 = 3 * Math.log(10);
    private static final double ONSET_S = 0.002;
    private static final double[] ER_AMPS = {0.6, 0.4, 0.3};
    private static final double[] ER_LEFT_S = {0.007, 0.011, 0.017};
    private static final double[] ER_RIGHT_S = {0.0085, 0.013, 0.019};
    /** Tail length: 1.1 x the longest band RT60 (66 dB of decay), capped. */
    private static final double LENGTH_FACTOR = 1.1;
    private static final double MAX_LENGTH_S = 30;

    private ParametricReverb() {
    }

    /**
     * Generates the reverb impulse response.
     *
     * @param design       decay, bands, pre-delay, early energy and seed
     * @param layout       output channels
     * @param sampleRateHz sample rate in Hz, in [8000, 384000]
     * @return {@code [channel][sample]}, sample 0 at the arrival time of the direct sound
     */
    public static float[][] impulseResponse(ReverbDesign design, ReverbLayout layout, double sampleRateHz) {
        if (design == null || layout == null) {
            throw new IllegalArgumentException("design and layout are required");
        }
        if (!(sampleRateHz >= 8000 && sampleRateHz <= 384000)) {
            throw new IllegalArgumentException("sampleRateHz must be in [8000, 384000], got " + sampleRateHz);
        }
        int pre = (int) Math.round(design.preDelayS() * sampleRateHz);
        int tailLen = (int) Math.ceil(Math.min(MAX_LENGTH_S, LENGTH_FACTOR * design.longestRt60S()) * sampleRateHz);
        int erEnd = (int) Math.ceil(0.02 * sampleRateHz) + 1;
        int length = Math.max(pre + tailLen, erEnd);
        int channels = layout.channels();
        SplittableRandom root = new SplittableRandom(design.seed());
        double[][] tails = new double[channels][];
        for (int c = 0; c < channels; c++) {
            tails[c] = decayingTail(root.split(), tailLen, sampleRateHz, design);
        }
        double[][] early = new double[channels][length];
        if (layout instanceof ReverbLayout.Binaural b) {
            mixByFrequency(tails[0], tails[1], sampleRateHz, b);
            addStereoReflections(early, sampleRateHz);
        } else if (layout instanceof ReverbLayout.Stereo s) {
            double th = Math.acos(s.interauralCoherence()) / 2;
            double a = Math.cos(th);
            double b = Math.sin(th);
            for (int n = 0; n < tailLen; n++) {
                double t1 = tails[0][n];
                double t2 = tails[1][n];
                tails[0][n] = a * t1 + b * t2;
                tails[1][n] = a * t1 - b * t2;
            }
            addStereoReflections(early, sampleRateHz);
        } else if (layout instanceof ReverbLayout.Ambisonic amb) {
            for (int c = 0; c < channels; c++) {
                int order = (int) Math.floor(Math.sqrt(c) + 1e-9);
                double g = 1 / Math.sqrt(2 * order + 1);
                for (int n = 0; n < tailLen; n++) {
                    tails[c][n] *= g;
                }
            }
            for (int i = 0; i < ER_AMPS.length; i++) {
                int at = (int) Math.round(ER_LEFT_S[i] * sampleRateHz);
                double z = 2 * root.nextDouble() - 1;
                double phi = 2 * Math.PI * root.nextDouble();
                double r = Math.sqrt(1 - z * z);
                early[0][at] += ER_AMPS[i];
                if (amb.order() >= 1) {
                    early[1][at] += ER_AMPS[i] * r * Math.sin(phi); // Y
                    early[2][at] += ER_AMPS[i] * z;                 // Z
                    early[3][at] += ER_AMPS[i] * r * Math.cos(phi); // X
                }
            }
        }
        int refChannels = layout instanceof ReverbLayout.Ambisonic ? 1 : 2;
        double tailEnergy = 0;
        double earlyEnergy = 0;
        for (int c = 0; c < refChannels; c++) {
            for (double v : tails[c]) {
                tailEnergy += v * v;
            }
            for (double v : early[c]) {
                earlyEnergy += v * v;
            }
        }
        double f = design.earlyEnergyFraction();
        double tailScale = Math.sqrt((1 - f) / tailEnergy);
        double earlyScale = f == 0 ? 0 : Math.sqrt(f / earlyEnergy);
        float[][] out = new float[channels][length];
        for (int c = 0; c < channels; c++) {
            for (int n = 0; n < length; n++) {
                double v = early[c][n] * earlyScale;
                int k = n - pre;
                if (k >= 0 && k < tailLen) {
                    v += tails[c][k] * tailScale;
                }
                out[c][n] = (float) v;
            }
        }
        // Early and late parts overlap in time; remove their (random, ~0.5 %) cross term exactly.
        double total = 0;
        for (int c = 0; c < refChannels; c++) {
            for (float v : out[c]) {
                total += (double) v * v;
            }
        }
        float fix = (float) (1 / Math.sqrt(total));
        for (float[] ch : out) {
            for (int n = 0; n < length; n++) {
                ch[n] *= fix;
            }
        }
        return out;
    }

    /**
     * The direct and reverb gains for a wet mix.
     *
     * <ul>
     *   <li>{@link RoomAcoustics.Anechoic}: (1, 0), the wet mix is ignored.</li>
     *   <li>{@link RoomAcoustics.Rt60}: the plain rule {@code out = (1 - wet) dry + wet reverb}: (1 - wet, wet).</li>
     *   <li>{@link RoomAcoustics.Drr}: the DRR is what the output must show, so it alone sets the
     *       balance: {@code direct / reverb = 10^(DRR/20)}, energy-normalised
     *       ({@code direct^2 + reverb^2 = 1}, the output keeps the energy of the dry direct sound).
     *       The wet mix only switches the reverb off when it is 0. (text2hoa's own renderer puts the
     *       DRR inside the wet path and then mixes by wet, so its output DRR differs from its label;
     *       here the label holds.)</li>
     * </ul>
     *
     * @param room   the room
     * @param wetMix wet share in [0, 1]
     * @return the gains
     */
    public static MixGains mix(RoomAcoustics room, double wetMix) {
        if (room == null) {
            throw new IllegalArgumentException("room is required");
        }
        if (!Double.isFinite(wetMix) || wetMix < 0 || wetMix > 1) {
            throw new IllegalArgumentException("wetMix must be in [0, 1], got " + wetMix);
        }
        if (room instanceof RoomAcoustics.Anechoic || wetMix == 0) {
            return new MixGains(1, 0);
        }
        if (room instanceof RoomAcoustics.Rt60) {
            return new MixGains(1 - wetMix, wetMix);
        }
        double r = Math.pow(10, ((RoomAcoustics.Drr) room).drrDb() / 10);
        return new MixGains(Math.sqrt(r / (1 + r)), Math.sqrt(1 / (1 + r)));
    }

    private static void addStereoReflections(double[][] early, double fs) {
        for (int i = 0; i < ER_AMPS.length; i++) {
            early[0][(int) Math.round(ER_LEFT_S[i] * fs)] += ER_AMPS[i];
            early[1][(int) Math.round(ER_RIGHT_S[i] * fs)] += ER_AMPS[i];
        }
    }

    /**
     * In place: (t1, t2) -> (A t1 + B t2, A t1 - B t2) with zero-phase gains A = cos th(f),
     * B = sin th(f), th = acos(gamma(f)) / 2, so the pair has coherence gamma(f) at every frequency.
     * Zero-padded to twice the length, so the (short, smooth) filters act linearly.
     */
    private static void mixByFrequency(double[] t1, double[] t2, double fs, ReverbLayout.Binaural layout) {
        int len = t1.length;
        int nfft = Integer.highestOneBit(Math.max(2, len - 1)) << 2;
        double[] a = java.util.Arrays.copyOf(t1, nfft);
        double[] b = java.util.Arrays.copyOf(t2, nfft);
        DoubleFFT_1D fft = new DoubleFFT_1D(nfft);
        fft.realForward(a);
        fft.realForward(b);
        double[] left = new double[nfft];
        double[] right = new double[nfft];
        for (int k = 0; k <= nfft / 2; k++) {
            double th = layout.mixAngleRad(k * fs / nfft);
            double ca = Math.cos(th);
            double sb = Math.sin(th);
            int re;
            int im;
            if (k == 0) {
                re = 0;
                im = -1;
            } else if (k == nfft / 2) {
                re = 1;
                im = -1;
            } else {
                re = 2 * k;
                im = 2 * k + 1;
            }
            left[re] = ca * a[re] + sb * b[re];
            right[re] = ca * a[re] - sb * b[re];
            if (im >= 0) {
                left[im] = ca * a[im] + sb * b[im];
                right[im] = ca * a[im] - sb * b[im];
            }
        }
        fft.realInverse(left, true);
        fft.realInverse(right, true);
        System.arraycopy(left, 0, t1, 0, len);
        System.arraycopy(right, 0, t2, 0, len);
    }

    /** One noise tail with three band envelopes and an onset ramp; unnormalised. */
    private static double[] decayingTail(SplittableRandom rng, int length, double fs, ReverbDesign d) {
        int nfft = Integer.highestOneBit(Math.max(2, length - 1)) << 1;
        double[] spec = new double[nfft];
        for (int n = 0; n < length; n++) {
            spec[n] = rng.nextGaussian();
        }
        DoubleFFT_1D fft = new DoubleFFT_1D(nfft);
        fft.realForward(spec);
        double[] low = new double[nfft];
        double[] high = new double[nfft];
        for (int k = 0; k <= nfft / 2; k++) {
            double hz = k * fs / nfft;
            double gLow = 1 - raise(hz, d.lowCrossoverHz());
            double gHigh = raise(hz, d.highCrossoverHz());
            if (k == 0) {
                low[0] = spec[0] * gLow;
                high[0] = spec[0] * gHigh;
            } else if (k == nfft / 2) {
                low[1] = spec[1] * gLow;
                high[1] = spec[1] * gHigh;
            } else {
                low[2 * k] = spec[2 * k] * gLow;
                low[2 * k + 1] = spec[2 * k + 1] * gLow;
                high[2 * k] = spec[2 * k] * gHigh;
                high[2 * k + 1] = spec[2 * k + 1] * gHigh;
            }
        }
        fft.realInverse(spec, true);
        fft.realInverse(low, true);
        fft.realInverse(high, true);
        double kLow = LN_1000 / (d.rt60S() * d.lowRt60Ratio() * fs);
        double kMid = LN_1000 / (d.rt60S() * fs);
        double kHigh = LN_1000 / (d.rt60S() * d.highRt60Ratio() * fs);
        int onset = Math.max(1, (int) Math.round(ONSET_S * fs));
        double[] out = new double[length];
        for (int n = 0; n < length; n++) {
            double mid = spec[n] - low[n] - high[n];
            double v = low[n] * Math.exp(-kLow * n) + mid * Math.exp(-kMid * n) + high[n] * Math.exp(-kHigh * n);
            if (n < onset) {
                v *= 0.5 - 0.5 * Math.cos(Math.PI * n / onset);
            }
            out[n] = v;
        }
        return out;
    }

    /** Raised-cosine step from 0 (an octave-half below fc) to 1 (an octave-half above), in log2 f. */
    private static double raise(double hz, double fc) {
        if (hz <= 0) {
            return 0;
        }
        double x = Math.log(hz / fc) / Math.log(2) + 0.5;
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double s = Math.sin(0.5 * Math.PI * x);
        return s * s;
    }
}
