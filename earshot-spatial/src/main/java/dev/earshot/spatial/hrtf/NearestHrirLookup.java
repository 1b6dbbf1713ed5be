package dev.earshot.spatial.hrtf;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;

/**
 * Returns the measured HRIR pair whose direction is nearest (great-circle angle) to the requested
 * one, without interpolation. Uses a precomputed cell index, so a lookup checks only a few
 * candidates; it allocates nothing and returns the set's own arrays (do not modify them).
 *
 * <p>Distance is ignored: in a set measured at several distances, the nearest direction at any
 * distance is used (ties: the lowest measurement index). Thread-safe.
 */
public final class NearestHrirLookup implements HrirLookup {
    private final HrtfSet set;
    private final DirectionIndex index;
    private final Hrir[] hrirs;

    /** @param set the measured set */
    public NearestHrirLookup(HrtfSet set) {
        this.set = set;
        int m = set.measurementCount();
        double[] xyz = new double[3 * m];
        hrirs = new Hrir[m];
        for (int i = 0; i < m; i++) {
            Vec3 u = set.directions().get(i).unitVector();
            xyz[3 * i] = u.x();
            xyz[3 * i + 1] = u.y();
            xyz[3 * i + 2] = u.z();
            hrirs[i] = set.hrir(i);
        }
        index = new DirectionIndex(xyz);
    }

    /**
     * @param direction any direction (Earshot convention)
     * @return the index of the nearest measured direction in the set
     */
    public int nearestIndex(Direction direction) {
        return index.nearest(direction);
    }

    /** {@inheritDoc} The returned pair shares the set's arrays. */
    @Override
    public Hrir lookup(Direction direction) {
        return hrirs[index.nearest(direction)];
    }

    @Override
    public int sampleRateHz() {
        return set.sampleRateHz();
    }

    @Override
    public int length() {
        return set.irLength();
    }
}
