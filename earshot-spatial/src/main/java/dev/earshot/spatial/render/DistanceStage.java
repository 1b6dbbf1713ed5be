package dev.earshot.spatial.render;

import dev.earshot.spatial.render.effects.AirAbsorptionFilter;
import dev.earshot.spatial.render.effects.Atmosphere;
import dev.earshot.spatial.render.effects.DistanceModel;
import dev.earshot.spatial.render.effects.FractionalDelay;

/**
 * The mono part of distance rendering plus the source gain, in this order:
 * <ol>
 * <li>propagation delay (optional): a band-limited fractional delay that follows the retarded delay
 * {@link DistanceModel#retardedDelayS} of the trajectory, so a moving source gets its Doppler
 * shift;</li>
 * <li>air absorption (optional): the ISO 9613-1 {@link AirAbsorptionFilter} for the distance,
 * crossfaded when the distance changes;</li>
 * <li>gain: source gain times the inverse-distance law {@link DistanceModel#gain}, as a per-sample
 * ramp between block boundaries. With the delay on, the distance used is the one at the time the
 * sound left the source (c &middot; delay).</li>
 * </ol>
 * The delay line and the air filter have fixed latencies ({@link #latencyFrames}); the engine drops
 * that many frames from the start of the output so the physical delay is exact.
 */
final class DistanceStage implements BlockProcessor {
    private final double sourceGain;
    private final DistanceModel model;
    private final Trajectory trajectory;
    private final double sampleRateHz;
    private final FractionalDelay delay;
    private final AirAbsorptionFilter air;
    private final int latency;
    private final long tail;
    private double lastTauS = -1;
    private long lastTauFrame = -1;

    DistanceStage(SpatialParams params, RenderOptions options) {
        this.sourceGain = Math.pow(10, params.gainDb() / 20);
        this.model = model(options);
        this.trajectory = params.trajectory();
        this.sampleRateHz = options.sampleRateHz();
        double maxD = SourceMotion.maxDistanceM(trajectory);
        this.delay = options.propagationDelay()
                ? new FractionalDelay((int) Math.ceil(model.delaySamples(maxD, sampleRateHz))
                        + FractionalDelay.DEFAULT_HALF_LENGTH + 2)
                : null;
        this.air = options.airAbsorption()
                ? new AirAbsorptionFilter(sampleRateHz, Atmosphere.STANDARD, trajectory.at(0).distanceM())
                : null;
        this.latency = (delay != null ? FractionalDelay.DEFAULT_HALF_LENGTH : 0)
                + (air != null ? air.latencySamples() : 0);
        long t = 0;
        if (delay != null) {
            t += (long) Math.ceil(model.delaySamples(maxD, sampleRateHz)) + FractionalDelay.DEFAULT_HALF_LENGTH + 1;
        }
        if (air != null) {
            t += 2L * air.latencySamples() + 1;
        }
        this.tail = t;
    }

    /** The distance law of a render: {@link DistanceModel#DEFAULT} with the options' reference distance. */
    static DistanceModel model(RenderOptions o) {
        DistanceModel d = DistanceModel.DEFAULT;
        return new DistanceModel(o.referenceDistanceM(), d.rolloff(), Math.min(d.minDistanceM(), o.referenceDistanceM()),
                RenderOptions.SPEED_OF_SOUND_MPS, d.atmosphere());
    }

    private double tauS(long frame) {
        if (frame == lastTauFrame) {
            return lastTauS;
        }
        lastTauFrame = frame;
        lastTauS = model.retardedDelayS(trajectory, Math.max(0, frame - latency) / sampleRateHz);
        return lastTauS;
    }

    @Override
    public void process(RenderBlock b) {
        float[] x = b.mono;
        int n = b.size;
        double d0 = b.startDistanceM;
        double d1 = b.endDistanceM;
        if (delay != null) {
            double tau0 = tauS(b.startFrame);
            double tau1 = tauS(b.startFrame + n);
            double min = FractionalDelay.DEFAULT_HALF_LENGTH;
            delay.process(x, 0, x, 0, n, tau0 * sampleRateHz + min, tau1 * sampleRateHz + min);
            d0 = tau0 * model.speedOfSoundMps();
            d1 = tau1 * model.speedOfSoundMps();
        }
        if (air != null) {
            air.setDistance(d1);
            air.process(x, 0, x, 0, n);
        }
        double g0 = sourceGain * model.gain(d0);
        double g1 = sourceGain * model.gain(d1);
        if (g0 == g1) {
            float g = (float) g0;
            for (int k = 0; k < n; k++) {
                x[k] *= g;
            }
        } else {
            double step = (g1 - g0) / n;
            for (int k = 0; k < n; k++) {
                x[k] = (float) ((g0 + step * k) * x[k]);
            }
        }
    }

    /** @return frames of fixed processing latency this stage adds (the engine drops them) */
    int latencyFrames() {
        return latency;
    }

    /** @return frames the output lasts beyond the input because of the delay and the filter tails */
    long tailFrames() {
        return tail;
    }
}
