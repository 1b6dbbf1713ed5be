package dev.earshot.ml.baseline;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.ml.features.ComplexSpectrogram;
import dev.earshot.ml.features.Stft;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import dev.earshot.spatial.hrtf.HrtfSet;
import dev.earshot.spatial.hrtf.HrtfSets;
import java.util.List;

/**
 * Direction of arrival from a binaural signal by matching its interaural cues against the cues of an HRTF set
 * (template matching, no learning).
 *
 * <p><b>Templates.</b> For every measured direction {@code m} of the set (resampled to the 32 kHz analysis
 * rate), from the HRIR pair zero-padded to 1024 points: the expected ITD {@code tau_m} (the sub-sample
 * GCC-PHAT peak of {@code H_L conj(H_R)} up to 10 kHz, within +-1 ms, on an 8x finer lag grid with parabolic
 * refinement) and the band ILDs {@code L_m,b = 10 log10(sum|H_L|^2 / sum|H_R|^2)} on 18 third-octave bands
 * (250 Hz .. 12.5 kHz).
 *
 * <p><b>Input.</b> STFT 1024/320 periodic Hann (the Spatial-AST STFT); the per-frame PHAT cross-spectra are
 * summed with each frame weighted by its energy (loud frames dominate, silent ones drop out) and the same
 * GCC-PHAT peak search gives {@code tau}; band energies summed over all frames give the band ILDs
 * {@code L_b}. A band takes part only when its mean power per bin is within 40 dB of the strongest band (a tone
 * or a low-pass source leaves the empty bands out instead of matching noise).
 *
 * <p><b>Matching.</b> Reverberation adds nearly the same diffuse energy at both ears and so compresses the ILDs
 * towards 0 dB, while the GCC-PHAT peak (dominated by the coherent direct sound) keeps the ITD. The template ILDs
 * are therefore scaled by a per-direction compression factor {@code g_m} in [0.2, 1] (least squares
 * {@code g_m = sum L_b L_m,b / sum L_m,b^2}, clamped), so that the ILD spectrum contributes its shape (the
 * front/back and elevation cue) more than its size. Cost per direction
 * {@code D_m = ((tau - tau_m) / sigma_tau)^2 + (1/B) sum_b ((L_b - g_m L_m,b) / sigma_L)^2 + (el_m / sigma_el)^2}
 * over the B active bands, {@code sigma_tau = 40 us}, {@code sigma_L = 3 dB}; the last term is a Gaussian prior
 * on elevation ({@code sigma_el = 20} degrees by default): within a cone of confusion the ILD shape of a
 * reverberant signal hardly tells elevations apart, and sources in rooms are mostly near ear height. The
 * estimate is the direction of least cost, refined by the posterior-weighted mean of the unit vectors of the
 * measured directions within 12 degrees of it, with the posterior {@code p_m ~ exp(-(D_m - D_min) / 2)}; the
 * confidence is the posterior mass within 20 degrees.
 *
 * <p><b>Limits.</b> ITD and ILD alone are nearly symmetric about the interaural axis (the cone of confusion):
 * front/back and elevation are decided only by the shape of the band-ILD spectrum (the pinna and head
 * shadow make it differ between front and back and with elevation), which serves as the spectral cue; the
 * monaural spectrum is not used because the source spectrum is unknown. Expect front/back confusions for
 * band-limited sources and in reverberant rooms, and elevation estimates that are coarse and pulled towards
 * 0 degrees by the prior (pass {@code Double.POSITIVE_INFINITY} to switch it off). The directions
 * are limited to those the set measured (KEMAR: elevation -40 .. 90 degrees). One source per clip.
 *
 * <p>Not thread-safe: one instance per thread (FFT plans).
 */
