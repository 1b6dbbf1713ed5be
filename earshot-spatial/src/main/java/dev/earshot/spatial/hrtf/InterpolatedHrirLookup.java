package dev.earshot.spatial.hrtf;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import java.util.ArrayList;
import java.util.List;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * HRIRs for any direction by onset-aligned barycentric interpolation over a spherical
 * triangulation of the measured directions.
 *
 * <p>Precomputed at construction: (1) the convex-hull triangulation of the measured unit vectors, with virtual
 * vertices filling holes wider than {@value SphericalTriangulation#MAX_CAP_DEG} deg (e.g. below
 * -40 deg elevation for MIT KEMAR; a virtual vertex gets the average of the aligned responses and
 * onsets of the vertices around the hole). Computed once per vertex when a lookup first uses it
 * (so a static source pays for three vertices, not all): (2) for every vertex and ear, the onset τ in samples
 * ({@link Onsets}: first crossing of -20 dB of peak, 8x band-limited interpolation) and the
 * <em>aligned</em> spectrum {@code H(k) exp(+j 2π k τ / L)} on an L-point DFT grid (L ≥ 2N, so the
 * circular shift never overlaps the response).
 *
 * <p>A lookup finds the triangle containing the direction (table start plus a short walk), mixes
 * the three aligned spectra with the barycentric weights, re-inserts the weighted onset
 * {@code τ = Σ w_i τ_i} as an exact band-limited fractional delay (linear phase), and returns the
 * first N samples of the inverse FFT. Because the responses are aligned before mixing, responses
 * with different arrival times do not comb-filter, and the interaural time difference moves
 * smoothly. At a measured direction the result equals the measurement to rounding error (about
 * 1e-12). Each lookup costs two inverse FFTs of L points; the returned arrays are new.
 *
 * <p>Only measurements at the set's most common distance are used, and of repeated directions the
 * first. Thread-safe.
 */
public final class InterpolatedHrirLookup implements HrirLookup {
    private final int sampleRateHz;
    private final int taps;
    private final int fftSize;
    private final SphericalTriangulation triangulation;
    private final double[][] alignedLeft;   // per vertex, packed complex bins 0..L/2 (re, im)
    private final double[][] alignedRight;
    private final double[] onsetLeft;       // per vertex, samples
    private final double[] onsetRight;
    private final int[] vertexToMeasurement; // input vertices only
    private final ThreadLocal<Scratch> scratch;
    private final HrtfSet set;
    private final boolean[] ready;          // per vertex: onsets and aligned spectra computed (guarded by this)
    private final DoubleFFT_1D setupFft;    // guarded by this
    private final java.util.function.UnaryOperator<float[]> toRate; // set rate to lookup rate, or null

    private static final class Scratch {
        final DoubleFFT_1D fft;
        final double[] mix;
        final double[] time;

        Scratch(int l) {
            fft = new DoubleFFT_1D(l);
            mix = new double[l + 2];
            time = new double[l];
        }
    }

    /**
     * Precomputes the triangulation and the aligned spectra.
     *
     * @param set the measured set (at least 3 distinct directions at its most common distance)
     * @throws IllegalArgumentException if the set has fewer than 3 distinct directions
     */
    public InterpolatedHrirLookup(HrtfSet set) {
        this(set, set.sampleRateHz());
    }

