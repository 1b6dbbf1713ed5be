package dev.earshot.audio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Region writing against the one-shot writer {@link AudioFiles#writeWav}: the same audio written as
 * regions, from several threads and in any order, must give a byte-identical file.
 */
class WavRegionWriterTest {
    @TempDir
    Path tmp;

    private static AudioBuffer audio(int channels, int frames) {
        float[][] x = new float[channels][frames];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < frames; i++) {
                x[c][i] = (float) Math.sin(0.01 * i * (c + 1)) * 0.9f;
            }
        }
        return new AudioBuffer(x, 44100);
    }

    /** Writes frames [from, to) of a through one region, in blocks of 1000. */
    private static void writeRange(WavRegionWriter w, AudioBuffer a, int from, int to) throws IOException {
        try (WavRegionWriter.Region r = w.region(from)) {
            for (int i = from; i < to; i += 1000) {
                r.write(a.samples(), i, Math.min(1000, to - i));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(WavEncoding.class)
    void regionsFromTwoThreadsGiveTheSameBytesAsTheOneShotWriter(WavEncoding enc) throws Exception {
        for (int channels : new int[] {1, 2, 3}) {
            AudioBuffer a = audio(channels, 300_001); // odd: pcm24 mono needs the pad byte
            Path expected = tmp.resolve("expected.wav");
            AudioFiles.writeWav(expected, a, enc);
            Path out = tmp.resolve("regions.wav");
            WavRegionWriter w = WavRegionWriter.open(out, channels, 44100, enc, a.frames());
            Thread t = new Thread(() -> {
                try {
                    writeRange(w, a, 170_000, a.frames());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            t.start();
            writeRange(w, a, 0, 170_000);
            t.join();
            w.close();
            assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(out), enc + " " + channels + " ch");
        }
    }

    @Test
    void fileLargerThanTheWriteBackStepHasTheOneShotWritersBytes() throws Exception {
        // 36 MB of samples: background write-backs start while both regions are still writing
        AudioBuffer a = audio(2, 4_500_001);
        Path expected = tmp.resolve("expected.wav");
        AudioFiles.writeWav(expected, a, WavEncoding.FLOAT32);
        Path out = tmp.resolve("regions.wav");
        WavRegionWriter w = WavRegionWriter.open(out, 2, 44100, WavEncoding.FLOAT32, a.frames());
        Thread t = new Thread(() -> {
            try {
                writeRange(w, a, 2_000_000, a.frames());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        t.start();
        writeRange(w, a, 0, 2_000_000);
        t.join();
        w.close();
        assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(out));
    }

    @Test
    void missingFramesFailTheCommitAndLeaveNoFile() throws IOException {
        AudioBuffer a = audio(2, 5000);
        Path out = tmp.resolve("gap.wav");
        WavRegionWriter w = WavRegionWriter.open(out, 2, 44100, WavEncoding.FLOAT32, a.frames());
        writeRange(w, a, 0, 2000);
        writeRange(w, a, 3000, 5000);
        AudioFileException e = assertThrows(AudioFileException.class, w::close);
        assertTrue(e.getMessage().contains("4000"), e.getMessage());
        assertFalse(Files.exists(out));
        try (var s = Files.list(tmp)) {
            assertTrue(s.findAny().isEmpty(), "temporary file removed");
        }
    }

    @Test
    void unclosedRegionFailsTheCommit() throws IOException {
        AudioBuffer a = audio(1, 100);
        Path out = tmp.resolve("open.wav");
        WavRegionWriter w = WavRegionWriter.open(out, 1, 44100, WavEncoding.PCM16, a.frames());
        w.region(0).write(a.samples(), 0, 100);
        assertThrows(IOException.class, w::close);
        assertFalse(Files.exists(out));
    }

    @Test
    void writingPastTheEndIsRejectedAndFailsTheFile() throws IOException {
        AudioBuffer a = audio(1, 100);
        Path out = tmp.resolve("long.wav");
        WavRegionWriter w = WavRegionWriter.open(out, 1, 44100, WavEncoding.PCM16, 100);
        WavRegionWriter.Region r = w.region(50);
        assertThrows(IllegalArgumentException.class, () -> r.write(a.samples(), 0, 51));
        r.close();
        assertThrows(IOException.class, w::close);
        assertFalse(Files.exists(out));
    }

    @Test
    void abortLeavesAnExistingTargetUntouched() throws IOException {
        Path out = tmp.resolve("keep.wav");
        Files.write(out, new byte[] {1, 2, 3});
        WavRegionWriter w = WavRegionWriter.open(out, 1, 44100, WavEncoding.FLOAT32, 10);
        writeRange(w, audio(1, 10), 0, 10);
        w.abort();
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(out));
    }

    @Test
    void badArgumentsAreRejected() {
        Path out = tmp.resolve("x.wav");
        assertThrows(IllegalArgumentException.class, () -> WavRegionWriter.open(out, 0, 44100, WavEncoding.PCM16, 1));
        assertThrows(IllegalArgumentException.class, () -> WavRegionWriter.open(out, 1, 0, WavEncoding.PCM16, 1));
        assertThrows(IllegalArgumentException.class, () -> WavRegionWriter.open(out, 1, 44100, null, 1));
        assertThrows(IllegalArgumentException.class, () -> WavRegionWriter.open(out, 1, 44100, WavEncoding.PCM16, -1));
        assertThrows(AudioFileException.class, () -> WavRegionWriter.open(out, 2, 44100, WavEncoding.FLOAT32, 1L << 30));
    }
}
