package dev.earshot.spatial.render;

import dev.earshot.spatial.geom.Direction;

/**
 * Everything that says where and how a source sounds, in Earshot's convention (+azimuth = left).
 *
 * @param trajectory where the source is over time (a fixed position is a one-keyframe trajectory)
 * @param spreadDeg  apparent source width in degrees, [0, 180]; 0 is a point source
 * @param wetMix     share of reverberant sound, [0, 1]; 0 is dry
 * @param gainDb     extra gain in dB, [-96, 24]
 * @param room       the room for the late reverb
 */
public record SpatialParams(Trajectory trajectory, double spreadDeg, double wetMix, double gainDb, RoomAcoustics room) {

    /** Validates every field; messages name the field and the allowed range. */
    public SpatialParams {
        if (trajectory == null) {
            throw new IllegalArgumentException("trajectory is required");
        }
        if (!Double.isFinite(spreadDeg) || spreadDeg < 0 || spreadDeg > 180) {
            throw new IllegalArgumentException("spreadDeg must be in [0, 180], got " + spreadDeg);
        }
        if (!Double.isFinite(wetMix) || wetMix < 0 || wetMix > 1) {
            throw new IllegalArgumentException("wetMix must be in [0, 1], got " + wetMix);
        }
        if (!Double.isFinite(gainDb) || gainDb < -96 || gainDb > 24) {
            throw new IllegalArgumentException("gainDb must be in [-96, 24], got " + gainDb);
        }
        if (room == null) {
            throw new IllegalArgumentException("room is required (use RoomAcoustics.Anechoic)");
        }
    }

    /**
     * A dry point source at a fixed place.
     *
     * @param azimuthDeg   azimuth in degrees, +left
     * @param elevationDeg elevation in degrees, +up
     * @param distanceM    distance in metres
     * @return the parameters
     */
    public static SpatialParams at(double azimuthDeg, double elevationDeg, double distanceM) {
        return new SpatialParams(Trajectory.fixed(new Direction(azimuthDeg, elevationDeg), distanceM),
                0, 0, 0, new RoomAcoustics.Anechoic());
    }

    /** @return the position at time 0 */
    public Keyframe start() {
        return trajectory.at(0);
    }

    /** @param spread new spread in degrees @return a copy with that spread */
    public SpatialParams withSpreadDeg(double spread) {
        return new SpatialParams(trajectory, spread, wetMix, gainDb, room);
    }

    /** @param wet new wet mix @param newRoom the room @return a copy with that reverb */
    public SpatialParams withReverb(double wet, RoomAcoustics newRoom) {
        return new SpatialParams(trajectory, spreadDeg, wet, gainDb, newRoom);
    }

    /** @param gain new gain in dB @return a copy with that gain */
    public SpatialParams withGainDb(double gain) {
        return new SpatialParams(trajectory, spreadDeg, wetMix, gain, room);
    }

    /** @param t new trajectory @return a copy that moves along it */
    public SpatialParams withTrajectory(Trajectory t) {
        return new SpatialParams(t, spreadDeg, wetMix, gainDb, room);
    }

    static void checkDistance(double distanceM) {
        if (!Double.isFinite(distanceM) || distanceM < 0.1 || distanceM > 1000) {
            throw new IllegalArgumentException("distanceM must be in [0.1, 1000] m, got " + distanceM);
        }
    }
}
