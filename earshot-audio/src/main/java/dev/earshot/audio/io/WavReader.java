package dev.earshot.audio.io;

import dev.earshot.audio.AudioBuffer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads RIFF/RF64 WAVE files: PCM 8 (unsigned)/16/24/32-bit, IEEE float 32/64, plain or
 * WAVE_FORMAT_EXTENSIBLE, any channel count. Chunks other than fmt, data and ds64 are skipped (with
 * their pad byte when the size is odd). Package-private; use {@link AudioFiles}.
 */
final class WavReader {
    static final int TAG_PCM = 1;
    static final int TAG_FLOAT = 3;
    static final int TAG_EXTENSIBLE = 0xFFFE;
    /** Bytes 2..15 of the KSDATAFORMAT_SUBTYPE GUIDs for PCM and IEEE float. */
    static final byte[] GUID_TAIL = {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71};
    private static final int BLOCK_BYTES = 1 << 16;

    private WavReader() {
    }

    /** Parses the header chunks (everything but the samples). */
    static WavFormat readFormat(Path file, FileChannel ch) throws IOException {
        long fileSize = ch.size();
        ByteBuffer riff = readExact(file, ch, 0, 12, "RIFF header");
        String id = fourCc(riff, 0);
        boolean rf64 = id.equals("RF64") || id.equals("BW64");
        if (!rf64 && !id.equals("RIFF")) {
            throw new AudioFileException(file, "RIFF.id", "expected 'RIFF', 'RF64' or 'BW64', found '" + printable(id) + "'");
        }
        String form = fourCc(riff, 8);
        if (!form.equals("WAVE")) {
            throw new AudioFileException(file, "RIFF.format", "expected 'WAVE', found '" + printable(form) + "'");
        }
        long ds64DataBytes = -1;
        FmtChunk fmt = null;
        long dataOffset = -1;
        long dataBytes = -1;
        long pos = 12;
        boolean first = true;
        while (pos + 8 <= fileSize && (fmt == null || dataOffset < 0)) {
            ByteBuffer h = readExact(file, ch, pos, 8, "chunk header at byte " + pos);
            String cid = fourCc(h, 0);
            long size = Integer.toUnsignedLong(h.getInt(4));
            long body = pos + 8;
            if (rf64 && first && !cid.equals("ds64")) {
                throw new AudioFileException(file, "ds64", "expected a 'ds64' chunk first in an RF64 file, found '" + printable(cid) + "'");
            }
            first = false;
            switch (cid) {
                case "ds64" -> {
                    if (size < 24) {
                        throw new AudioFileException(file, "ds64.size", "expected at least 24 bytes, found " + size);
                    }
                    checkInFile(file, "ds64.size", body, size, fileSize);
                    ByteBuffer d = readExact(file, ch, body, 24, "ds64");
                    ds64DataBytes = d.getLong(8);
                    if (ds64DataBytes < 0) {
                        throw new AudioFileException(file, "ds64.dataSize", "expected a size below 2^63 bytes, found " + Long.toUnsignedString(ds64DataBytes));
                    }
                }
                case "fmt " -> {
                    if (size < 16) {
                        throw new AudioFileException(file, "fmt.size", "expected at least 16 bytes, found " + size);
                    }
                    checkInFile(file, "fmt.size", body, size, fileSize);
                    fmt = parseFmt(file, readExact(file, ch, body, (int) Math.min(size, 64), "fmt"), size);
                }
                case "data" -> {
                    if (rf64 && size == 0xFFFFFFFFL) {
                        if (ds64DataBytes < 0) {
                            throw new AudioFileException(file, "ds64", "expected a ds64 chunk giving the data size of an RF64 file");
                        }
                        size = ds64DataBytes;
                    }
                    checkInFile(file, "data.size", body, size, fileSize);
                    dataOffset = body;
                    dataBytes = size;
                }
                default -> checkInFile(file, "chunk '" + printable(cid) + "'.size", body, size, fileSize);
            }
            pos = body + size + (size & 1);
        }
        if (fmt == null) {
            throw new AudioFileException(file, "fmt", "expected a 'fmt ' chunk, none found in " + fileSize + " bytes");
        }
        if (dataOffset < 0) {
            throw new AudioFileException(file, "data", "expected a 'data' chunk, none found in " + fileSize + " bytes");
        }
        if (dataBytes % fmt.blockAlign != 0) {
            throw new AudioFileException(file, "data.size", "expected a multiple of blockAlign " + fmt.blockAlign
                    + " bytes, found " + dataBytes + " (truncated frame)");
        }
        return new WavFormat(fmt.format, fmt.channels, fmt.sampleRateHz, fmt.blockAlign, fmt.extensible, rf64, dataOffset, dataBytes);
    }

    /** Reads the whole file into a buffer. */
    static AudioBuffer read(Path file, FileChannel ch) throws IOException {
        WavFormat f = readFormat(file, ch);
        long frames = f.frames();
        if (frames > Integer.MAX_VALUE) {
            throw new AudioFileException(file, "data.size", "expected at most " + Integer.MAX_VALUE
                    + " frames per channel for an in-memory buffer, found " + frames);
        }
        float[][] out = new float[f.channels()][(int) frames];
        int framesPerBlock = Math.max(1, BLOCK_BYTES / f.blockAlign());
        ByteBuffer buf = ByteBuffer.allocate(framesPerBlock * f.blockAlign()).order(ByteOrder.LITTLE_ENDIAN);
        long pos = f.dataOffset();
        int done = 0;
        while (done < frames) {
            int n = (int) Math.min(framesPerBlock, frames - done);
            buf.clear().limit(n * f.blockAlign());
            fill(file, ch, buf, pos, "data");
            buf.flip();
            WavSamples.decode(buf, f.sampleFormat(), out, done, n);
            done += n;
            pos += (long) n * f.blockAlign();
        }
        return new AudioBuffer(out, f.sampleRateHz());
    }

