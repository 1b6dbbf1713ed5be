package dev.earshot.spatial.render;

import dev.earshot.audio.dsp.ConvolutionCost;
import dev.earshot.audio.dsp.MultiPartitionedConvolver;
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
 *
 * <p>Fixed distance (every keyframe at the same distance, the direction may still move): the three
 * steps are then linear and time-invariant, so the stage computes their joint impulse response once
 * (by running the same delay line and air filter over an impulse) and splits it into a whole-sample
 * delay and a short FIR, the {@link #fixedForm()}. It then runs as a block delay line plus that FIR
 * (partitioned convolution), or, when the spatial stage has folded the FIR into its own filters
 * ({@link #setFolded}), as the delay line alone. Latency and tail are the same as for the per-sample
 * form, and the output equals it to float rounding.
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
    private final boolean fixedDistance;
    private Fixed fixed;
    private BlockDelay fixedDelay;
    private MultiPartitionedConvolver fixedFir;
    private float[][] fixedOut;
    private boolean folded;
    private final int blockSize;

    /**
     * The stage as a linear time-invariant filter (fixed distance): a whole-sample delay followed by
     * a short FIR that holds the fractional delay, the air absorption and the gain.
     *
     * @param delayFrames whole-sample delay, at least 0 (leading zeros of the impulse response)
     * @param kernel      the rest of the impulse response, at least one tap
     */
    record Fixed(int delayFrames, float[] kernel) {
        Fixed {
            if (delayFrames < 0 || kernel == null || kernel.length == 0) {
                throw new IllegalArgumentException("delayFrames must be >= 0 and kernel non-empty");
            }
        }
    }

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
        this.blockSize = options.blockSize();
        this.fixedDistance = hasFixedDistance(trajectory);
    }

    /** @return true if every keyframe has the same distance (direction changes are allowed) */
    static boolean hasFixedDistance(Trajectory t) {
        double d = t.keyframes().get(0).distanceM();
        for (Keyframe k : t.keyframes()) {
            if (k.distanceM() != d) {
                return false;
            }
        }
        return true;
    }

    /**
     * The joint impulse response at a fixed distance, computed with the same delay line, air filter
     * and gain as {@link #process} in its steady state (the delay {@code tau} of the retarded-delay
     * solver, the air filter and gain at {@code c * tau}).
     */
    private Fixed impulseResponse() {
        double d = trajectory.keyframes().get(0).distanceM();
        int length = 1 + latency + (int) tail;
        float[] h = new float[length];
        h[0] = 1;
        double dist = d;
        if (delay != null) {
            double tau = model.retardedDelayS(trajectory, 0);
            double min = FractionalDelay.DEFAULT_HALF_LENGTH;
            FractionalDelay fd = new FractionalDelay(delay.maxDelaySamples());
            fd.process(h, 0, h, 0, length, tau * sampleRateHz + min, tau * sampleRateHz + min);
            dist = tau * model.speedOfSoundMps();
        }
        if (air != null) {
            new AirAbsorptionFilter(sampleRateHz, Atmosphere.STANDARD, dist).process(h, 0, h, 0, length);
        }
        float g = (float) (sourceGain * model.gain(dist));
        int first = 0;
        while (first < length - 1 && h[first] == 0) {
            first++;
        }
        int last = length - 1;
        while (last > first && h[last] == 0) {
            last--;
        }
        float[] k = new float[last - first + 1];
        for (int i = 0; i < k.length; i++) {
            k[i] = g * h[first + i];
        }
        return new Fixed(first, k);
    }

    /** @return the linear time-invariant form for a fixed distance (computed once), or null if the distance changes */
    Fixed fixedForm() {
        if (fixed == null && fixedDistance) {
            fixed = impulseResponse();
        }
        return fixed;
    }

    /**
     * Says that the spatial stage applies {@link #fixedForm()}'s kernel itself (folded into its
     * filters), so this stage only delays by whole samples.
     *
     * @throws IllegalStateException if the distance is not fixed
     */
    void setFolded() {
        if (fixedForm() == null) {
            throw new IllegalStateException("only a fixed-distance stage can be folded");
        }
        folded = true;
    }

    private void processFixed(RenderBlock b) {
        if (fixedDelay == null && fixed.delayFrames() > 0) {
            fixedDelay = new BlockDelay(fixed.delayFrames(), blockSize);
        }
        if (fixedDelay != null) {
            fixedDelay.process(b.mono, b.size);
        }
        if (folded) {
            return;
        }
        float[] k = fixed.kernel();
        if (k.length == 1) {
            float g = k[0];
            float[] x = b.mono;
            for (int i = 0; i < b.size; i++) {
                x[i] *= g;
            }
            return;
        }
        if (fixedFir == null) {
            // the block as two halves per forward FFT, each FFT no longer than the halves need
            int half = blockSize / 2;
            fixedFir = new MultiPartitionedConvolver(new float[][] {k}, half, k.length,
                    ConvolutionCost.fftSizeFor(half, k.length));
            fixedOut = new float[1][];
        }
        fixedOut[0] = b.mono;
        fixedFir.processPair(b.mono, 0, fixedOut, 0);
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
        if (fixedForm() != null) {
            processFixed(b);
            return;
        }
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
