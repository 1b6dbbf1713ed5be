package dev.earshot.data.bank.build;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFileException;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.audio.io.WavEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SourceAudioTest {

    @Test
    void readsBigEndianStereoAiffAsWrittenByTheJdk(@TempDir Path dir) throws Exception {
        short[] left = {0, 16384, -32768, 32767, -1};
        short[] right = {100, -100, 2000, -2000, 0};
        byte[] be = new byte[left.length * 4];
        for (int i = 0; i < left.length; i++) {
            be[4 * i] = (byte) (left[i] >> 8);
            be[4 * i + 1] = (byte) left[i];
            be[4 * i + 2] = (byte) (right[i] >> 8);
            be[4 * i + 3] = (byte) right[i];
        }
        AudioFormat fmt = new AudioFormat(22050f, 16, 2, true, true);
        Path f = dir.resolve("x.aiff");
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(be), fmt, left.length),
                AudioFileFormat.Type.AIFF, f.toFile());
        AudioBuffer a = SourceAudio.read(f);
        assertEquals(22050, a.sampleRateHz());
        float[] l = new float[left.length];
        float[] r = new float[right.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = left[i] / 32768f;
            r[i] = right[i] / 32768f;
        }
        assertArrayEquals(l, a.channel(0));
        assertArrayEquals(r, a.channel(1));
    }

    @Test
    void otherFormatsGoThroughAudioFiles(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.wav");
        AudioFiles.writeWav(f, AudioBuffer.mono(new float[] {0.25f, -0.5f}, 8000), WavEncoding.FLOAT32);
        assertArrayEquals(new float[] {0.25f, -0.5f}, SourceAudio.read(f).channel(0));
    }

    @Test
    void garbageNamesTheFile(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("bad.aiff"), "FORMxxxxAIFFnonsense");
        AudioFileException e = assertThrows(AudioFileException.class, () -> SourceAudio.read(f));
        assertEquals(f, e.file());
    }
}
