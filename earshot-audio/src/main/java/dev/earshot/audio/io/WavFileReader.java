package dev.earshot.audio.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Random-access reading of a WAV file's samples without loading the file: the header is parsed once
 * ({@link AudioFiles#read} accepts the same files), and any number of {@link MonoCursor}s, one per
 * thread, each read the file as mono from its own start frame with positional reads (the file
 * channel's position is never used, so cursors do not interfere).
 *
 * <p>Mono conversion equals {@code Mixer.toMono(AudioFiles.read(file), AVERAGE)} exactly: one
 * channel is passed through; several are summed in double, multiplied by 1/channels and rounded to
 * float. Sample conversion is that of {@link AudioFiles#read}.
 */
public final class WavFileReader implements AutoCloseable {
    private static final int CURSOR_BYTES = 1 << 16;

    private final Path file;
    private final FileChannel ch;
    private final WavFormat format;

    private WavFileReader(Path file, FileChannel ch, WavFormat format) {
        this.file = file;
        this.ch = ch;
        this.format = format;
    }

    /**
     * Opens a WAV file and parses its header.
     *
     * @param file a WAV (RIFF, RF64 or BW64) file
     * @return the open reader (close it)
     * @throws AudioFileException if the file is not a WAV file or its header is corrupt or unsupported
     * @throws IOException        if it cannot be read
     */
    public static WavFileReader open(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        try {
            if (AudioFiles.detect(file, ch) != AudioCodec.WAV) {
                throw new AudioFileException(file, "magic", "expected a WAV file ('RIFF'/'RF64'/'BW64' + 'WAVE')");
            }
            return new WavFileReader(file, ch, WavReader.readFormat(file, ch));
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** @return codec, encoding, channels, rate and frame count from the header */
    public AudioFileInfo info() {
        return format.info();
    }

    /** @return frames per channel */
    public long frames() {
        return format.frames();
    }

    /** @return the channel count */
    public int channels() {
        return format.channels();
    }

    /** @return the sample rate in Hz */
    public int sampleRateHz() {
        return format.sampleRateHz();
    }

    /**
     * A sequential mono reader starting at a frame; confine it to one thread (cursors of one reader
     * may run on different threads at once).
     *
     * @param firstFrame the first frame it reads, 0..{@link #frames()}
     * @return the cursor
     * @throws IllegalArgumentException if firstFrame is outside 0..frames()
     */
    public MonoCursor monoCursor(long firstFrame) {
        if (firstFrame < 0 || firstFrame > frames()) {
            throw new IllegalArgumentException("firstFrame must be in 0.." + frames() + ", got " + firstFrame);
        }
        return new MonoCursor(firstFrame);
    }

    /** Closes the file; open cursors then fail. */
    @Override
    public void close() throws IOException {
        ch.close();
    }

    /** Reads frames in order from a start frame, averaged to mono (see {@link WavFileReader}). */
    public final class MonoCursor {
        private final ByteBuffer buf;
        private final int framesPerRead;
        private final float[][] scratch;
        private long next;

        private MonoCursor(long firstFrame) {
            this.next = firstFrame;
            this.framesPerRead = Math.max(1, CURSOR_BYTES / format.blockAlign());
            this.buf = ByteBuffer.allocateDirect(framesPerRead * format.blockAlign()).order(ByteOrder.LITTLE_ENDIAN);
            this.scratch = format.channels() == 1 ? null : new float[format.channels()][framesPerRead];
        }

        /** @return the next frame this cursor reads */
        public long position() {
            return next;
        }

        /**
         * Reads up to {@code len} mono samples.
         *
         * @param dst destination
         * @param off first index written
         * @param len most samples, at least 1
         * @return samples read (at least 1), or -1 at the end of the data
         * @throws AudioFileException if the file is shorter than its header says
         * @throws IOException        if reading fails
         */
        public int read(float[] dst, int off, int len) throws IOException {
            if (len < 1 || off < 0 || off + len > dst.length) {
                throw new IllegalArgumentException("bad range off=" + off + " len=" + len + " for " + dst.length);
            }
            long left = frames() - next;
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(Math.min(len, framesPerRead), left);
            int align = format.blockAlign();
            buf.clear().limit(n * align);
            long pos = format.dataOffset() + next * align;
            long p = pos;
            while (buf.hasRemaining()) {
                int r = ch.read(buf, p);
                if (r < 0) {
                    throw new AudioFileException(file, "data", "expected " + buf.limit() + " bytes at byte " + pos
                            + ", file ends at byte " + p + " (truncated)");
                }
                p += r;
            }
            buf.flip();
            int channels = format.channels();
            if (channels == 1) {
                if (format.sampleFormat() == WavSampleFormat.FLOAT32) {
                    buf.asFloatBuffer().get(dst, off, n);
                } else {
                    WavSamples.decode(buf, format.sampleFormat(), new float[][] {dst}, off, n);
                }
            } else {
                WavSamples.decode(buf, format.sampleFormat(), scratch, 0, n);
                double inv = 1.0 / channels;
                for (int i = 0; i < n; i++) {
                    double s = 0;
                    for (float[] c : scratch) {
                        s += c[i];
                    }
                    dst[off + i] = (float) (s * inv);
                }
            }
            next += n;
            return n;
        }
    }
}
