package dev.earshot.ml.baseline;

import dev.earshot.ml.features.ComplexSpectrogram;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Interaural cues from one-sided spectra of size {@code nFft}: the PHAT-weighted cross-spectrum, its
 * sub-sample GCC-PHAT peak (the ITD) and band ILDs on third-octave bands. Used for both the HRTF templates
 * and the input, so that both go through the same arithmetic. Not thread-safe (holds FFT plans).
 */
final class CueAnalysis {
    /** Third-octave centre frequencies used for the band ILDs, Hz (250 Hz .. 12.5 kHz, 18 bands). */
    static final double[] BAND_CENTRES_HZ = {250, 315, 400, 500, 630, 800, 1000, 1250, 1600, 2000, 2500, 3150, 4000,
        5000, 6300, 8000, 10000, 12500};
    /** Largest |ITD| searched, seconds (a human or KEMAR head gives at most about 0.8 ms). */
    static final double MAX_ITD_S = 0.001;
    /** Highest frequency used in GCC-PHAT, Hz. */
    static final double GCC_MAX_HZ = 10000;
    /**
     * Bins whose cross-power is more than 40 dB below the frame's strongest bin are left out of the PHAT sum
     * (PHAT would otherwise give the phase of empty bins, e.g. between a tone's harmonics, full weight).
     */
    static final double BIN_FLOOR = 1e-4;
    /** Upsampling factor of the GCC inverse FFT (sub-sample lag grid). */
    static final int UPSAMPLE = 8;

    final int nFft;
    final int sampleRateHz;
    final int[] bandLo;
    final int[] bandHi;
    private final int gccMaxBin;
    private final DoubleFFT_1D ifft;
    private final double[] buf;

    CueAnalysis(int nFft, int sampleRateHz) {
        this.nFft = nFft;
        this.sampleRateHz = sampleRateHz;
        int bins = nFft / 2 + 1;
        double binHz = (double) sampleRateHz / nFft;
        bandLo = new int[BAND_CENTRES_HZ.length];
        bandHi = new int[BAND_CENTRES_HZ.length];
        for (int b = 0; b < BAND_CENTRES_HZ.length; b++) {
            double lo = BAND_CENTRES_HZ[b] * Math.pow(2, -1.0 / 6);
            double hi = BAND_CENTRES_HZ[b] * Math.pow(2, 1.0 / 6);
            bandLo[b] = Math.min(bins - 1, (int) Math.ceil(lo / binHz));
            bandHi[b] = Math.min(bins - 1, Math.max(bandLo[b], (int) Math.floor(hi / binHz)));
        }
        gccMaxBin = Math.min(bins - 1, (int) Math.floor(GCC_MAX_HZ / binHz));
        ifft = new DoubleFFT_1D((long) nFft * UPSAMPLE);
        buf = new double[nFft * UPSAMPLE];
    }

    int bands() {
        return BAND_CENTRES_HZ.length;
    }

    /** Accumulated cues of a signal: the weighted PHAT cross-spectrum and per-band ear energies. */
    static final class Accumulator {
        final double[] crossRe;
        final double[] crossIm;
        final double[] bandL;
        final double[] bandR;

        Accumulator(int bins, int bands) {
            crossRe = new double[bins];
            crossIm = new double[bins];
            bandL = new double[bands];
            bandR = new double[bands];
        }
    }

    /**
     * Adds one frame: its PHAT-normalised cross-spectrum {@code X_L conj(X_R) / |X_L conj(X_R)|} weighted by
     * {@code weight} (bins within 40 dB of the frame's strongest cross-power only), and its band energies.
     */
    void addFrame(Accumulator acc, float[] reL, float[] imL, float[] reR, float[] imR, double weight) {
        double maxM = 0;
        for (int k = 0; k <= gccMaxBin; k++) {
            double gr = (double) reL[k] * reR[k] + (double) imL[k] * imR[k];
            double gi = (double) imL[k] * reR[k] - (double) reL[k] * imR[k];
            maxM = Math.max(maxM, Math.hypot(gr, gi));
        }
        double floor = maxM * BIN_FLOOR;
        for (int k = 0; k <= gccMaxBin; k++) {
            double gr = (double) reL[k] * reR[k] + (double) imL[k] * imR[k];
            double gi = (double) imL[k] * reR[k] - (double) reL[k] * imR[k];
            double m = Math.hypot(gr, gi);
            if (m > 0 && m >= floor) {
                acc.crossRe[k] += weight * gr / m;
                acc.crossIm[k] += weight * gi / m;
            }
        }
        for (int b = 0; b < bandLo.length; b++) {
            double el = 0;
            double er = 0;
            for (int k = bandLo[b]; k <= bandHi[b]; k++) {
                el += (double) reL[k] * reL[k] + (double) imL[k] * imL[k];
                er += (double) reR[k] * reR[k] + (double) imR[k] * imR[k];
            }
            acc.bandL[b] += el;
            acc.bandR[b] += er;
        }
    }