public final class ClassicalDoaEstimator {
    /** Default ITD scale of the cost, seconds. */
    public static final double DEFAULT_ITD_SIGMA_S = 40e-6;
    /** Default ILD scale of the cost, dB. */
    public static final double DEFAULT_ILD_SIGMA_DB = 3.0;
    /** Default width of the elevation prior, degrees. */
    public static final double DEFAULT_ELEVATION_PRIOR_SIGMA_DEG = 20.0;
    /** Smallest ILD compression factor allowed in the match (reverberation shrinks ILDs towards 0 dB). */
    static final double MIN_ILD_GAIN = 0.2;
    private static final double ACTIVE_BAND_RANGE_DB = 40;
    private static final double REFINE_RADIUS_DEG = 12;
    private static final double CONFIDENCE_RADIUS_DEG = 20;

    private final List<Direction> directions;
    private final Vec3[] units;
    private final double[] templateItdS;
    private final double[][] templateIldDb;
    private final double itdSigmaS;
    private final double ildSigmaDb;
    private final double elevationPriorSigmaDeg;
    private final CueAnalysis cues;
    private final Stft stft = Stft.spatialAst();

    /**
     * Builds the templates of an HRTF set.
     *
     * @param hrtf       the set whose cues are matched (resampled to 32 kHz here when needed)
     * @param itdSigmaS  ITD scale in seconds, positive
     * @param ildSigmaDb ILD scale in dB, positive
     * @param elevationPriorSigmaDeg width of the Gaussian elevation prior in degrees, positive
     *                               ({@code Double.POSITIVE_INFINITY} for a flat prior)
     * @throws IllegalArgumentException if a scale is not positive or the set's responses are longer than 1024
     *                                  taps at 32 kHz
     */
    public ClassicalDoaEstimator(HrtfSet hrtf, double itdSigmaS, double ildSigmaDb, double elevationPriorSigmaDeg) {
        if (!(itdSigmaS > 0) || !(ildSigmaDb > 0) || !(elevationPriorSigmaDeg > 0)) {
            throw new IllegalArgumentException("itdSigmaS, ildSigmaDb and elevationPriorSigmaDeg must be positive, got "
                    + itdSigmaS + ", " + ildSigmaDb + ", " + elevationPriorSigmaDeg);
        }
        this.elevationPriorSigmaDeg = elevationPriorSigmaDeg;
        HrtfSet set = hrtf.resampled(BinauralInput.ANALYSIS_RATE_HZ);
        int nFft = stft.nFft();
        if (set.irLength() > nFft) {
            throw new IllegalArgumentException("HRTF set " + set.name() + ": " + set.irLength()
                    + " taps at 32 kHz; the DOA templates need at most " + nFft);
        }
        this.itdSigmaS = itdSigmaS;
        this.ildSigmaDb = ildSigmaDb;
        this.cues = new CueAnalysis(nFft, BinauralInput.ANALYSIS_RATE_HZ);
        int m = set.measurementCount();
        directions = set.directions();
        units = new Vec3[m];
        templateItdS = new double[m];
        templateIldDb = new double[m][];
        for (int i = 0; i < m; i++) {
            units[i] = directions.get(i).unitVector();
            float[][] l = CueAnalysis.spectrum(set.left()[i], nFft);
            float[][] r = CueAnalysis.spectrum(set.right()[i], nFft);
            CueAnalysis.Accumulator acc = new CueAnalysis.Accumulator(nFft / 2 + 1, cues.bands());
            cues.addFrame(acc, l[0], l[1], r[0], r[1], 1.0);
            templateItdS[i] = cues.itdS(acc);
            templateIldDb[i] = cues.ildDb(acc);
        }
    }

    /**
     * The estimator for the built-in MIT KEMAR set with the default scales.
     *
     * @return a new estimator
     */
    public static ClassicalDoaEstimator kemar() {
        return new ClassicalDoaEstimator(HrtfSets.builtinKemar(), DEFAULT_ITD_SIGMA_S, DEFAULT_ILD_SIGMA_DB,
                DEFAULT_ELEVATION_PRIOR_SIGMA_DEG);
    }

    /** @return the number of template directions */
    public int templateCount() {
        return directions.size();
    }

