package dev.earshot.spatial.render;

import dev.earshot.audio.AudioBuffer;

/**
 * A mono signal delivered block by block, so that a long file need not be held in memory at once.
 */
public interface BlockSource {
    /**
     * Reads up to {@code len} samples.
     *
     * @param dst destination array
     * @param off first index written in {@code dst}
     * @param len most samples to read, at least 1
     * @return the number of samples read (at least 1), or -1 at the end of the signal
     */
    int read(float[] dst, int off, int len);

    /** @return the sample rate in Hz */
    int sampleRateHz();

    /** @return the total number of samples if known, else -1 (used only for progress reports) */
    long totalFrames();

    /**
     * A source reading one channel of a buffer.
     *
     * @param buffer  the audio
     * @param channel the channel to read, 0-based
     * @return a source over that channel (the buffer is not copied)
     * @throws IndexOutOfBoundsException if the channel does not exist
     */
    static BlockSource of(AudioBuffer buffer, int channel) {
        float[] samples = buffer.channel(channel);
        int rate = buffer.sampleRateHz();
        return new BlockSource() {
            private int pos;

            @Override
            public int read(float[] dst, int off, int len) {
                if (pos >= samples.length) {
                    return -1;
                }
                int n = Math.min(len, samples.length - pos);
                System.arraycopy(samples, pos, dst, off, n);
                pos += n;
                return n;
            }

            @Override
            public int sampleRateHz() {
                return rate;
            }

            @Override
            public long totalFrames() {
                return samples.length;
            }
        };
    }
}
