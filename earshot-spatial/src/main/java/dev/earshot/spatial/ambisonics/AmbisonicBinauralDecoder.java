package dev.earshot.spatial.ambisonics;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.dsp.FftConvolver;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.hrtf.Hrir;
import dev.earshot.spatial.hrtf.HrirLookup;
import java.util.List;

/**
 * Decodes AmbiX (ACN, SN3D) signals of order 1 to 3 to binaural stereo over virtual loudspeakers.
 *
 * <p><b>Layout.</b> 26 virtual loudspeakers on the Lebedev grid (the 6 axis directions, the 12 cube-edge
 * midpoints and the 8 cube corners), a quadrature exact for polynomials of degree 7 and therefore for
 * all products of spherical harmonics up to third order. The same layout serves orders 1 to 3.
 *
 * <p><b>Decoder.</b> Quadrature (sampling) decoder, which on this grid equals exact mode matching:
 * {@code D[s][n] = w_s (2l + 1) g_l Y_n(u_s)} with the Lebedev weights {@code w_s} (summing to 1), the
 * SN3D harmonics {@code Y_n} and per-degree weights {@code g_l} ({@link DecoderWeighting}). With
 * {@code BASIC} weights the loudspeaker signals re-encode exactly to the input field; with either
 * weighting the loudspeaker gains of a plane wave sum to its W (pressure is preserved).
 *
 * <p><b>HRIRs outside the measured range.</b> The grid covers the whole sphere (it has loudspeakers at
 * -35.3, -45 and -90 deg elevation), which keeps the decoder exact. MIT KEMAR has no measurement below
 * -40 deg; pass {@code lowestHrirElevationDeg = -40} and the HRIR of a loudspeaker below that is looked up
 * at the same azimuth and elevation -40 deg (the loudspeaker straight below, whose azimuth is 0, takes
 * the front -40 deg one). This colours sources far below the horizon slightly and leaves lateral and
 * frontal sources intact. With the default -90 every loudspeaker is looked up where it is.
 *
 * <p><b>Folding.</b> The loudspeakers are folded into one filter per ambisonic channel and ear,
 * {@code f_n^ear = sum_s D[s][n] hrir_s^ear}, so a decode costs {@code (order + 1)^2} convolutions per
 * ear ({@link FftConvolver}), independent of the number of loudspeakers.
 */
public final class AmbisonicBinauralDecoder {
    private final AmbisonicOrder order;
    private final DecoderWeighting weighting;
    private final int sampleRateHz;
    private final List<Direction> speakers;
    private final double[][] decodingMatrix;
    private final float[][] leftFilters;
    private final float[][] rightFilters;

    private AmbisonicBinauralDecoder(AmbisonicOrder order, DecoderWeighting weighting, int sampleRateHz,
                                     List<Direction> speakers, double[][] decodingMatrix, float[][] leftFilters,
                                     float[][] rightFilters) {
        this.order = order;
        this.weighting = weighting;
        this.sampleRateHz = sampleRateHz;
        this.speakers = speakers;
        this.decodingMatrix = decodingMatrix;
        this.leftFilters = leftFilters;
        this.rightFilters = rightFilters;
    }

    /**
     * A decoder with basic (mode-matching) weights that looks every loudspeaker up where it is.
     *
     * @param order  ambisonic order, 1 to 3
     * @param lookup the HRIRs to use
     * @return the decoder
     * @throws IllegalArgumentException if the order is out of range, the lookup is null or returns HRIRs
     *                                  that disagree with its declared rate or length
     */
    public static AmbisonicBinauralDecoder create(int order, HrirLookup lookup) {
        return create(new AmbisonicOrder(order), lookup, DecoderWeighting.BASIC, -90);
    }

