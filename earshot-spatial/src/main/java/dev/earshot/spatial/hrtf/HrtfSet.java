package dev.earshot.spatial.hrtf;

import dev.earshot.spatial.geom.Direction;
import java.util.List;
import java.util.Map;

/**
 * A measured set of head-related impulse responses: one left/right pair per measured direction,
 * all of the same length and sample rate. Directions are in Earshot's convention (SOFA's spherical
 * convention is the same: azimuth counter-clockwise from the front, i.e. +left).
 *
 * @param name         where it came from (file name or built-in name)
 * @param sampleRateHz sample rate in Hz
 * @param directions   measured directions
 * @param distancesM   measurement distance per direction in metres
 * @param left         left-ear HRIRs, {@code left[m][tap]}
 * @param right        right-ear HRIRs, {@code right[m][tap]}
 * @param attributes   global metadata (SOFA attributes such as Title, DatabaseName, License)
 */
public record HrtfSet(String name, int sampleRateHz, List<Direction> directions, double[] distancesM,
                      float[][] left, float[][] right, Map<String, String> attributes) {

    /** @throws IllegalArgumentException if the arrays do not agree in size */
    public HrtfSet {
        int m = directions.size();
        if (m == 0) {
            throw new IllegalArgumentException("an HRTF set needs at least one measurement");
        }
        if (distancesM.length != m || left.length != m || right.length != m) {
            throw new IllegalArgumentException("HRTF set arrays disagree: " + m + " directions, "
                    + distancesM.length + " distances, " + left.length + " left, " + right.length + " right");
        }
        int n = left[0].length;
        for (int i = 0; i < m; i++) {
            if (left[i].length != n || right[i].length != n) {
                throw new IllegalArgumentException("measurement " + i + " has " + left[i].length + "/"
                        + right[i].length + " taps, expected " + n);
            }
        }
        if (sampleRateHz <= 0) {
            throw new IllegalArgumentException("sampleRateHz must be positive, got " + sampleRateHz);
        }
        directions = List.copyOf(directions);
        attributes = Map.copyOf(attributes);
    }

    /** @return the number of measured directions */
    public int measurementCount() {
        return directions.size();
    }

    /** @return the number of taps per impulse response */
    public int irLength() {
        return left[0].length;
    }

    /**
     * @param m measurement index
     * @return that measurement's HRIR pair
     */
    public Hrir hrir(int m) {
        return new Hrir(left[m], right[m], sampleRateHz);
    }
}