    /**
     * A lookup at another sample rate than the set's: equal to {@code new
     * InterpolatedHrirLookup(set.resampled(sampleRateHz))} (the same resampling rule, {@link
     * HrtfSet#resampled}), but a measurement is only resampled when a lookup first needs it, so a
     * process that renders a few directions does not resample the whole set.
     *
     * @param set          the measured set (at least 3 distinct directions at its most common distance)
     * @param sampleRateHz the rate of the returned HRIRs in Hz, positive
     * @throws IllegalArgumentException if the set has fewer than 3 distinct directions or the rate is not positive
     */
    public InterpolatedHrirLookup(HrtfSet set, int sampleRateHz) {
        if (sampleRateHz <= 0) {
            throw new IllegalArgumentException("sampleRateHz must be positive, got " + sampleRateHz);
        }
        this.sampleRateHz = sampleRateHz;
        if (sampleRateHz == set.sampleRateHz()) {
            this.taps = set.irLength();
            this.toRate = null;
        } else {
            this.taps = dev.earshot.audio.dsp.Resampler.outputLength(set.irLength(), set.sampleRateHz(), sampleRateHz);
            java.util.function.UnaryOperator<float[]> r =
                    dev.earshot.audio.dsp.Resampler.prepare(set.sampleRateHz(), sampleRateHz);
            float gain = (float) ((double) set.sampleRateHz() / sampleRateHz);
            this.toRate = x -> {
                float[] y = r.apply(x);
                for (int k = 0; k < y.length; k++) {
                    y[k] *= gain;
                }
                return y;
            };
        }
        this.fftSize = Integer.highestOneBit(Math.max(1, taps - 1)) << 2;
        List<Integer> chosen = chooseMeasurements(set);
        double[][] units = new double[chosen.size()][];
        for (int i = 0; i < units.length; i++) {
            Vec3 u = set.directions().get(chosen.get(i)).unitVector();
            units[i] = new double[] {u.x(), u.y(), u.z()};
        }
        triangulation = TriangulationCache.forUnits(units);
        vertexToMeasurement = chosen.stream().mapToInt(Integer::intValue).toArray();
        int nv = triangulation.vertexCount();
        alignedLeft = new double[nv][];
        alignedRight = new double[nv][];
        onsetLeft = new double[nv];
        onsetRight = new double[nv];
        this.set = set;
        this.ready = new boolean[nv];
        this.setupFft = new DoubleFFT_1D(fftSize);
        scratch = ThreadLocal.withInitial(() -> new Scratch(fftSize));
    }

    /**
     * Computes a vertex's onsets and aligned spectra on first use (a static source needs three
     * vertices, not all of them, so start-up stays cheap). The values are exactly those an eager
     * precomputation gives: the same operations in the same order.
     */
    private synchronized void ensure(int v) {
        if (ready[v]) {
            return;
        }
        int[] src = triangulation.sources(v);
        if (src == null) {
            int m = vertexToMeasurement[v];
            float[] irL = toRate == null ? set.left()[m] : toRate.apply(set.left()[m]);
            float[] irR = toRate == null ? set.right()[m] : toRate.apply(set.right()[m]);
            onsetLeft[v] = Onsets.estimate(irL);
            onsetRight[v] = Onsets.estimate(irR);
            alignedLeft[v] = aligned(setupFft, irL, onsetLeft[v]);
            alignedRight[v] = aligned(setupFft, irR, onsetRight[v]);
        } else {
            for (int s : src) {
                ensure(s);
            }
            double[] al = new double[fftSize + 2];
            double[] ar = new double[fftSize + 2];
            double ol = 0;
            double or = 0;
            for (int s : src) {
                ol += onsetLeft[s] / src.length;
                or += onsetRight[s] / src.length;
                for (int k = 0; k < fftSize + 2; k++) {
                    al[k] += alignedLeft[s][k] / src.length;
                    ar[k] += alignedRight[s][k] / src.length;
                }
            }
            onsetLeft[v] = ol;
            onsetRight[v] = or;
            alignedLeft[v] = al;
            alignedRight[v] = ar;
        }
        ready[v] = true;
    }