    /**
     * A decoder with explicit options.
     *
     * @param order                  ambisonic order
     * @param lookup                 the HRIRs to use
     * @param weighting              per-degree weights
     * @param lowestHrirElevationDeg loudspeakers below this elevation (degrees, in [-90, 90]) take the
     *                               HRIR at this elevation and their azimuth; -40 for MIT KEMAR
     * @return the decoder
     * @throws IllegalArgumentException if an argument is null or out of range, or the lookup returns HRIRs
     *                                  that disagree with its declared rate or length
     */
    public static AmbisonicBinauralDecoder create(AmbisonicOrder order, HrirLookup lookup, DecoderWeighting weighting,
                                                  double lowestHrirElevationDeg) {
        if (order == null || lookup == null || weighting == null) {
            throw new IllegalArgumentException("order, lookup and weighting are required");
        }
        if (!(lowestHrirElevationDeg >= -90 && lowestHrirElevationDeg <= 90)) {
            throw new IllegalArgumentException("lowestHrirElevationDeg must be in [-90, 90], got " + lowestHrirElevationDeg);
        }
        int taps = lookup.length();
        int rate = lookup.sampleRateHz();
        List<Direction> speakers = LebedevGrid.directions();
        double[] w = LebedevGrid.weights();
        double[] g = weighting.weights(order);
        int channels = order.channels();
        double[][] d = new double[speakers.size()][];
        double[][] left = new double[channels][taps];
        double[][] right = new double[channels][taps];
        for (int s = 0; s < speakers.size(); s++) {
            Direction u = speakers.get(s);
            double[] y = SphericalHarmonics.sn3d(order.order(), u);
            for (int n = 0; n < channels; n++) {
                int l = AmbisonicOrder.degreeOf(n);
                y[n] *= w[s] * (2 * l + 1) * g[l];
            }
            d[s] = y;
            Direction at = hrirDirection(u, lowestHrirElevationDeg);
            Hrir h = lookup.lookup(at);
            if (h == null || h.length() != taps || h.sampleRateHz() != rate) {
                throw new IllegalArgumentException("HRIR lookup returned " + (h == null ? "null" : h.length() + " taps at "
                        + h.sampleRateHz() + " Hz") + " for " + at + ", expected " + taps + " taps at " + rate + " Hz");
            }
            for (int n = 0; n < channels; n++) {
                double dn = y[n];
                if (dn == 0) {
                    continue;
                }
                for (int t = 0; t < taps; t++) {
                    left[n][t] += dn * h.left()[t];
                    right[n][t] += dn * h.right()[t];
                }
            }
        }
        return new AmbisonicBinauralDecoder(order, weighting, rate, speakers, d, toFloat(left), toFloat(right));
    }

    /**
     * Decodes an AmbiX signal to binaural stereo.
     *
     * @param ambix {@code order().channels()} channels, ACN order, SN3D, at {@link #sampleRateHz()}
     * @return 2 channels (left, right) of {@code ambix.frames() + filterLength() - 1} frames
     * @throws IllegalArgumentException if the channel count or the sample rate does not match
     */
    public AudioBuffer decode(AudioBuffer ambix) {
        if (ambix == null) {
            throw new IllegalArgumentException("ambisonic input buffer is required");
        }
        if (ambix.channels() != order.channels()) {
            throw new IllegalArgumentException("order-" + order.order() + " binaural decoding needs " + order.channels()
                    + " ACN channels, got " + ambix.channels());
        }
        if (ambix.sampleRateHz() != sampleRateHz) {
            throw new IllegalArgumentException("ambisonic input is at " + ambix.sampleRateHz()
                    + " Hz but the HRIRs are at " + sampleRateHz + " Hz; resample first");
        }
        int outLen = ambix.frames() + filterLength() - 1;
        float[] outL = new float[outLen];
        float[] outR = new float[outLen];
        if (ambix.frames() > 0) {
            for (int n = 0; n < order.channels(); n++) {
                addInto(outL, FftConvolver.convolve(ambix.channel(n), leftFilters[n]));
                addInto(outR, FftConvolver.convolve(ambix.channel(n), rightFilters[n]));
            }
        }
        return new AudioBuffer(new float[][] {outL, outR}, sampleRateHz);
    }

    /** @return the ambisonic order this decoder takes */
    public AmbisonicOrder order() {
        return order;
    }

    /** @return the per-degree weighting in use */
    public DecoderWeighting weighting() {
        return weighting;
    }

    /** @return the sample rate of the filters (and of accepted input) in Hz */
    public int sampleRateHz() {
        return sampleRateHz;
    }

    /** @return the number of taps of every folded filter (the HRIR length) */
    public int filterLength() {
        return leftFilters[0].length;
    }

    /** @return the virtual loudspeaker directions (Earshot convention), in decoding-matrix row order */
    public List<Direction> speakerDirections() {
        return speakers;
    }

    /**
     * The loudspeaker decoding matrix: loudspeaker {@code s} gets {@code sum_n D[s][n] a_n} of the ACN/SN3D
     * input {@code a}.
     *
     * @return a copy of {@code D}, 26 rows by {@code order().channels()} columns
     */
    public double[][] decodingMatrix() {
        return SmallMatrix.copy(decodingMatrix);
    }

    /** @return a copy of the left-ear filters, {@code [acnChannel][tap]} */
    public float[][] leftFilters() {
        return copy(leftFilters);
    }

    /** @return a copy of the right-ear filters, {@code [acnChannel][tap]} */
    public float[][] rightFilters() {
        return copy(rightFilters);
    }

    private static void addInto(float[] acc, float[] y) {
        for (int i = 0; i < y.length; i++) {
            acc[i] += y[i];
        }
    }

    private static float[][] toFloat(double[][] a) {
        float[][] f = new float[a.length][];
        for (int i = 0; i < a.length; i++) {
            f[i] = new float[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                f[i][j] = (float) a[i][j];
            }
        }
        return f;
    }

    private static float[][] copy(float[][] a) {
        float[][] c = new float[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** The direction whose HRIR a loudspeaker at {@code u} uses: below the lowest elevation, raised to it. */
    static Direction hrirDirection(Direction u, double lowestHrirElevationDeg) {
        return u.elevationDeg() < lowestHrirElevationDeg ? new Direction(u.azimuthDeg(), lowestHrirElevationDeg) : u;
    }
}
