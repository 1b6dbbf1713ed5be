package dev.earshot.spatial.room;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import java.util.Arrays;

/**
 * One image source of a shoebox room as heard at the receiver.
 *
 * @param order             total number of wall reflections (0 = direct sound)
 * @param hitsPerWall       number of reflections on each wall, indexed by {@link Wall#ordinal()} (6 values)
 * @param positionM         the image position in room coordinates, metres
 * @param relativePositionM the image position relative to the receiver, in the receiver's frame
 *                          (x front, y left, z up, receiver yaw applied), metres
 * @param distanceM         distance from the image to the receiver, metres
 * @param delayS            arrival time {@code distanceM / c} in seconds
 * @param amplitudeByBand   pressure amplitude per octave band (7 values): product of the wall
 *                          reflection coefficients {@code sqrt(1 - alpha)}, times {@code 1/(4 pi r)},
 *                          times the air attenuation {@code exp(-m r / 2)} when enabled; all equal when
 *                          the room is broadband and air absorption is off
 * @param arrival           direction of arrival at the receiver (where the sound comes from), in the
 *                          receiver's frame, Earshot convention
 */
public record ImageSource(int order, int[] hitsPerWall, Vec3 positionM, Vec3 relativePositionM, double distanceM,
                          double delayS, double[] amplitudeByBand, Direction arrival) {

    /**
     * Validates and copies the arrays.
     *
     * @throws IllegalArgumentException on a negative order, wrong array sizes or a non-positive distance
     */
    public ImageSource {
        if (order < 0 || hitsPerWall == null || hitsPerWall.length != 6 || amplitudeByBand == null
                || amplitudeByBand.length != OctaveBands.COUNT || !(distanceM > 0)) {
            throw new IllegalArgumentException("invalid image source: order " + order + ", hits "
                    + Arrays.toString(hitsPerWall) + ", distance " + distanceM);
        }
        hitsPerWall = hitsPerWall.clone();
        amplitudeByBand = amplitudeByBand.clone();
    }

    /** @return a copy of the per-wall reflection counts */
    @Override
    public int[] hitsPerWall() {
        return hitsPerWall.clone();
    }

    /** @return a copy of the per-band amplitudes */
    @Override
    public double[] amplitudeByBand() {
        return amplitudeByBand.clone();
    }

    /**
     * @param band band index 0..6
     * @return the amplitude in that band (no copy)
     */
    public double amplitude(int band) {
        return amplitudeByBand[band];
    }

    /**
     * @param wall a wall
     * @return how often this path reflects on it
     */
    public int hits(Wall wall) {
        return hitsPerWall[wall.ordinal()];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageSource s && order == s.order && Arrays.equals(hitsPerWall, s.hitsPerWall)
                && positionM.equals(s.positionM) && relativePositionM.equals(s.relativePositionM)
                && distanceM == s.distanceM && delayS == s.delayS
                && Arrays.equals(amplitudeByBand, s.amplitudeByBand) && arrival.equals(s.arrival);
    }

    @Override
    public int hashCode() {
        return positionM.hashCode() * 31 + Arrays.hashCode(amplitudeByBand);
    }

    @Override
    public String toString() {
        return "ImageSource[order=" + order + ", hits=" + Arrays.toString(hitsPerWall) + ", delayS=" + delayS
                + ", arrival=" + arrival + ", amplitude=" + Arrays.toString(amplitudeByBand) + "]";
    }
}
