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
     * The same set at another sample rate. Every impulse response is resampled with
     * {@link dev.earshot.audio.dsp.Resampler} (scipy-compatible polyphase filter) and scaled by
     * {@code sampleRateHz / toHz}, so that the filters keep their frequency response (an impulse
     * response's samples are a density in time: twice the rate, half the height); the length becomes
     * {@code ceil(irLength * toHz / sampleRateHz)} taps. Directions, distances and attributes are kept;
     * the name gets an {@code "@<toHz>Hz"} suffix.
     *
     * @param toHz the new sample rate in Hz
     * @return this set if the rate already matches, otherwise a new set
     * @throws IllegalArgumentException if toHz is not positive
     */
    public HrtfSet resampled(int toHz) {
        if (toHz <= 0) {
            throw new IllegalArgumentException("toHz must be positive, got " + toHz);
        }
        if (toHz == sampleRateHz) {
            return this;
        }
        int m = measurementCount();
        float[][] all = new float[2 * m][];
        for (int i = 0; i < m; i++) {
            all[2 * i] = left[i];
            all[2 * i + 1] = right[i];
        }
        // one buffer, so the polyphase filter is designed once for all responses
        float[][] out = dev.earshot.audio.dsp.Resampler.resample(
                new dev.earshot.audio.AudioBuffer(all, sampleRateHz), toHz).samples();
        float gain = (float) ((double) sampleRateHz / toHz);
        float[][] l = new float[m][];
        float[][] r = new float[m][];
        for (int i = 0; i < m; i++) {
            l[i] = out[2 * i].clone();
            r[i] = out[2 * i + 1].clone();
            for (int k = 0; k < l[i].length; k++) {
                l[i][k] *= gain;
                r[i][k] *= gain;
            }
        }
        return new HrtfSet(name + "@" + toHz + "Hz", toHz, directions, distancesM.clone(), l, r, attributes);
    }

    /**
     * @param m measurement index
     * @return that measurement's HRIR pair
     */
    public Hrir hrir(int m) {
        return new Hrir(left[m], right[m], sampleRateHz);
    }
}
