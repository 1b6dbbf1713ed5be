package dev.earshot.audio.io;

import dev.earshot.audio.AudioBuffer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Streams a WAV file block by block (for long renders that do not fit in memory), atomically: samples
 * go to a temporary file next to the target; {@link #close()} patches the header sizes and moves the
 * file into place. {@link #abort()}, or any failed write, deletes the temporary file instead and leaves
 * an existing target untouched.
 *
 * <p>Layout: 16-bit and 24-bit PCM use format tag 1 and float32 tag 3 (with a {@code fact} chunk) for
 * one or two channels; more channels use WAVE_FORMAT_EXTENSIBLE with channel mask 0 (no speaker
 * assignment, as for ambisonics). Integer encodings scale by 2^(bits-1), round to nearest and clip
 * to full scale; float32 stores samples unchanged. The RIFF size limit (4 GiB) applies.
 *
 * <p>Use with try-with-resources; a caller that catches an exception of its own between writes and
 * does not want the partial file must call {@link #abort()} (or use
 * {@link #write(Path, int, int, WavEncoding, Producer)}, which does so). Not thread-safe.
 */
public final class WavWriter implements AutoCloseable {
    /** Largest data chunk a RIFF file can describe, minus room for the header. */
    static final long MAX_DATA_BYTES = 0xFFFFFFFFL - 128;
    private static final int STAGE_BYTES = 1 << 20;

    private final Path target;
    private final Path tmp;
    private final FileChannel ch;
    private final int channels;
    private final int sampleRateHz;
    private final WavEncoding encoding;
    private final WavSampleFormat format;
    private final ByteBuffer stage;
    private long frames;
    private boolean closed;
    private boolean failed;

    private WavWriter(Path target, Path tmp, FileChannel ch, int channels, int sampleRateHz, WavEncoding encoding) {
        this.target = target;
        this.tmp = tmp;
        this.ch = ch;
        this.channels = channels;
        this.sampleRateHz = sampleRateHz;
        this.encoding = encoding;
        this.format = WavSampleFormat.of(encoding);
        int blockAlign = channels * format.bytes();
        this.stage = ByteBuffer.allocateDirect(Math.max(1, STAGE_BYTES / blockAlign) * blockAlign).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Opens a writer; nothing appears at the target until {@link #close()}.
     *
     * @param target       final path (its folder is created if missing)
     * @param channels     channel count, 1..65535
     * @param sampleRateHz sample rate in Hz, positive
     * @param encoding     sample encoding
     * @return the open writer
     * @throws IllegalArgumentException on a bad channel count, rate or null encoding
     * @throws IOException              if the temporary file cannot be created
     */
    public static WavWriter open(Path target, int channels, int sampleRateHz, WavEncoding encoding) throws IOException {
        if (channels < 1 || channels > 0xFFFF) {
            throw new IllegalArgumentException("channels must be in 1..65535, got " + channels);
        }
        if (sampleRateHz <= 0) {
            throw new IllegalArgumentException("sampleRateHz must be positive, got " + sampleRateHz);
        }
        if (encoding == null) {
            throw new IllegalArgumentException("encoding is required");
        }
        Path tmp = AtomicFiles.createTempSibling(target);
        FileChannel ch = null;
        try {
            ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            WavWriter w = new WavWriter(target, tmp, ch, channels, sampleRateHz, encoding);
            w.writeFully(header(channels, sampleRateHz, encoding, 0), -1);
            return w;
        } catch (IOException | RuntimeException e) {
            if (ch != null) {
                ch.close();
            }
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Produces the content of a streamed WAV file. */
    @FunctionalInterface
    public interface Producer {
        /**
         * @param writer the open writer to append blocks to (closed by the caller)
         * @throws IOException on failure, which discards the file
         */
        void produce(WavWriter writer) throws IOException;
    }

    /**
     * Streams a WAV file: opens a writer, lets the producer append blocks, and commits the file only
     * if the producer returns normally; on any exception the file is discarded and the target left as
     * it was.
     *
     * @param target       final path
     * @param channels     channel count
     * @param sampleRateHz sample rate in Hz
     * @param encoding     sample encoding
     * @param producer     appends the audio
     * @return the number of frames written
     * @throws IOException if the producer or writing fails
     */
    public static long write(Path target, int channels, int sampleRateHz, WavEncoding encoding, Producer producer)
            throws IOException {
        WavWriter w = open(target, channels, sampleRateHz, encoding);
        try {
            producer.produce(w);
        } catch (IOException | RuntimeException | Error e) {
            w.abort();
            throw e;
        }
        w.close();
        return w.framesWritten();
    }

    /**
     * Appends frames {@code offset .. offset+frameCount-1} of a channel-major block.
     *
     * @param block      {@code block[channel][frame]}, exactly {@link #channels()} channels
     * @param offset     first frame to write
     * @param frameCount number of frames to write, at least 0
     * @throws IllegalArgumentException if the block has the wrong channel count or is too short (the
     *                                  writer is then failed)
     * @throws IOException              if writing fails or the file would pass the RIFF size limit
     *                                  (the writer is then failed and close() deletes the file)
     */
    public void write(float[][] block, int offset, int frameCount) throws IOException {
        ensureOpen();
        try {
            WavSamples.checkBlock(block, channels, offset, frameCount);
            long newBytes = (frames + frameCount) * (long) channels * format.bytes();
            if (newBytes > MAX_DATA_BYTES) {
                throw new AudioFileException(target, "data.size", "expected at most " + MAX_DATA_BYTES
                        + " bytes of samples (RIFF 4 GiB limit), writing would reach " + newBytes);
            }
            // Samples collect in the stage and go to the file when it is full (few, large writes).
            int frameBytes = channels * format.bytes();
            int done = 0;
            while (done < frameCount) {
                if (stage.remaining() < frameBytes) {
                    flushStage();
                }
                int n = Math.min(stage.remaining() / frameBytes, frameCount - done);
                WavSamples.encode(block, offset + done, n, format, stage);
                done += n;
            }
            frames += frameCount;
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    /**
     * Appends all frames of a channel-major block.
     *
     * @param block {@code block[channel][frame]}, exactly {@link #channels()} channels of equal length
     * @throws IOException if writing fails
     */
    public void write(float[][] block) throws IOException {
        write(block, 0, block == null || block.length == 0 || block[0] == null ? 0 : block[0].length);
    }

    /**
     * Appends all frames of a buffer.
     *
     * @param audio a buffer with this writer's channel count and sample rate
     * @throws IllegalArgumentException if the channel count or rate differ
     * @throws IOException              if writing fails
     */
    public void write(AudioBuffer audio) throws IOException {
        ensureOpen();
        if (audio.sampleRateHz() != sampleRateHz) {
            failed = true;
            throw new IllegalArgumentException("expected audio at " + sampleRateHz + " Hz, got " + audio.sampleRateHz());
        }
        write(audio.samples(), 0, audio.frames());
    }

    /** @return frames written so far */
    public long framesWritten() {
        return frames;
    }

    /** @return the channel count */
    public int channels() {
        return channels;
    }

    /** @return the sample rate in Hz */
    public int sampleRateHz() {
        return sampleRateHz;
    }

    /** @return the sample encoding */
    public WavEncoding encoding() {
        return encoding;
    }

    /**
     * Finishes the file: patches the header, then moves it onto the target. If a write failed or
     * {@link #abort()} was called, deletes the temporary file instead (and, after a failed write,
     * throws). Idempotent.
     *
     * @throws IOException if finishing fails (the target is then untouched), or if an earlier write
     *                     failed
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        boolean done = false;
        try {
            if (failed) {
                throw new IOException(target + ": not written, an earlier write to this WavWriter failed");
            }
            flushStage();
            long dataBytes = frames * channels * format.bytes();
            if ((dataBytes & 1) == 1) {
                writeFully(ByteBuffer.allocate(1), -1); // RIFF pad byte
            }
            writeFully(header(channels, sampleRateHz, encoding, frames), 0);
            ch.force(false);
            ch.close();
            AtomicFiles.moveIntoPlace(tmp, target);
            done = true;
        } finally {
            if (!done) {
                ch.close();
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Discards everything written: deletes the temporary file; the target is untouched. Idempotent. */
    public void abort() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            ch.close();
        } catch (IOException ignored) {
            // the file is deleted next anyway
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // best effort: a stray hidden .tmp file is all that can remain
        }
    }

    /** Writes the staged samples to the file and empties the stage. */
    private void flushStage() throws IOException {
        stage.flip();
        writeFully(stage, -1);
        stage.clear();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("WavWriter for " + target + " is closed");
        }
    }

    /** Writes all of b at the channel position (position &lt; 0) or at an absolute position. */
    private void writeFully(ByteBuffer b, long position) throws IOException {
        if (position < 0) {
            while (b.hasRemaining()) {
                ch.write(b);
            }
        } else {
            long p = position;
            while (b.hasRemaining()) {
                p += ch.write(b, p);
            }
        }
    }

    /**
     * The complete WAV header for a file of {@code frames} frames (its length does not depend on
     * frames, so it can be written first and patched at the end).
     */
    static ByteBuffer header(int channels, int sampleRateHz, WavEncoding encoding, long frames) {
        WavSampleFormat f = WavSampleFormat.of(encoding);
        boolean extensible = channels > 2;
        boolean isFloat = f.isFloat;
        int blockAlign = channels * f.bytes();
        long dataBytes = frames * blockAlign;
        int fmtSize = extensible ? 40 : isFloat ? 18 : 16;
        boolean fact = isFloat;
        int headerBytes = 12 + 8 + fmtSize + (fact ? 12 : 0) + 8;
        long riffSize = headerBytes - 8 + dataBytes + (dataBytes & 1);
        ByteBuffer b = ByteBuffer.allocate(headerBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt((int) riffSize).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(fmtSize);
        int tag = isFloat ? WavReader.TAG_FLOAT : WavReader.TAG_PCM;
        b.putShort((short) (extensible ? WavReader.TAG_EXTENSIBLE : tag)).putShort((short) channels)
                .putInt(sampleRateHz).putInt((int) ((long) sampleRateHz * blockAlign)).putShort((short) blockAlign)
                .putShort((short) f.bits);
        if (extensible) {
            b.putShort((short) 22).putShort((short) f.bits).putInt(0).putShort((short) tag).put(WavReader.GUID_TAIL);
        } else if (isFloat) {
            b.putShort((short) 0);
        }
        if (fact) {
            b.put(ascii("fact")).putInt(4).putInt((int) Math.min(frames, 0xFFFFFFFFL));
        }
        b.put(ascii("data")).putInt((int) dataBytes);
        return b.flip();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
