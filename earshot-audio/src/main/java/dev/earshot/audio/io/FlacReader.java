package dev.earshot.audio.io;

import dev.earshot.audio.AudioBuffer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.jflac.ChannelData;
import org.jflac.FLACDecoder;
import org.jflac.frame.Frame;

/**
 * Reads native FLAC files with jflac (a leading ID3v2 tag is skipped). The STREAMINFO block is parsed here (for {@link AudioFiles#info}
 * and for checks); the decoded stream is verified against the STREAMINFO total sample count and MD5
 * signature, so truncated or corrupted files fail instead of returning damaged audio.
 * Package-private; use {@link AudioFiles}.
 */
final class FlacReader {
    private FlacReader() {
    }

    /** The fields of a STREAMINFO block this reader uses. */
    record StreamInfo(int sampleRateHz, int channels, int bitsPerSample, long totalFrames, byte[] md5) {
        AudioFileInfo info() {
            return new AudioFileInfo(AudioCodec.FLAC, "PCM_S" + bitsPerSample, channels, sampleRateHz,
                    totalFrames == 0 ? -1 : totalFrames, bitsPerSample);
        }

        boolean hasMd5() {
            for (byte b : md5) {
                if (b != 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Byte offset of the {@code fLaC} marker: 0, or the length of a leading ID3v2 tag (which some
     * taggers put in front of FLAC streams).
     */
    static long streamOffset(FileChannel ch) throws IOException {
        ByteBuffer h = ByteBuffer.allocate(10);
        while (h.hasRemaining() && ch.read(h, h.position()) > 0) {
            // fill
        }
        if (h.position() < 10 || h.get(0) != 'I' || h.get(1) != 'D' || h.get(2) != '3') {
            return 0;
        }
        long size = 0;
        for (int i = 6; i < 10; i++) {
            size = (size << 7) | (h.get(i) & 0x7F); // syncsafe integer
        }
        boolean footer = (h.get(5) & 0x10) != 0;
        return 10 + size + (footer ? 10 : 0);
    }

    /** Parses the mandatory first metadata block. */
    static StreamInfo readStreamInfo(Path file, FileChannel ch) throws IOException {
        long at = streamOffset(ch);
        ByteBuffer b = WavReader.readExact(file, ch, at, 42, "STREAMINFO");
        b.order(ByteOrder.BIG_ENDIAN);
        if (b.getInt(0) != 0x664C6143) { // "fLaC"
            throw new AudioFileException(file, "magic", "expected 'fLaC'");
        }
        int type = b.get(4) & 0x7F;
        int length = ((b.get(5) & 0xFF) << 16) | ((b.get(6) & 0xFF) << 8) | (b.get(7) & 0xFF);
        if (type != 0) {
            throw new AudioFileException(file, "METADATA_BLOCK_HEADER.type", "expected 0 (STREAMINFO) for the first block, found " + type);
        }
        if (length != 34) {
            throw new AudioFileException(file, "STREAMINFO.length", "expected 34 bytes, found " + length);
        }
        // bytes 18..25 of the file: 20 bits rate, 3 bits channels-1, 5 bits bps-1, 36 bits total samples
        long packed = b.getLong(18);
        int rate = (int) (packed >>> 44);
        int channels = (int) ((packed >>> 41) & 0x7) + 1;
        int bits = (int) ((packed >>> 36) & 0x1F) + 1;
        long total = packed & 0xFFFFFFFFFL;
        if (rate == 0) {
            throw new AudioFileException(file, "STREAMINFO.sampleRate", "expected a positive rate in Hz, found 0");
        }
        if (bits < 4) {
            throw new AudioFileException(file, "STREAMINFO.bitsPerSample", "expected 4..32 bits, found " + bits);
        }
        byte[] md5 = new byte[16];
        b.get(26, md5);
        return new StreamInfo(rate, channels, bits, total, md5);
    }

    /** Decodes the whole file. */
    static AudioBuffer read(Path file, FileChannel ch) throws IOException {
        StreamInfo si = readStreamInfo(file, ch);
        if (si.totalFrames() > Integer.MAX_VALUE) {
            throw new AudioFileException(file, "STREAMINFO.totalSamples", "expected at most " + Integer.MAX_VALUE
                    + " frames for an in-memory buffer, found " + si.totalFrames());
        }
        int channels = si.channels();
        int bits = si.bitsPerSample();
        float scale = (float) (1.0 / (1L << (bits - 1)));
        int capacity = si.totalFrames() > 0 ? (int) si.totalFrames() : 1 << 16;
        float[][] out = new float[channels][capacity];
        int frames = 0;
        MessageDigest md5 = md5();
        int bytesPerSample = (bits + 7) / 8;
        byte[] md5Block = new byte[0];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.skipNBytes(streamOffset(ch));
            FLACDecoder dec = new FLACDecoder(in);
            dec.readMetadata();
            Frame f;
            while ((f = dec.readNextFrame()) != null) {
                int n = f.header.blockSize;
                if (f.header.channels != channels) {
                    throw new AudioFileException(file, "frame " + f.header.frameNumber + ".channels",
                            "expected " + channels + " channels as in STREAMINFO, found " + f.header.channels);
                }
                if (f.header.bitsPerSample != bits) {
                    throw new AudioFileException(file, "frame " + f.header.frameNumber + ".bitsPerSample",
                            "expected " + bits + " as in STREAMINFO, found " + f.header.bitsPerSample);
                }
                if ((long) frames + n > Integer.MAX_VALUE) {
                    throw new AudioFileException(file, "frames", "expected at most " + Integer.MAX_VALUE + " frames");
                }
                if (frames + n > out[0].length) {
                    if (si.totalFrames() > 0) {
                        throw new AudioFileException(file, "STREAMINFO.totalSamples", "expected "
                                + si.totalFrames() + " frames, the stream holds more");
                    }
                    int grown = (int) Math.min(Integer.MAX_VALUE, Math.max(frames + (long) n, 2L * out[0].length));
                    for (int c = 0; c < channels; c++) {
                        out[c] = Arrays.copyOf(out[c], grown);
                    }
                }
                ChannelData[] data = dec.getChannelData();
                if (md5Block.length < n * channels * bytesPerSample) {
                    md5Block = new byte[n * channels * bytesPerSample];
                }
                int k = 0;
                for (int i = 0; i < n; i++) {
                    for (int c = 0; c < channels; c++) {
                        int v = data[c].getOutput()[i];
                        out[c][frames + i] = v * scale;
                        for (int b = 0; b < bytesPerSample; b++) {
                            md5Block[k++] = (byte) (v >> (8 * b));
                        }
                    }
                }
                md5.update(md5Block, 0, k);
                frames += n;
            }
            if (dec.getBadFrames() > 0) {
                throw new AudioFileException(file, "frame", "expected frames with valid CRCs, found "
                        + dec.getBadFrames() + " corrupt frame(s)");
            }
        } catch (AudioFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new AudioFileException(file, "frame", "expected a decodable FLAC frame after " + frames
                    + " decoded frames, decoder failed: " + e, e);
        }
        if (si.totalFrames() > 0 && frames != si.totalFrames()) {
            throw new AudioFileException(file, "STREAMINFO.totalSamples", "expected " + si.totalFrames()
                    + " frames, decoded " + frames + " (truncated or corrupt file)");
        }
        if (si.hasMd5() && !Arrays.equals(md5.digest(), si.md5())) {
            throw new AudioFileException(file, "STREAMINFO.md5", "expected the decoded samples to match the MD5 signature (corrupt file)");
        }
        if (frames < out[0].length) {
            for (int c = 0; c < channels; c++) {
                out[c] = Arrays.copyOf(out[c], frames);
            }
        }
        return new AudioBuffer(out, si.sampleRateHz());
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java platform", e);
        }
    }
}
