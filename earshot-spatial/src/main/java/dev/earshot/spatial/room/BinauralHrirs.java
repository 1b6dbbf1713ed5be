package dev.earshot.spatial.room;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.hrtf.Hrir;
import dev.earshot.spatial.hrtf.HrirLookup;
import dev.earshot.spatial.hrtf.HrtfSet;
import dev.earshot.spatial.hrtf.InterpolatedHrirLookup;
import dev.earshot.spatial.hrtf.NearestHrirLookup;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The HRIRs of a {@link BinauralReceiver} at one simulation rate: the set resampled once with
 * {@link HrtfSet#resampled} (the dsp module's polyphase resampler, gain-preserving), a nearest or
 * interpolated lookup on it, and a cache of interpolated HRIRs per direction cell.
 *
 * <p>Direction cells (interpolated lookup only): elevation rings {@code cellDeg} tall, each split into
 * {@code max(1, round(360 cos(el_centre) / cellDeg))} azimuth cells, so cells are about
 * {@code cellDeg} wide everywhere; a cell's HRIR is interpolated at its centre, which is at most
 * {@code cellDeg / sqrt 2} from any direction inside away from the poles and at most {@code cellDeg}
 * within the polar rings. Image sources up to {@code exactMaxOrder} are
 * looked up at their exact direction instead. The nearest lookup needs no cells: its answer is a
 * measured response. Thread-safe.
 *
 * <p>Placement ({@link #place}) of the direct sound and the reflections up to {@code exactMaxOrder}
 * (and of every image with the nearest lookup): the HRIR pair convolved with the simulator's 81-tap
 * fractional-delay kernel ({@link FractionalDelay}), computed as a product of spectra on an FFT grid
 * long enough for the full linear convolution (so the result equals the time-domain convolution to
 * rounding), then added at the integer part of the delay; one kernel FFT shared by both ears and one
 * inverse FFT per ear. Higher orders (with interpolation) are placed at the nearest sample: the cell's
 * HRIR pair is added as it is, starting at {@code round(delay * fs)}. That moves such a reflection by at
 * most half a sample (15.6 us at 32 kHz, 5.4 mm of path; both ears alike, so interaural time and level
 * differences and each reflection's magnitude response are those of its cell's HRIR), an error of the
 * order of the cell's own direction error (a 1.4 degree shift changes the interaural delay by up to
 * about 12 us), and costs two HRIR-length multiply-adds instead of three FFTs. The cells hold
 * time-domain HRIR pairs in a flat array indexed by cell.
 */
final class BinauralHrirs {
    private final HrtfSet set;
    private final HrirLookup interpolated;
    private final NearestHrirLookup nearest;
    private final double cellDeg;
    private final int exactMaxOrder;
    private final int rings;
    /** Per dense cell index: the cell's interpolated HRIR pair {left, right} at the simulation rate, or null. */
    private final AtomicReferenceArray<float[][]> cellHrirs;
    private final AtomicInteger cellCount = new AtomicInteger();
    private final int[] ringStart;
    private final ConcurrentHashMap<Integer, float[][]> measurementSpectra = new ConcurrentHashMap<>();
    private final int fftSize;
    private final ThreadLocal<Scratch> scratch;

    private static final class Scratch {
        final DoubleFFT_1D fft;
        final double[] kernel;
        final double[] taps = new double[2 * FractionalDelay.HALF_WIDTH + 1];
        final double[] work;

        Scratch(int n) {
            fft = new DoubleFFT_1D(n);
            kernel = new double[n];
            work = new double[n];
        }
    }

    /**
     * @param nativeSet     the measured set at its own rate
     * @param sampleRateHz  simulation rate in Hz
     * @param interpolate   true for {@link InterpolatedHrirLookup}, false for {@link NearestHrirLookup}
     * @param cellDeg       direction cell size in degrees
     * @param exactMaxOrder image sources of this order or lower use their exact direction
     */
    BinauralHrirs(HrtfSet nativeSet, int sampleRateHz, boolean interpolate, double cellDeg, int exactMaxOrder) {
        this.set = nativeSet.resampled(sampleRateHz);
        this.interpolated = interpolate ? new InterpolatedHrirLookup(set) : null;
        this.nearest = interpolate ? null : new NearestHrirLookup(set);
        this.cellDeg = cellDeg;
        this.exactMaxOrder = exactMaxOrder;
        this.rings = (int) Math.ceil(180 / cellDeg);
        this.ringStart = new int[rings + 1];
        for (int r = 0; r < rings; r++) {
            ringStart[r + 1] = ringStart[r] + azimuthCells(r);
        }
        this.cellHrirs = new AtomicReferenceArray<>(interpolate ? ringStart[rings] : 0);
        this.fftSize = Integer.highestOneBit(set.irLength() + 2 * FractionalDelay.HALF_WIDTH) << 1;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(fftSize));
    }

    /** @return the sample rate of the HRIRs in Hz */
    int sampleRateHz() {
        return set.sampleRateHz();
    }

    /** @return the number of taps of every HRIR */
    int length() {
        return set.irLength();
    }

    /**
     * @param direction a direction in the receiver frame
     * @return the HRIR pair for exactly that direction (nearest measurement, or interpolated)
     */
    Hrir exact(Direction direction) {
        return nearest != null ? nearest.lookup(direction) : interpolated.lookup(direction);
    }

    /**
     * @param image an image source
     * @return the packed real-FFT spectra {left, right} (size {@link #fftSize()}) of the HRIR pair for its
     *         arrival direction: per measurement for the nearest lookup, else interpolated at the exact
     *         direction (images of higher orders are placed from their cell's HRIR instead, see
     *         {@link #place})
     */
    float[][] spectraFor(ImageSource image) {
        Direction d = image.arrival();
        if (nearest != null) {
            return measurementSpectra.computeIfAbsent(nearest.nearestIndex(d), m -> spectra(set.hrir(m)));
        }
        return spectra(interpolated.lookup(d));
    }

    /**
     * @param d a direction in the receiver frame
     * @return the interpolated HRIR pair {left, right} at the centre of the direction's cell (cached)
     */
    float[][] cellHrir(Direction d) {
        int key = cellKey(d);
        int idx = ringStart[key / 4096] + key % 4096;
        float[][] h = cellHrirs.get(idx);
        if (h == null) {
            Hrir c = interpolated.lookup(cellCentre(key));
            h = new float[][] {c.left(), c.right()};
            if (cellHrirs.compareAndSet(idx, null, h)) {
                cellCount.incrementAndGet();
            } else {
                h = cellHrirs.get(idx);
            }
        }
        return h;
    }

    private float[][] spectra(Hrir h) {
        DoubleFFT_1D fft = scratch.get().fft;
        float[][] out = new float[2][];
        float[][] ears = {h.left(), h.right()};
        for (int e = 0; e < 2; e++) {
            double[] a = new double[fftSize];
            for (int i = 0; i < ears[e].length; i++) {
                a[i] = ears[e][i];
            }
            fft.realForward(a);
            out[e] = OctaveFilterBank.toFloat(a);
        }
        return out;
    }

    /** @return the FFT size of the placement grid (a power of two of at least taps + 80) */
    int fftSize() {
        return fftSize;
    }

    /**
     * Adds an image's HRIR pair, scaled by its band amplitudes and placed at its arrival time with the
     * fractional-delay kernel, to channels 0 (left) and 1 (right).
     *
     * @param image the image source
     * @param sink  where to add
     */
    void place(ImageSource image, ArrivalSink sink) {
        place(image, sink, null);
    }

    /**
     * {@link #place(ImageSource, ArrivalSink)}, adding the CPU time of the HRIR lookup to a counter.
     *
     * @param image  the image source
     * @param sink   where to add
     * @param lookupNs {@code lookupNs[0]} gets the thread CPU nanoseconds of the lookup added, or null
     */
    void place(ImageSource image, ArrivalSink sink, long[] lookupNs) {
        long t0 = lookupNs == null ? 0 : SynthesisProfile.now();
        if (interpolated != null && image.order() > exactMaxOrder) {
            float[][] h = cellHrir(image.arrival());
            if (lookupNs != null) {
                lookupNs[0] += SynthesisProfile.now() - t0;
            }
            long start = Math.round(image.delayS() * sampleRateHz());
            double[] amp = image.amplitudeByBand();
            sink.addTaps(0, start, amp, h[0]);
            sink.addTaps(1, start, amp, h[1]);
            return;
        }
        float[][] spec = spectraFor(image);
        if (lookupNs != null) {
            lookupNs[0] += SynthesisProfile.now() - t0;
        }
        Scratch s = scratch.get();
        double pos = image.delayS() * sampleRateHz();
        long centre = Math.round(pos);
        double frac = pos - centre;
        java.util.Arrays.fill(s.kernel, 0);
        long start;
        int count;
        if (Math.abs(frac) < 1e-12) {
            s.kernel[0] = 1;
            start = centre;
            count = length();
        } else {
            FractionalDelay.kernel(frac, s.taps);
            System.arraycopy(s.taps, 0, s.kernel, 0, s.taps.length);
            start = centre - FractionalDelay.HALF_WIDTH;
            count = length() + 2 * FractionalDelay.HALF_WIDTH;
        }
        s.fft.realForward(s.kernel);
        double[] amp = image.amplitudeByBand();
        int n = fftSize;
        for (int e = 0; e < 2; e++) {
            float[] h = spec[e];
            double[] y = s.work;
            double[] k = s.kernel;
            y[0] = k[0] * h[0];
            y[1] = k[1] * h[1];
            for (int i = 2; i < n; i += 2) {
                double kr = k[i];
                double ki = k[i + 1];
                double hr = h[i];
                double hi = h[i + 1];
                y[i] = kr * hr - ki * hi;
                y[i + 1] = kr * hi + ki * hr;
            }
            s.fft.realInverse(y, true);
            sink.addSamples(e, start, amp, y, count);
        }
    }

    /**
     * Interpolates every direction cell not cached yet (interpolated lookup only; nothing for the
     * nearest lookup).
     *
     * @return the number of cells cached afterwards
     */
    int warmAllCells() {
        if (interpolated == null) {
            return 0;
        }
        for (int ring = 0; ring < rings; ring++) {
            int nAz = azimuthCells(ring);
            for (int i = 0; i < nAz; i++) {
                cellHrir(cellCentre(ring * 4096 + i));
            }
        }
        return cachedCells();
    }

    /** @return how many direction cells have been interpolated so far */
    int cachedCells() {
        return cellCount.get();
    }

    private int azimuthCells(int ring) {
        double elCentre = -90 + (ring + 0.5) * 180.0 / rings;
        return Math.max(1, (int) Math.round(360 * Math.cos(Math.toRadians(elCentre)) / cellDeg));
    }

    /** @return the cell index {@code ring * 4096 + azimuth cell} (at most 1440 azimuth cells per ring) */
    int cellKey(Direction d) {
        int ring = Math.min(rings - 1, Math.max(0, (int) Math.floor((d.elevationDeg() + 90) / 180 * rings)));
        int nAz = azimuthCells(ring);
        int i = (int) Math.floor((d.azimuthDeg() + 180) / 360 * nAz);
        i = ((i % nAz) + nAz) % nAz;
        return ring * 4096 + i;
    }

    Direction cellCentre(int key) {
        int ring = key / 4096;
        int i = key % 4096;
        int nAz = azimuthCells(ring);
        double el = -90 + (ring + 0.5) * 180.0 / rings;
        double az = -180 + (i + 0.5) * 360.0 / nAz;
        return new Direction(az, el);
    }
}
