package dev.earshot.audio.io;

import com.jcraft.jogg.Packet;
import com.jcraft.jogg.Page;
import com.jcraft.jogg.StreamState;
import com.jcraft.jogg.SyncState;
import com.jcraft.jorbis.Block;
import com.jcraft.jorbis.Comment;
import com.jcraft.jorbis.DspState;
import com.jcraft.jorbis.Info;
import dev.earshot.audio.AudioBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the first logical Vorbis stream of an Ogg file with JOrbis, as floats (no intermediate 16-bit
 * quantisation). Pages with a bad capture pattern or CRC, a stream that ends without its end-of-stream
 * page, and non-Vorbis streams (Opus, FLAC-in-Ogg) raise {@link AudioFileException}. The output is
 * trimmed to the final granule position, as the Vorbis specification requires.
 * Package-private; use {@link AudioFiles}.
 */
final class OggVorbisReader {
    private static final int CHUNK = 8192;

    private OggVorbisReader() {
    }

    /** Reads the identification header and the last granule position (frame count). */
    static AudioFileInfo info(Path file, FileChannel ch) throws IOException {
        Decoded d = decode(file, ch, true);
        long frames = lastGranule(ch, d.serial);
        return new AudioFileInfo(AudioCodec.OGG_VORBIS, "VORBIS", d.info.channels, d.info.rate, frames, 0);
    }

    /** Decodes the whole stream. */
    static AudioBuffer read(Path file, FileChannel ch) throws IOException {
        Decoded d = decode(file, ch, false);
        return new AudioBuffer(d.samples, d.info.rate);
    }

    private record Decoded(Info info, int serial, float[][] samples) {
    }

