package dev.earshot.spatial.room;

import dev.earshot.audio.dsp.Convolver2x2;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import dev.earshot.spatial.hrtf.Hrir;
import dev.earshot.spatial.render.effects.ReverbLayout;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Turns two independent diffuse noises (each with the omni diffuse-field energy) into the two ear
 * signals of a diffuse field: {@code L = M_L (cos th t1 + sin th t2)}, {@code R = M_R (cos th t1 - sin th t2)}
 * per frequency, with {@code M_ear(f) = sqrt(P_ear(f))} the ear's diffuse-field magnitude
 * ({@code P_ear} the mean HRTF power over {@value #DIRECTIONS} equal-area (Fibonacci) directions) and
 * {@code th(f)} the renderer's mixing angle for the target interaural coherence
 * ({@link ReverbLayout.Binaural#mixAngleRad}). The ears then have cross-spectrum
 * {@code M_L M_R cos 2th = M_L M_R gamma(f)}, i.e. coherence gamma(f), and each ear the energy a diffuse
 * field produces through that ear's HRTFs.
 *
 * <p>The four gains are realised as zero-phase FIRs of {@code N - 1} taps (N the power of two of
 * at least twice the HRIR length and 20 ms), Hann-windowed, applied with the dsp module's
 * single-precision two-input two-output {@link Convolver2x2} (the noises are float anyway; about 1e-6 of
 * the peak from the exact result), which computes just the aligned samples.
 */
final class DiffuseEarFilters {
    /** Number of directions averaged for the diffuse-field power. */
    static final int DIRECTIONS = 512;
    private final float[][] firs; // LA, RA, LB, RB
    /** The 2 x 2 filter matrix of {@link #apply}: {{LA, LB}, {RA, -RB}}. */
    private final float[][][] shaping;
    private final int centre;
    private final double[] powerLeft;
    private final double[] powerRight;
    private final int fftSize;

    DiffuseEarFilters(BinauralHrirs hrirs, ReverbLayout.Binaural layout) {
        int fs = hrirs.sampleRateHz();
        int n = Integer.highestOneBit(Math.max(2 * hrirs.length(), fs / 50) - 1) << 1;
        fftSize = n;
        DoubleFFT_1D fft = new DoubleFFT_1D(n);
        powerLeft = new double[n / 2 + 1];
        powerRight = new double[n / 2 + 1];
        double golden = Math.PI * (3 - Math.sqrt(5));
        double[] buf = new double[n];
        for (int i = 0; i < DIRECTIONS; i++) {
            double z = 1 - (2 * i + 1) / (double) DIRECTIONS;
            double r = Math.sqrt(Math.max(0, 1 - z * z));
            Hrir h = hrirs.exact(Direction.of(new Vec3(r * Math.cos(golden * i), r * Math.sin(golden * i), z)));
            accumulatePower(fft, h.left(), buf, powerLeft);
            accumulatePower(fft, h.right(), buf, powerRight);
        }
        for (int k = 0; k <= n / 2; k++) {
            powerLeft[k] /= DIRECTIONS;
            powerRight[k] /= DIRECTIONS;
        }
        centre = n / 2 - 1;
        firs = new float[4][];
        for (int f = 0; f < 4; f++) {
            double[] power = f % 2 == 0 ? powerLeft : powerRight;
            boolean cosine = f < 2;
            double[] g = new double[n / 2 + 1];
            for (int k = 0; k <= n / 2; k++) {
                double th = layout.mixAngleRad((double) k * fs / n);
                g[k] = Math.sqrt(power[k]) * (cosine ? Math.cos(th) : Math.sin(th));
            }
            firs[f] = zeroPhaseFir(fft, g, n, centre);
        }
        float[] minusRb = new float[firs[3].length];
        for (int i = 0; i < minusRb.length; i++) {
            minusRb[i] = -firs[3][i];
        }
        shaping = new float[][][] {{firs[0], firs[2]}, {firs[1], minusRb}};
    }

    private static void accumulatePower(DoubleFFT_1D fft, float[] h, double[] buf, double[] power) {
        java.util.Arrays.fill(buf, 0);
        for (int i = 0; i < h.length; i++) {
            buf[i] = h[i];
        }
        fft.realForward(buf);
        int n = buf.length;
        power[0] += buf[0] * buf[0];
        power[n / 2] += buf[1] * buf[1];
        for (int k = 1; k < n / 2; k++) {
            power[k] += buf[2 * k] * buf[2 * k] + buf[2 * k + 1] * buf[2 * k + 1];
        }
    }

    /** A real, even (zero-phase) response with the given real gains, centred at tap {@code c}, Hann-windowed. */
    private static float[] zeroPhaseFir(DoubleFFT_1D fft, double[] gains, int n, int c) {
        double[] a = new double[n];
        a[0] = gains[0];
        a[1] = gains[n / 2];
        for (int k = 1; k < n / 2; k++) {
            a[2 * k] = gains[k];
        }
        fft.realInverse(a, true);
        float[] fir = new float[2 * c + 1];
        for (int i = 0; i < fir.length; i++) {
            int m = i - c;
            double w = 0.5 + 0.5 * Math.cos(Math.PI * m / (c + 1));
            fir[i] = (float) (a[Math.floorMod(m, n)] * w);
        }
        return fir;
    }

    /**
     * @return the mean HRTF power per FFT bin (0..N/2) of the left ear, {@code [0]} and of the right ear
     *         {@code [1]}, on the grid {@code k fs / N}
     */
    double[][] diffuseFieldPower() {
        return new double[][] {powerLeft.clone(), powerRight.clone()};
    }

    /**
     * @return the mean over both ears and all frequencies of the diffuse-field power, i.e. the energy
     *         gain of {@link #apply} for white input, averaged over the ears
     */
    double meanPowerGain() {
        double sum = 0;
        int n = fftSize;
        for (double[] p : new double[][] {powerLeft, powerRight}) {
            // full circle: bins 1..N/2-1 count twice
            sum += p[0] + p[n / 2];
            for (int k = 1; k < n / 2; k++) {
                sum += 2 * p[k];
            }
        }
        return sum / (2.0 * n);
    }

    /** @return the FFT size N of the design grid */
    int fftSize() {
        return fftSize;
    }

    /**
     * Replaces two independent tails by the two ear signals, in place (zero-phase, same length).
     *
     * @param tail {@code [2][n]}: independent noises in, left and right ear out
     */
    void apply(double[][] tail) {
        float[] t1 = OctaveFilterBank.toFloat(tail[0]);
        float[] t2 = OctaveFilterBank.toFloat(tail[1]);
        int len = tail[0].length;
        // zero-phase: output i is full-convolution sample i + centre; L = t1 * LA + t2 * LB, R = t1 * RA - t2 * RB
        float[][] y = Convolver2x2.convolve(t1, t2, shaping, centre, len);
        for (int i = 0; i < len; i++) {
            tail[0][i] = y[0][i];
            tail[1][i] = y[1][i];
        }
    }
}
