package dev.earshot.spatial.room;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.hrtf.Hrir;
import dev.earshot.spatial.hrtf.HrirLookup;
import dev.earshot.spatial.hrtf.HrtfSet;
import dev.earshot.spatial.hrtf.InterpolatedHrirLookup;
import dev.earshot.spatial.hrtf.NearestHrirLookup;
import java.util.concurrent.ConcurrentHashMap;

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
 */
final class BinauralHrirs {
    private final HrtfSet set;
    private final HrirLookup interpolated;
    private final NearestHrirLookup nearest;
    private final double cellDeg;
    private final int exactMaxOrder;
    private final int rings;
    private final ConcurrentHashMap<Long, Hrir> cells = new ConcurrentHashMap<>();

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
     * @return the HRIR pair for its arrival direction: exact for low orders or the nearest lookup, else
     *         the cached response of its direction cell
     */
    Hrir forImage(ImageSource image) {
        Direction d = image.arrival();
        if (nearest != null || image.order() <= exactMaxOrder) {
            return exact(d);
        }
        long key = cellKey(d);
        Hrir h = cells.get(key);
        if (h == null) {
            h = cells.computeIfAbsent(key, k -> interpolated.lookup(cellCentre(k)));
        }
        return h;
    }

    /** @return how many direction cells have been interpolated so far */
    int cachedCells() {
        return cells.size();
    }

    private int azimuthCells(int ring) {
        double elCentre = -90 + (ring + 0.5) * 180.0 / rings;
        return Math.max(1, (int) Math.round(360 * Math.cos(Math.toRadians(elCentre)) / cellDeg));
    }

    long cellKey(Direction d) {
        int ring = Math.min(rings - 1, Math.max(0, (int) Math.floor((d.elevationDeg() + 90) / 180 * rings)));
        int nAz = azimuthCells(ring);
        int i = (int) Math.floor((d.azimuthDeg() + 180) / 360 * nAz);
        i = ((i % nAz) + nAz) % nAz;
        return ((long) ring << 32) | i;
    }

    Direction cellCentre(long key) {
        int ring = (int) (key >>> 32);
        int i = (int) key;
        int nAz = azimuthCells(ring);
        double el = -90 + (ring + 0.5) * 180.0 / rings;
        double az = -180 + (i + 0.5) * 360.0 / nAz;
        return new Direction(az, el);
    }
}
