package dev.earshot.audio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FLAC files encoded by ffmpeg and sox decode to exactly the PCM they were made from. */
class FlacReaderTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"flac16_stereo.flac, 2, 44100, 500", "flac24_mono.flac, 1, 48000, 5000", "flac8_3ch_sox.flac, 3, 16000, 3000"})
    void decodesLosslesslyToSourcePcm(String name, int channels, int rateHz, int frames) throws IOException {
        AudioBuffer a = AudioFiles.read(Fixtures.codec(name));
        assertEquals(channels, a.channels());
        assertEquals(rateHz, a.sampleRateHz());
        assertEquals(frames, a.frames());
        float[][] expected = Fixtures.expected(name);
        for (int c = 0; c < channels; c++) {
            assertArrayEquals(expected[c], a.channel(c), "channel " + c);
        }
    }

    private static byte[] withId3Tag(byte[] body) {
        byte[] tag = new byte[10 + 150];
        tag[0] = 'I';
        tag[1] = 'D';
        tag[2] = '3';
        tag[3] = 4;
        tag[8] = 1;   // syncsafe size 150 = 1 << 7 | 22
        tag[9] = 22;
        byte[] out = Arrays.copyOf(tag, tag.length + body.length);
        System.arraycopy(body, 0, out, tag.length, body.length);
        return out;
    }

    @Test
    void leadingId3TagIsSkipped() throws IOException {
        Path f = Fixtures.write(tmp, "tagged.flac", withId3Tag(Fixtures.bytes("flac16_stereo.flac")));
        assertEquals(AudioCodec.FLAC, AudioFiles.detect(f));
        assertEquals(500, AudioFiles.info(f).frames());
        AudioBuffer a = AudioFiles.read(f);
        assertArrayEquals(Fixtures.expected("flac16_stereo.flac")[1], a.channel(1));
    }

    @Test
    void id3TagBeforeSomethingElseIsRejected() throws IOException {
        Path f = Fixtures.write(tmp, "song.mp3", withId3Tag(new byte[] {(byte) 0xFF, (byte) 0xFB, 0x10, 0}));
        AudioFileException e = assertThrows(AudioFileException.class, () -> AudioFiles.read(f));
        assertEquals("magic", e.field());
        assertTrue(e.getMessage().contains("expected 'fLaC' after the ID3v2 tag at byte 160"), e.getMessage());
    }

    @Test
    void infoReadsStreamInfo() throws IOException {
        assertEquals(new AudioFileInfo(AudioCodec.FLAC, "PCM_S24", 1, 48000, 5000, 24),
                AudioFiles.info(Fixtures.codec("flac24_mono.flac")));
    }

    @Test
    void fileTruncatedInsideTheLastFrameIsRejected() throws IOException {
        byte[] b = Fixtures.bytes("flac24_mono.flac");
        Path f = Fixtures.write(tmp, "cut.flac", Arrays.copyOf(b, b.length - 3));
        AudioFileException e = assertThrows(AudioFileException.class, () -> AudioFiles.read(f));
        assertEquals(f, e.file());
        assertEquals("STREAMINFO.totalSamples", e.field());
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("expected 5000 frames"), e.getMessage());
    }

    @Test
    void fileTruncatedInsideTheMetadataIsRejected() throws IOException {
        byte[] b = Fixtures.bytes("flac24_mono.flac");
        Path f = Fixtures.write(tmp, "cutmeta.flac", Arrays.copyOf(b, 60));
        AudioFileException e = assertThrows(AudioFileException.class, () -> AudioFiles.read(f));
        assertEquals("frame", e.field());
    }

    @Test
    void corruptedAudioFailsTheMd5Check() throws IOException {
        byte[] b = Fixtures.bytes("flac24_mono.flac");
        b[b.length - 200] ^= 0x5A;
        Path f = Fixtures.write(tmp, "bitflip.flac", b);
        AudioFileException e = assertThrows(AudioFileException.class, () -> AudioFiles.read(f));
        assertEquals("STREAMINFO.md5", e.field());
        assertTrue(e.getMessage().contains("bitflip.flac"), e.getMessage());
    }

    @Test
    void streamInfoWithZeroRateIsRejected() throws IOException {
        byte[] b = Fixtures.bytes("flac16_stereo.flac");
        // sample rate: the 20 bits starting at byte 18
        b[18] = 0;
        b[19] = 0;
        b[20] = (byte) (b[20] & 0x0F);
        Path f = Fixtures.write(tmp, "rate0.flac", b);
        AudioFileException e = assertThrows(AudioFileException.class, () -> AudioFiles.info(f));
        assertEquals("STREAMINFO.sampleRate", e.field());
    }

    @Test
    void headerOnlyFileIsRejected() throws IOException {
        byte[] b = Fixtures.bytes("flac16_stereo.flac");
        Path f = Fixtures.write(tmp, "short.flac", Arrays.copyOf(b, 20));
        AudioFileException e = assertThrows(AudioFileException.class, () -> AudioFiles.read(f));
        assertEquals("STREAMINFO", e.field());
    }
}
