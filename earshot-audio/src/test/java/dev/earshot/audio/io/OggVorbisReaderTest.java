package dev.earshot.audio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ogg Vorbis (lossy) decodes close to the float source signal ffmpeg/libvorbis encoded. */
class OggVorbisReaderTest {
    @TempDir
    Path tmp;

    @Test
    void decodesCloseToSourceSignal() throws IOException {
        AudioBuffer a = AudioFiles.read(Fixtures.codec("vorbis_stereo.ogg"));
        float[][] src = Fixtures.expected("vorbis_stereo.ogg");
        assertEquals(2, a.channels());
        assertEquals(44100, a.sampleRateHz());
        assertEquals(src[0].length, a.frames());
        for (int c = 0; c < 2; c++) {
            double num = 0;
            double err = 0;
            double sx = 0;
            double sy = 0;
            double sxy = 0;
            for (int i = 0; i < src[c].length; i++) {
                double x = src[c][i];
                double y = a.channel(c)[i];
                num += x * x;
                err += (x - y) * (x - y);
                sx += x * x;
                sy += y * y;
                sxy += x * y;
            }
            double snrDb = 10 * Math.log10(num / err);
            double corr = sxy / Math.sqrt(sx * sy);
            System.out.printf("vorbis channel %d: SNR %.1f dB, correlation %.6f%n", c, snrDb, corr);
            assertTrue(snrDb > 25, "SNR " + snrDb + " dB on channel " + c);
            assertTrue(corr > 0.999, "correlation " + corr + " on channel " + c);
        }
    }

    @Test
    void infoReadsIdentificationHeaderAndLastGranule() throws IOException {
        assertEquals(new AudioFileInfo(AudioCodec.OGG_VORBIS, "VORBIS", 2, 44100, 16384, 0),
                AudioFiles.info(Fixtures.codec("vorbis_stereo.ogg")));
    }

    @Test
    void fileTruncatedInTheAudioIsRejected() throws IOException {
        byte[] b = Fixtures.bytes("vorbis_stereo.ogg");
        Path f = Fixtures.write(tmp, "cut.ogg", Arrays.copyOf(b, b.length - 300));
        AudioFileException e = assertThrows(AudioFileException.class, () -> AudioFiles.read(f));
        assertEquals("Ogg page", e.field());
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("expected an end-of-stream page"), e.getMessage());
    }

    @Test
    void fileTruncatedInTheHeadersIsRejected() throws IOException {
        byte[] b = Fixtures.bytes("vorbis_stereo.ogg");
        Path f = Fixtures.write(tmp, "cuthead.ogg", Arrays.copyOf(b, 3000));
        AudioFileException e = assertThrows(AudioFileException.class, () -> AudioFiles.read(f));
        assertEquals("Vorbis header 1", e.field());
        assertTrue(e.getMessage().contains("expected 3 Vorbis header packets"), e.getMessage());
    }

    @Test
    void corruptedPageFailsCrcCheck() throws IOException {
        byte[] b = Fixtures.bytes("vorbis_stereo.ogg");
        b[b.length - 500] ^= 0x21;
        Path f = Fixtures.write(tmp, "bitflip.ogg", b);
        AudioFileException e = assertThrows(AudioFileException.class, () -> AudioFiles.read(f));
        assertEquals("Ogg page", e.field());
    }

    @Test
    void corruptedFirstPageFailsCrcCheck() throws IOException {
        byte[] b = Fixtures.bytes("vorbis_stereo.ogg");
        b[29] ^= 0x01; // inside the identification packet: only the page CRC can notice
        Path f = Fixtures.write(tmp, "badcrc0.ogg", b);
        AudioFileException e = assertThrows(AudioFileException.class, () -> AudioFiles.read(f));
        assertEquals("Ogg page 0", e.field());
    }

    @Test
    void opusInOggIsRejectedAsNotVorbis() {
        Path f = Fixtures.codec("opus_mono.ogg");
        AudioFileException e = assertThrows(AudioFileException.class, () -> AudioFiles.read(f));
        assertEquals("Vorbis identification header", e.field());
        assertTrue(e.getMessage().contains("expected a Vorbis stream"), e.getMessage());
        assertThrows(AudioFileException.class, () -> AudioFiles.info(f));
    }
}