    private record FmtChunk(WavSampleFormat format, int channels, int sampleRateHz, int blockAlign, boolean extensible) {
    }

    private static FmtChunk parseFmt(Path file, ByteBuffer b, long size) throws AudioFileException {
        int tag = b.getShort(0) & 0xFFFF;
        int channels = b.getShort(2) & 0xFFFF;
        long rate = Integer.toUnsignedLong(b.getInt(4));
        int blockAlign = b.getShort(12) & 0xFFFF;
        int bits = b.getShort(14) & 0xFFFF;
        if (channels == 0) {
            throw new AudioFileException(file, "fmt.channels", "expected at least 1 channel, found 0");
        }
        if (rate == 0 || rate > Integer.MAX_VALUE) {
            throw new AudioFileException(file, "fmt.sampleRate", "expected a rate in 1.." + Integer.MAX_VALUE + " Hz, found " + rate);
        }
        boolean extensible = tag == TAG_EXTENSIBLE;
        int kind = tag;
        if (extensible) {
            if (size < 40) {
                throw new AudioFileException(file, "fmt.size", "expected at least 40 bytes for WAVE_FORMAT_EXTENSIBLE, found " + size);
            }
            int cbSize = b.getShort(16) & 0xFFFF;
            if (cbSize < 22) {
                throw new AudioFileException(file, "fmt.cbSize", "expected at least 22 for WAVE_FORMAT_EXTENSIBLE, found " + cbSize);
            }
            int validBits = b.getShort(18) & 0xFFFF;
            if (validBits > bits) {
                throw new AudioFileException(file, "fmt.validBitsPerSample", "expected at most bitsPerSample " + bits + ", found " + validBits);
            }
            byte[] tail = new byte[14];
            b.get(26, tail);
            int sub = b.getShort(24) & 0xFFFF;
            if (!Arrays.equals(tail, GUID_TAIL) || (sub != TAG_PCM && sub != TAG_FLOAT)) {
                throw new AudioFileException(file, "fmt.subFormat", "expected the KSDATAFORMAT_SUBTYPE_PCM or _IEEE_FLOAT GUID, found " + guid(b, 24));
            }
            kind = sub;
        }
        WavSampleFormat fmt;
        if (kind == TAG_PCM) {
            fmt = switch (bits) {
                case 8 -> WavSampleFormat.PCM_U8;
                case 16 -> WavSampleFormat.PCM_S16;
                case 24 -> WavSampleFormat.PCM_S24;
                case 32 -> WavSampleFormat.PCM_S32;
                default -> throw new AudioFileException(file, "fmt.bitsPerSample", "expected 8, 16, 24 or 32 for integer PCM, found " + bits);
            };
        } else if (kind == TAG_FLOAT) {
            fmt = switch (bits) {
                case 32 -> WavSampleFormat.FLOAT32;
                case 64 -> WavSampleFormat.FLOAT64;
                default -> throw new AudioFileException(file, "fmt.bitsPerSample", "expected 32 or 64 for IEEE float, found " + bits);
            };
        } else {
            throw new AudioFileException(file, "fmt.formatTag", String.format(
                    "expected 1 (PCM), 3 (IEEE float) or 0xFFFE (extensible), found %d (0x%04X)", tag, tag));
        }
        int expectedAlign = channels * fmt.bytes();
        if (blockAlign != expectedAlign) {
            throw new AudioFileException(file, "fmt.blockAlign", "expected channels x bytesPerSample = " + expectedAlign + ", found " + blockAlign);
        }
        return new FmtChunk(fmt, channels, (int) rate, blockAlign, extensible);
    }

    private static void checkInFile(Path file, String field, long body, long size, long fileSize) throws AudioFileException {
        if (body + size > fileSize) {
            throw new AudioFileException(file, field, "expected at most " + Math.max(0, fileSize - body)
                    + " bytes (the rest of the file after byte " + body + "), found " + size + " (truncated file?)");
        }
    }

    static ByteBuffer readExact(Path file, FileChannel ch, long pos, int n, String field) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        fill(file, ch, b, pos, field);
        return b.flip();
    }

    private static void fill(Path file, FileChannel ch, ByteBuffer b, long pos, String field) throws IOException {
        long p = pos;
        while (b.hasRemaining()) {
            int r = ch.read(b, p);
            if (r < 0) {
                throw new AudioFileException(file, field, "expected " + b.limit() + " bytes at byte " + pos
                        + ", file ends at byte " + p + " (truncated)");
            }
            p += r;
        }
    }

    private static String fourCc(ByteBuffer b, int at) {
        byte[] id = new byte[4];
        b.get(at, id);
        return new String(id, StandardCharsets.ISO_8859_1);
    }

    private static String guid(ByteBuffer b, int at) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            s.append(String.format("%02X", b.get(at + i)));
        }
        return s.toString();
    }

    static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\x%02X", (int) c));
        }
        return out.toString();
    }
}
