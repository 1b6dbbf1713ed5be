package dev.earshot.spatial.render;

/**
 * The mono part of distance rendering plus the source gain: a per-sample gain ramp
 * (source gain &times; inverse-distance law, interpolated within the block) and, if enabled, a
 * time-varying propagation delay of distance / speed of sound.
 */
final class DistanceStage implements BlockProcessor {
    private final double sourceGain;
    private final double referenceDistanceM;
    private final VariableDelay delay;
    private final double samplesPerMetre;

    DistanceStage(double gainDb, double referenceDistanceM, boolean propagationDelay, double maxDistanceM,
                  int sampleRateHz) {
        this.sourceGain = Math.pow(10, gainDb / 20);
        this.referenceDistanceM = referenceDistanceM;
        this.samplesPerMetre = sampleRateHz / RenderOptions.SPEED_OF_SOUND_MPS;
        this.delay = propagationDelay ? new VariableDelay(maxDistanceM * samplesPerMetre + 1) : null;
    }

    /** @return the largest delay in samples this stage adds for a trajectory */
    static long delayTailFrames(boolean propagationDelay, double maxDistanceM, int sampleRateHz) {
        return propagationDelay ? (long) Math.ceil(maxDistanceM * sampleRateHz / RenderOptions.SPEED_OF_SOUND_MPS) + 1 : 0;
    }

    /** Inverse-distance gain: 1 at the reference distance, halving (-6 dB) per doubling. */
    static double distanceGain(double distanceM, double referenceDistanceM) {
        return referenceDistanceM / distanceM;
    }

    @Override
    public void process(RenderBlock b) {
        float[] x = b.mono;
        int n = b.size;
        double d0 = b.startDistanceM;
        double d1 = b.endDistanceM;
        if (d0 == d1) {
            double g = sourceGain * distanceGain(d0, referenceDistanceM);
            double dl = d0 * samplesPerMetre;
            for (int k = 0; k < n; k++) {
                float s = delay == null ? x[k] : delay.tick(x[k], dl);
                x[k] = (float) (g * s);
            }
            return;
        }
        for (int k = 0; k < n; k++) {
            double d = d0 + (d1 - d0) * k / n;
            double g = sourceGain * distanceGain(d, referenceDistanceM);
            float s = delay == null ? x[k] : delay.tick(x[k], d * samplesPerMetre);
            x[k] = (float) (g * s);
        }
    }
}
