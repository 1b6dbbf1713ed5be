package dev.earshot.audio;

import java.util.Arrays;

/**
 * Multichannel audio as 32-bit floats, channel-major ({@code samples[channel][frame]}), nominally in
 * [-1, 1], with an explicit sample rate.
 *
 * <p>The buffer takes ownership of the arrays passed to it and {@link #channel(int)} returns them
 * without copying, so that DSP code stays allocation-free; callers that need an independent copy use
 * {@link #copy()}. All channels have the same length.
 */
public final class AudioBuffer {
    private final float[][] samples;
    private final int sampleRateHz;

    /**
     * Wraps channel-major samples.
     *
     * @param samples      one array per channel, all of equal length (at least one channel)
     * @param sampleRateHz sample rate in Hz, positive
     * @throws IllegalArgumentException if there is no channel, a channel is null, the channel lengths
     *                                  differ or the sample rate is not positive
     */
    public AudioBuffer(float[][] samples, int sampleRateHz) {
        if (samples == null || samples.length == 0) {
            throw new IllegalArgumentException("AudioBuffer needs at least one channel");
        }
        if (sampleRateHz <= 0) {
            throw new IllegalArgumentException("sampleRateHz must be positive, got " + sampleRateHz);
        }
        int frames = -1;
        for (int c = 0; c < samples.length; c++) {
            if (samples[c] == null) {
                throw new IllegalArgumentException("channel " + c + " is null");
            }
            if (frames >= 0 && samples[c].length != frames) {
                throw new IllegalArgumentException("channel " + c + " has " + samples[c].length
                        + " frames, expected " + frames + " like channel 0");
            }
            frames = samples[c].length;
        }
        this.samples = samples;
        this.sampleRateHz = sampleRateHz;
    }

    /**
     * A silent buffer.
     *
     * @param channels     number of channels, at least 1
     * @param frames       number of frames, at least 0
     * @param sampleRateHz sample rate in Hz
     * @return a zero-filled buffer
     */
    public static AudioBuffer silence(int channels, int frames, int sampleRateHz) {
        if (channels < 1 || frames < 0) {
            throw new IllegalArgumentException("need channels >= 1 and frames >= 0, got " + channels + ", " + frames);
        }
        return new AudioBuffer(new float[channels][frames], sampleRateHz);
    }

    /**
     * A mono buffer wrapping one array.
     *
     * @param samples      the samples (owned by the buffer afterwards)
     * @param sampleRateHz sample rate in Hz
     * @return the buffer
     */
    public static AudioBuffer mono(float[] samples, int sampleRateHz) {
        return new AudioBuffer(new float[][] {samples}, sampleRateHz);
    }

    /** @return the number of channels */
    public int channels() {
        return samples.length;
    }

    /** @return the number of frames (samples per channel) */
    public int frames() {
        return samples[0].length;
    }

    /** @return the sample rate in Hz */
    public int sampleRateHz() {
        return sampleRateHz;
    }

    /** @return the duration in seconds */
    public double durationS() {
        return (double) frames() / sampleRateHz;
    }

    /**
     * The backing array of one channel (not a copy).
     *
     * @param channel channel index, 0-based
     * @return the samples of that channel
     */
    public float[] channel(int channel) {
        if (channel < 0 || channel >= samples.length) {
            throw new IndexOutOfBoundsException("channel " + channel + " of " + samples.length);
        }
        return samples[channel];
    }

    /** @return the backing channel-major array (not a copy) */
    public float[][] samples() {
        return samples;
    }

    /** @return a deep copy */
    public AudioBuffer copy() {
        float[][] c = new float[samples.length][];
        for (int i = 0; i < samples.length; i++) {
            c[i] = samples[i].clone();
        }
        return new AudioBuffer(c, sampleRateHz);
    }

    /** @return the largest absolute sample value over all channels */
    public float peak() {
        float p = 0f;
        for (float[] ch : samples) {
            for (float v : ch) {
                p = Math.max(p, Math.abs(v));
            }
        }
        return p;
    }

    @Override
    public String toString() {
        return "AudioBuffer[" + channels() + " ch, " + frames() + " frames, " + sampleRateHz + " Hz]";
    }

    /**
     * Value equality: same rate and identical samples. Intended for tests and small buffers.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof AudioBuffer b && b.sampleRateHz == sampleRateHz && Arrays.deepEquals(b.samples, samples);
    }

    @Override
    public int hashCode() {
        return 31 * sampleRateHz + Arrays.deepHashCode(samples);
    }
}
