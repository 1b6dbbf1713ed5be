package dev.earshot.data.spatialize;

/**
 * How {@link Spatializer} renders scenes.
 *
 * @param receiver     the simulated microphone
 * @param sampleRateHz output rate in Hz (Spatial-AST / SpatialSoundQA: 32000; DISSE: 48000)
 * @param clipSeconds  length of every dry clip and rendered output in seconds (Spatial-AST: 10)
 * @param targetDbfs   RMS level each dry clip is normalised to before convolution (Spatial-AST: -14)
 */
public record SpatializerOptions(ReceiverKind receiver, int sampleRateHz, double clipSeconds, double targetDbfs) {
    /** @throws IllegalArgumentException on a null receiver or a value out of range */
    public SpatializerOptions {
        if (receiver == null) {
            throw new IllegalArgumentException("receiver must not be null");
        }
        if (sampleRateHz < 8000 || sampleRateHz > 192000) {
            throw new IllegalArgumentException("sampleRateHz must be in [8000, 192000], got " + sampleRateHz);
        }
        if (!(clipSeconds > 0 && clipSeconds <= 600)) {
            throw new IllegalArgumentException("clipSeconds must be in (0, 600], got " + clipSeconds);
        }
        if (!(targetDbfs < 0 && targetDbfs > -100)) {
            throw new IllegalArgumentException("targetDbfs must be in (-100, 0), got " + targetDbfs);
        }
    }

    /**
     * Spatial-AST / SpatialSoundQA settings: binaural, 32 kHz, 10 s, -14 dBFS.
     *
     * @return the options
     */
    public static SpatializerOptions spatialAst() {
        return new SpatializerOptions(ReceiverKind.BINAURAL, 32000, 10.0, -14.0);
    }

    /**
     * DISSE settings: tetrahedral array to W, Y, Z, X, 48 kHz, 10 s, -14 dBFS.
     *
     * @return the options
     */
    public static SpatializerOptions disse() {
        return new SpatializerOptions(ReceiverKind.DISSE_FOA, 48000, 10.0, -14.0);
    }

    /** @return the number of output frames, {@code round(clipSeconds * sampleRateHz)} */
    public int frames() {
        return (int) Math.round(clipSeconds * sampleRateHz);
    }

    /**
     * @param newReceiver receiver
     * @return a copy with that receiver
     */
    public SpatializerOptions withReceiver(ReceiverKind newReceiver) {
        return new SpatializerOptions(newReceiver, sampleRateHz, clipSeconds, targetDbfs);
    }

    /**
     * @param seconds clip length in seconds
     * @return a copy with that length
     */
    public SpatializerOptions withClipSeconds(double seconds) {
        return new SpatializerOptions(receiver, sampleRateHz, seconds, targetDbfs);
    }
}
