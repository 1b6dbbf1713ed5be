package dev.earshot.spatial.render.effects;

import dev.earshot.spatial.render.Trajectory;

/**
 * How distance changes a source: level, propagation delay and air absorption.
 *
 * <p>Gain: {@code g(d) = (referenceDistanceM / max(d, minDistanceM))^rolloff}. With rolloff 1 this is
 * the inverse-distance (1/r, -6 dB per doubling) law, 1 at the reference distance. Distances below
 * {@code minDistanceM} are clamped to it, so the gain never exceeds
 * {@code (referenceDistanceM / minDistanceM)^rolloff} (+12 dB with the defaults): a source cannot blow
 * up as it passes through the listener. Rolloff 0 switches distance attenuation off.
 *
 * <p>Delay: {@code d / speedOfSoundMps} seconds. Air absorption: ISO 9613-1 coefficient times the
 * distance, in dB (see {@link IsoAirAbsorption}, applied by {@link AirAbsorptionFilter}).
 *
 * @param referenceDistanceM distance of unit gain, metres, positive
 * @param rolloff            exponent of the inverse-distance law, in [0, 4]
 * @param minDistanceM       distances below this are clamped to it for the gain, metres, positive
 * @param speedOfSoundMps    speed of sound in m/s, in [300, 400]
 * @param atmosphere         air state for the absorption
 */
public record DistanceModel(double referenceDistanceM, double rolloff, double minDistanceM, double speedOfSoundMps,
                            Atmosphere atmosphere) {

    /** Reference 1 m, rolloff 1, minimum 0.25 m, 343 m/s, {@link Atmosphere#STANDARD}. */
    public static final DistanceModel DEFAULT = new DistanceModel(1, 1, 0.25, 343, Atmosphere.STANDARD);

    /** @throws IllegalArgumentException naming the field if a value is out of range */
    public DistanceModel {
        if (!Double.isFinite(referenceDistanceM) || referenceDistanceM <= 0) {
            throw new IllegalArgumentException("referenceDistanceM must be positive, got " + referenceDistanceM);
        }
        if (!Double.isFinite(rolloff) || rolloff < 0 || rolloff > 4) {
            throw new IllegalArgumentException("rolloff must be in [0, 4], got " + rolloff);
        }
        if (!Double.isFinite(minDistanceM) || minDistanceM <= 0) {
            throw new IllegalArgumentException("minDistanceM must be positive, got " + minDistanceM);
        }
        if (!Double.isFinite(speedOfSoundMps) || speedOfSoundMps < 300 || speedOfSoundMps > 400) {
            throw new IllegalArgumentException("speedOfSoundMps must be in [300, 400], got " + speedOfSoundMps);
        }
        if (atmosphere == null) {
            throw new IllegalArgumentException("atmosphere is required");
        }
    }

    /**
     * Distance gain (linear amplitude factor).
     *
     * @param distanceM distance in metres, at least 0
     * @return {@code (ref / max(d, min))^rolloff}
     */
    public double gain(double distanceM) {
        checkDistance(distanceM);
        return Math.pow(referenceDistanceM / Math.max(distanceM, minDistanceM), rolloff);
    }

    /**
     * Propagation delay.
     *
     * @param distanceM distance in metres, at least 0
     * @return d / c in seconds
     */
    public double delayS(double distanceM) {
        checkDistance(distanceM);
        return distanceM / speedOfSoundMps;
    }

    /**
     * Propagation delay in (fractional) samples.
     *
     * @param distanceM    distance in metres, at least 0
     * @param sampleRateHz sample rate, positive
     * @return d / c * fs
     */
    public double delaySamples(double distanceM, double sampleRateHz) {
        if (!(sampleRateHz > 0)) {
            throw new IllegalArgumentException("sampleRateHz must be positive, got " + sampleRateHz);
        }
        return delayS(distanceM) * sampleRateHz;
    }

    /**
     * Air absorption over a path.
     *
     * @param frequencyHz frequency in Hz
     * @param distanceM   path length in metres
     * @return attenuation in dB (positive = quieter): ISO 9613-1 alpha(f) times d
     */
    public double airAbsorptionDb(double frequencyHz, double distanceM) {
        checkDistance(distanceM);
        return IsoAirAbsorption.coefficientDbPerM(frequencyHz, atmosphere) * distanceM;
    }

    /**
     * Propagation delay heard at a reception time for a moving source: the sound arriving at time t
     * left the source at the retarded time t - tau, where tau solves {@code tau = d(t - tau) / c}
     * (d = the trajectory's distance). Feeding this delay to {@link FractionalDelay} sample by sample
     * gives the physically correct Doppler shift {@code f c / (c + v)} for a source receding at
     * radial speed v. Solved by fixed-point iteration, which converges because |v| &lt; c.
     *
     * @param trajectory the source path
     * @param receiveS   reception time in seconds from the start
     * @return tau in seconds
     */
    public double retardedDelayS(Trajectory trajectory, double receiveS) {
        double tau = trajectory.at(Math.max(0, receiveS)).distanceM() / speedOfSoundMps;
        for (int i = 0; i < 50; i++) {
            double next = trajectory.at(Math.max(0, receiveS - tau)).distanceM() / speedOfSoundMps;
            if (Math.abs(next - tau) < 1e-13) {
                return next;
            }
            tau = next;
        }
        return tau;
    }

    private static void checkDistance(double distanceM) {
        if (!Double.isFinite(distanceM) || distanceM < 0) {
            throw new IllegalArgumentException("distanceM must be >= 0, got " + distanceM);
        }
    }
}