    private static List<Integer> chooseMeasurements(HrtfSet set) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        for (double d : set.distancesM()) {
            counts.merge(Math.round(d * 1000), 1, Integer::sum);
        }
        long common = counts.entrySet().stream().max(java.util.Map.Entry.<Long, Integer>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey())).orElseThrow().getKey();
        List<Integer> chosen = new ArrayList<>();
        List<Vec3> seen = new ArrayList<>();
        for (int m = 0; m < set.measurementCount(); m++) {
            if (Math.round(set.distancesM()[m] * 1000) != common) {
                continue;
            }
            Vec3 u = set.directions().get(m).unitVector();
            boolean dup = false;
            for (Vec3 s : seen) {
                if (s.dot(u) > Math.cos(1e-4)) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                seen.add(u);
                chosen.add(m);
            }
        }
        return chosen;
    }

    /** Spectrum of ir with its onset removed: bins 0..L/2 as (re, im) pairs. */
    private double[] aligned(DoubleFFT_1D fft, float[] ir, double onset) {
        double[] a = new double[fftSize];
        for (int i = 0; i < ir.length; i++) {
            a[i] = ir[i];
        }
        fft.realForward(a);
        double[] out = new double[fftSize + 2];
        out[0] = a[0];
        out[fftSize] = a[1];
        for (int k = 1; k < fftSize / 2; k++) {
            out[2 * k] = a[2 * k];
            out[2 * k + 1] = a[2 * k + 1];
        }
        rotate(out, +onset); // advance by the onset
        return out;
    }

    /** Multiplies bins 0..L/2 by exp(+j 2π k shift / L) (a time advance of shift samples). */
    private void rotate(double[] bins, double shift) {
        double step = 2 * Math.PI * shift / fftSize;
        double cs = Math.cos(step);
        double sn = Math.sin(step);
        double c = 1;
        double s = 0;
        for (int k = 0; k <= fftSize / 2; k++) {
            if ((k & 63) == 0) { // refresh the recurrence to keep rounding at 1e-15
                c = Math.cos(step * k);
                s = Math.sin(step * k);
            }
            double re = bins[2 * k];
            double im = bins[2 * k + 1];
            bins[2 * k] = re * c - im * s;
            bins[2 * k + 1] = re * s + im * c;
            double nc = c * cs - s * sn;
            s = s * cs + c * sn;
            c = nc;
        }
    }

    /**
     * The triangle and weights used for a direction (for diagnostics and tests).
     *
     * @param direction a direction
     * @return the containing face's vertex ids and barycentric weights
     */
    SphericalTriangulation.Barycentric weights(Direction direction) {
        return triangulation.locate(direction.azimuthDeg(), direction.elevationDeg());
    }

    SphericalTriangulation triangulation() {
        return triangulation;
    }

    /** {@inheritDoc} The returned arrays are freshly allocated, {@link #length()} taps long. */
    @Override
    public Hrir lookup(Direction direction) {
        SphericalTriangulation.Barycentric b = weights(direction);
        synchronized (this) {
            ensure(b.a());
            ensure(b.b());
            ensure(b.c());
        }
        Scratch sc = scratch.get();
        float[] l = synthesize(sc, alignedLeft, onsetLeft, b);
        float[] r = synthesize(sc, alignedRight, onsetRight, b);
        return new Hrir(l, r, sampleRateHz);
    }

    private float[] synthesize(Scratch sc, double[][] aligned, double[] onset, SphericalTriangulation.Barycentric b) {
        double[] mix = sc.mix;
        double[] xa = aligned[b.a()];
        double[] xb = aligned[b.b()];
        double[] xc = aligned[b.c()];
        double wa = b.wa();
        double wb = b.wb();
        double wc = b.wc();
        for (int k = 0; k < mix.length; k++) {
            mix[k] = wa * xa[k] + wb * xb[k] + wc * xc[k];
        }
        rotate(mix, -(wa * onset[b.a()] + wb * onset[b.b()] + wc * onset[b.c()]));
        double[] t = sc.time;
        t[0] = mix[0];
        t[1] = mix[fftSize]; // Nyquist: real part of the rotated bin
        System.arraycopy(mix, 2, t, 2, fftSize - 2);
        sc.fft.realInverse(t, true);
        float[] out = new float[taps];
        for (int i = 0; i < taps; i++) {
            out[i] = (float) t[i];
        }
        return out;
    }

    @Override
    public int sampleRateHz() {
        return sampleRateHz;
    }

    @Override
    public int length() {
        return taps;
    }
}