    private static Decoded decode(Path file, FileChannel ch, boolean headersOnly) throws IOException {
        ch.position(0);
        InputStream in = Channels.newInputStream(ch);
        SyncState oy = new SyncState();
        StreamState os = new StreamState();
        Page og = new Page();
        Packet op = new Packet();
        Info vi = new Info();
        Comment vc = new Comment();
        oy.init();
        long consumed = 0;

        consumed += feed(oy, in);
        if (oy.pageout(og) != 1) {
            throw new AudioFileException(file, "Ogg page 0", "expected an Ogg page with a valid capture pattern and CRC at byte 0");
        }
        int serial = og.serialno();
        os.init(serial);
        vi.init();
        vc.init();
        if (os.pagein(og) < 0 || os.packetout(op) != 1 || vi.synthesis_headerin(vc, op) < 0) {
            throw new AudioFileException(file, "Vorbis identification header",
                    "expected a Vorbis stream (Opus, Speex and FLAC in Ogg are not supported)");
        }
        int headers = 1;
        while (headers < 3) {
            int r = oy.pageout(og);
            if (r == 0) {
                int n = feed(oy, in);
                if (n <= 0) {
                    throw new AudioFileException(file, "Vorbis header " + headers,
                            "expected 3 Vorbis header packets, the file ends after " + headers + " (truncated)");
                }
                consumed += n;
                continue;
            }
            if (r < 0) {
                throw new AudioFileException(file, "Ogg page", "expected a valid page in the Vorbis headers near byte " + consumed + " (bad capture pattern or CRC)");
            }
            if (og.serialno() != serial) {
                continue; // a multiplexed stream: only the first logical stream is read
            }
            os.pagein(og);
            while (headers < 3) {
                int p = os.packetout(op);
                if (p == 0) {
                    break;
                }
                if (p < 0 || vi.synthesis_headerin(vc, op) < 0) {
                    throw new AudioFileException(file, "Vorbis header " + headers, "expected a valid Vorbis "
                            + (headers == 1 ? "comment" : "setup") + " header (corrupt file)");
                }
                headers++;
            }
        }
        if (vi.channels < 1 || vi.rate <= 0) {
            throw new AudioFileException(file, "Vorbis identification header", "expected >= 1 channel and a positive rate, found "
                    + vi.channels + " channels at " + vi.rate + " Hz");
        }
        if (headersOnly) {
            return new Decoded(vi, serial, null);
        }

        DspState vd = new DspState();
        Block vb = new Block(vd);
        vd.synthesis_init(vi);
        vb.init(vd);
        int channels = vi.channels;
        float[][] out = new float[channels][1 << 16];
        int frames = 0;
        float[][][] pcmRef = new float[1][][];
        int[] index = new int[channels];
        long lastGranule = -1;
        boolean eos = false;
        while (!eos) {
            int r = oy.pageout(og);
            if (r == 0) {
                int n = feed(oy, in);
                if (n <= 0) {
                    throw new AudioFileException(file, "Ogg page", "expected an end-of-stream page, the file ends at byte "
                            + consumed + " after " + frames + " decoded frames (truncated)");
                }
                consumed += n;
                continue;
            }
            if (r < 0) {
                throw new AudioFileException(file, "Ogg page", "expected a valid page near byte " + consumed
                        + " (bad capture pattern or CRC: corrupt or truncated data)");
            }
            if (og.serialno() != serial) {
                continue;
            }
            if (os.pagein(og) < 0) {
                throw new AudioFileException(file, "Ogg page", "expected a page of stream " + serial + " in sequence near byte " + consumed);
            }
            while (true) {
                int p = os.packetout(op);
                if (p == 0) {
                    break;
                }
                if (p < 0) {
                    throw new AudioFileException(file, "Ogg packet", "expected contiguous packets, found a gap near byte " + consumed);
                }
                if (vb.synthesis(op) == 0) {
                    vd.synthesis_blockin(vb);
                }
                int n;
                while ((n = vd.synthesis_pcmout(pcmRef, index)) > 0) {
                    if (frames + n > out[0].length) {
                        int grown = (int) Math.min(Integer.MAX_VALUE, Math.max(frames + (long) n, 2L * out[0].length));
                        if (grown < frames + n) {
                            throw new AudioFileException(file, "frames", "expected at most " + Integer.MAX_VALUE + " frames");
                        }
                        for (int c = 0; c < channels; c++) {
                            out[c] = Arrays.copyOf(out[c], grown);
                        }
                    }
                    float[][] pcm = pcmRef[0];
                    for (int c = 0; c < channels; c++) {
                        System.arraycopy(pcm[c], index[c], out[c], frames, n);
                    }
                    frames += n;
                    vd.synthesis_read(n);
                }
            }
            if (og.granulepos() >= 0) {
                lastGranule = og.granulepos();
            }
            eos = og.eos() != 0;
        }
        int length = frames;
        if (lastGranule >= 0 && lastGranule < frames) {
            length = (int) lastGranule; // end trimming of the final partial block
        }
        for (int c = 0; c < channels; c++) {
            out[c] = Arrays.copyOf(out[c], length);
        }
        return new Decoded(vi, serial, out);
    }

    private static int feed(SyncState oy, InputStream in) throws IOException {
        int at = oy.buffer(CHUNK);
        int n = in.read(oy.data, at, CHUNK);
        if (n > 0) {
            oy.wrote(n);
        }
        return n;
    }

    /**
     * The granule position of the last page of the given logical stream in the last 64 KiB of the
     * file (its total frames), or -1 if none is found there.
     */
    private static long lastGranule(FileChannel ch, int serial) throws IOException {
        long size = ch.size();
        int span = (int) Math.min(size, 1 << 16);
        ByteBuffer tail = ByteBuffer.allocate(span).order(ByteOrder.LITTLE_ENDIAN);
        long pos = size - span;
        while (tail.hasRemaining()) {
            int r = ch.read(tail, pos + tail.position());
            if (r < 0) {
                break;
            }
        }
        for (int i = tail.position() - 27; i >= 0; i--) {
            if (tail.get(i) == 'O' && tail.get(i + 1) == 'g' && tail.get(i + 2) == 'g' && tail.get(i + 3) == 'S'
                    && tail.get(i + 4) == 0 && tail.getInt(i + 14) == serial) {
                return tail.getLong(i + 6);
            }
        }
        return -1;
    }
}
