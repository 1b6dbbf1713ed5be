package dev.earshot.spatial.render;

import dev.earshot.audio.AudioBuffer;

/**
 * A mono signal of known length that can be read from any frame on, by several threads at once (each
 * with its own {@link BlockSource}); what a parallel render reads its input from.
 */
public interface SeekableSource {
    /** @return the sample rate in Hz */
    int sampleRateHz();

    /** @return the number of samples, at least 0 */
    long totalFrames();

    /**
     * A sequential reader from a frame on, for one thread.
     *
     * @param firstFrame first frame read, 0..{@link #totalFrames()}
     * @return a source whose {@link BlockSource#read} returns the samples from firstFrame to the end
     * @throws IllegalArgumentException if firstFrame is outside 0..totalFrames()
     */
    BlockSource openAt(long firstFrame);

    /**
     * A source over one channel of a buffer (not copied).
     *
     * @param buffer  the audio
     * @param channel the channel, 0-based
     * @return the source
     * @throws IndexOutOfBoundsException if the channel does not exist
     */
    static SeekableSource of(AudioBuffer buffer, int channel) {
        float[] samples = buffer.channel(channel);
        int rate = buffer.sampleRateHz();
        return new SeekableSource() {
            @Override
            public int sampleRateHz() {
                return rate;
            }

            @Override
            public long totalFrames() {
                return samples.length;
            }

            @Override
            public BlockSource openAt(long firstFrame) {
                if (firstFrame < 0 || firstFrame > samples.length) {
                    throw new IllegalArgumentException("firstFrame must be in 0.." + samples.length + ", got " + firstFrame);
                }
                return new BlockSource() {
                    private int pos = (int) firstFrame;

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
        };
    }
}