    /** Accumulates a whole spectrogram pair, frames weighted by their energy (both ears). */
    Accumulator accumulate(ComplexSpectrogram left, ComplexSpectrogram right) {
        Accumulator acc = new Accumulator(nFft / 2 + 1, bands());
        for (int t = 0; t < left.frames(); t++) {
            float[] rl = left.real()[t];
            float[] il = left.imag()[t];
            float[] rr = right.real()[t];
            float[] ir = right.imag()[t];
            double e = 0;
            for (int k = 0; k < rl.length; k++) {
                e += (double) rl[k] * rl[k] + (double) il[k] * il[k] + (double) rr[k] * rr[k] + (double) ir[k] * ir[k];
            }
            if (e > 0) {
                addFrame(acc, rl, il, rr, ir, e);
            }
        }
        return acc;
    }

    /**
     * The lag of the GCC-PHAT peak in seconds, positive when the left ear lags (source on the right), found on
     * an {@link #UPSAMPLE}-times finer grid by zero-padded inverse FFT and refined by a parabola through the
     * peak and its neighbours; searched within {@code +-MAX_ITD_S}.
     */
    double itdS(Accumulator acc) {
        int n = buf.length;
        java.util.Arrays.fill(buf, 0);
        // JTransforms realInverse layout: buf[0] = Re[0], buf[1] = Re[n/2], then (Re, Im) pairs
        buf[0] = acc.crossRe[0];
        for (int k = 1; k <= gccMaxBin; k++) {
            buf[2 * k] = acc.crossRe[k];
            buf[2 * k + 1] = acc.crossIm[k];
        }
        ifft.realInverse(buf, false);
        double fsUp = (double) sampleRateHz * UPSAMPLE;
        int maxLag = (int) Math.ceil(MAX_ITD_S * fsUp);
        int best = 0;
        double bestV = Double.NEGATIVE_INFINITY;
        for (int lag = -maxLag; lag <= maxLag; lag++) {
            double v = buf[Math.floorMod(lag, n)];
            if (v > bestV) {
                bestV = v;
                best = lag;
            }
        }
        double ym = buf[Math.floorMod(best - 1, n)];
        double yp = buf[Math.floorMod(best + 1, n)];
        double den = ym - 2 * bestV + yp;
        double frac = den < 0 ? 0.5 * (ym - yp) / den : 0;
        frac = Math.max(-0.5, Math.min(0.5, frac));
        return (best + frac) / fsUp;
    }

    /** Band ILDs {@code 10 log10(E_L / E_R)} in dB (a tiny floor keeps empty bands finite). */
    double[] ildDb(Accumulator acc) {
        double[] out = new double[bands()];
        for (int b = 0; b < out.length; b++) {
            out[b] = 10 * Math.log10((acc.bandL[b] + 1e-30) / (acc.bandR[b] + 1e-30));
        }
        return out;
    }

    /** Mean energy per bin in each band, both ears together (for deciding which bands carry signal). */
    double[] bandPower(Accumulator acc) {
        double[] out = new double[bands()];
        for (int b = 0; b < out.length; b++) {
            out[b] = (acc.bandL[b] + acc.bandR[b]) / (bandHi[b] - bandLo[b] + 1);
        }
        return out;
    }

    /** One-sided spectrum of a zero-padded impulse response: {@code [0] = re, [1] = im}, nFft/2 + 1 bins each. */
    static float[][] spectrum(float[] ir, int nFft) {
        double[] a = new double[nFft];
        for (int i = 0; i < Math.min(ir.length, nFft); i++) {
            a[i] = ir[i];
        }
        new DoubleFFT_1D(nFft).realForward(a);
        int bins = nFft / 2 + 1;
        float[] re = new float[bins];
        float[] im = new float[bins];
        re[0] = (float) a[0];
        re[bins - 1] = (float) a[1];
        for (int k = 1; k < bins - 1; k++) {
            re[k] = (float) a[2 * k];
            im[k] = (float) a[2 * k + 1];
        }
        return new float[][] {re, im};
    }
}
