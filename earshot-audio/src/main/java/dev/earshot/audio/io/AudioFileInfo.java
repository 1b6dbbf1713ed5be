package dev.earshot.audio.io;

/**
 * What an audio file holds, read from its headers without decoding the samples (for {@code earshot
 * info} and for planning reads).
 *
 * @param codec         container/codec
 * @param encoding      sample encoding: {@code PCM_U8}, {@code PCM_S16}, {@code PCM_S24}, {@code PCM_S32}
 *                      (integer PCM; for FLAC any bit depth {@code PCM_S<bits>}), {@code FLOAT32},
 *                      {@code FLOAT64} or {@code VORBIS}
 * @param channels      channel count, at least 1
 * @param sampleRateHz  sample rate in Hz, positive
 * @param frames        frames (samples per channel), or -1 when the header does not say
 * @param bitsPerSample bits per stored sample, or 0 for lossy codecs
 */
public record AudioFileInfo(AudioCodec codec, String encoding, int channels, int sampleRateHz, long frames,
                            int bitsPerSample) {
    /**
     * Validates the fields.
     *
     * @param codec         container/codec
     * @param encoding      sample encoding label
     * @param channels      channel count
     * @param sampleRateHz  sample rate in Hz
     * @param frames        frames, or -1 if unknown
     * @param bitsPerSample bits per stored sample, 0 for lossy codecs
     * @throws IllegalArgumentException on a null codec/encoding, channels &lt; 1, a non-positive rate,
     *                                  frames &lt; -1 or negative bits
     */
    public AudioFileInfo {
        if (codec == null || encoding == null) {
            throw new IllegalArgumentException("codec and encoding are required");
        }
        if (channels < 1) {
            throw new IllegalArgumentException("channels must be >= 1, got " + channels);
        }
        if (sampleRateHz <= 0) {
            throw new IllegalArgumentException("sampleRateHz must be positive, got " + sampleRateHz);
        }
        if (frames < -1) {
            throw new IllegalArgumentException("frames must be >= 0 or -1 (unknown), got " + frames);
        }
        if (bitsPerSample < 0) {
            throw new IllegalArgumentException("bitsPerSample must be >= 0, got " + bitsPerSample);
        }
    }

    /** @return the duration in seconds, or NaN when the frame count is unknown */
    public double durationS() {
        return frames < 0 ? Double.NaN : (double) frames / sampleRateHz;
    }

    /** @return a one-line human-readable summary, e.g. {@code WAV PCM_S16, 2 ch, 48000 Hz, 480000 frames (10.000 s)} */
    public String summary() {
        String len = frames < 0 ? "unknown length" : String.format(java.util.Locale.ROOT, "%d frames (%.3f s)", frames, durationS());
        return codec + " " + encoding + ", " + channels + " ch, " + sampleRateHz + " Hz, " + len;
    }
}