    /**
     * @param m template index
     * @return the expected ITD of that measured direction in seconds (positive: left ear lags)
     */
    public double templateItdS(int m) {
        return templateItdS[m];
    }

    /**
     * @param m template index
     * @return the expected band ILDs of that measured direction, dB (third-octave bands 250 Hz .. 12.5 kHz)
     */
    public double[] templateIldDb(int m) {
        return templateIldDb[m].clone();
    }

    /**
     * @param m template index
     * @return that measured direction
     */
    public Direction templateDirection(int m) {
        return directions.get(m);
    }

    /**
     * Estimates the direction of one source.
     *
     * @param binaural two channels (left ear, right ear), any rate (resampled to 32 kHz)
     * @return the estimate in Earshot's convention
     * @throws IllegalArgumentException if the audio is not binaural, shorter than 1024 samples at 32 kHz, not
     *                                  finite or silent
     */
    public DoaEstimate estimate(AudioBuffer binaural) {
        AudioBuffer b = BinauralInput.prepare(binaural, "ClassicalDoaEstimator");
        ComplexSpectrogram l = stft.transform(b.channel(0));
        ComplexSpectrogram r = stft.transform(b.channel(1));
        CueAnalysis.Accumulator acc = cues.accumulate(l, r);
        double itd = cues.itdS(acc);
        double[] ild = cues.ildDb(acc);
        double[] power = cues.bandPower(acc);
        double maxP = 0;
        for (double p : power) {
            maxP = Math.max(maxP, p);
        }
        boolean[] active = new boolean[power.length];
        int nActive = 0;
        for (int i = 0; i < power.length; i++) {
            active[i] = power[i] > 0 && power[i] >= maxP * Math.pow(10, -ACTIVE_BAND_RANGE_DB / 10);
            nActive += active[i] ? 1 : 0;
        }
        int m = directions.size();
        double[] cost = new double[m];
        int best = 0;
        for (int i = 0; i < m; i++) {
            double zt = (itd - templateItdS[i]) / itdSigmaS;
            double[] t = templateIldDb[i];
            double cross = 0;
            double tt = 0;
            for (int k = 0; k < ild.length; k++) {
                if (active[k]) {
                    cross += ild[k] * t[k];
                    tt += t[k] * t[k];
                }
            }
            double g = tt > 0 ? Math.max(MIN_ILD_GAIN, Math.min(1, cross / tt)) : 1;
            double s = 0;
            for (int k = 0; k < ild.length; k++) {
                if (active[k]) {
                    double z = (ild[k] - g * t[k]) / ildSigmaDb;
                    s += z * z;
                }
            }
            double ze = directions.get(i).elevationDeg() / elevationPriorSigmaDeg;
            cost[i] = zt * zt + (nActive > 0 ? s / nActive : 0) + ze * ze;
            if (cost[i] < cost[best]) {
                best = i;
            }
        }
        double[] post = new double[m];
        double sum = 0;
        for (int i = 0; i < m; i++) {
            post[i] = Math.exp(-(cost[i] - cost[best]) / 2);
            sum += post[i];
        }
        Vec3 u0 = units[best];
        double cosRefine = Math.cos(Math.toRadians(REFINE_RADIUS_DEG));
        double cosConf = Math.cos(Math.toRadians(CONFIDENCE_RADIUS_DEG));
        double x = 0;
        double y = 0;
        double z = 0;
        double conf = 0;
        for (int i = 0; i < m; i++) {
            double c = u0.dot(units[i]);
            if (c >= cosRefine) {
                x += post[i] * units[i].x();
                y += post[i] * units[i].y();
                z += post[i] * units[i].z();
            }
            if (c >= cosConf) {
                conf += post[i];
            }
        }
        Direction d = Direction.of(new Vec3(x, y, z));
        return new DoaEstimate(d.azimuthDeg(), d.elevationDeg(), Math.min(1, conf / sum), itd, ild, nActive);
    }
}
