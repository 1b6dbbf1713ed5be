package dev.earshot.audio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codec choice by content, and the errors for content that is no audio file. */
class AudioFilesTest {
    @TempDir
    Path tmp;

    @Test
    void codecIsChosenByMagicBytesNotExtension() throws IOException {
        Path flacNamedWav = Fixtures.write(tmp, "really_flac.wav", Fixtures.bytes("flac16_stereo.flac"));
        Path wavNamedOgg = Fixtures.write(tmp, "really_wav.ogg", Fixtures.bytes("pcm16_stereo.wav"));
        Path oggNamedFlac = Fixtures.write(tmp, "really_ogg.flac", Fixtures.bytes("vorbis_stereo.ogg"));
        assertEquals(AudioCodec.FLAC, AudioFiles.detect(flacNamedWav));
        assertEquals(AudioCodec.WAV, AudioFiles.detect(wavNamedOgg));
        assertEquals(AudioCodec.OGG_VORBIS, AudioFiles.detect(oggNamedFlac));
        AudioBuffer flac = AudioFiles.read(flacNamedWav);
        AudioBuffer wav = AudioFiles.read(wavNamedOgg);
        assertArrayEquals(wav.channel(1), flac.channel(1));
    }

    @Test
    void unknownContentIsRejectedNamingTheMagic() throws IOException {
        Path f = Fixtures.write(tmp, "text.wav", "MThd\u0000\u0000\u0000\u0006 midi".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        AudioFileException e = assertThrows(AudioFileException.class, () -> AudioFiles.read(f));
        assertEquals("magic", e.field());
        assertTrue(e.getMessage().contains("expected 'RIFF'/'RF64' (WAV), 'fLaC' (FLAC) or 'OggS' (Ogg Vorbis), found 'MThd'"),
                e.getMessage());
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        Path f = Fixtures.write(tmp, "empty.wav", new byte[0]);
        AudioFileException e = assertThrows(AudioFileException.class, () -> AudioFiles.info(f));
        assertEquals("magic", e.field());
        assertTrue(e.getMessage().contains("the file has 0"), e.getMessage());
    }

    @Test
    void missingFileIsAnIoException() {
        Path f = tmp.resolve("absent.wav");
        IOException e = assertThrows(IOException.class, () -> AudioFiles.read(f));
        assertTrue(Files.notExists(f), e.toString());
    }

    @Test
    void summaryDescribesTheFile() throws IOException {
        assertEquals("WAV PCM_S16, 2 ch, 44100 Hz, 500 frames (0.011 s)",
                AudioFiles.info(Fixtures.codec("pcm16_stereo.wav")).summary());
    }
}
