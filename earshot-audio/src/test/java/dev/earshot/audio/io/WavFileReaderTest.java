package dev.earshot.audio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.dsp.Mixer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random-access mono reading against the whole-file reader plus {@link Mixer#toMono} (average),
 * which it must equal exactly, from any start frame and in any read sizes.
 */
class WavFileReaderTest {
    @TempDir
    Path tmp;

    private static float[] readAll(WavFileReader r, long first, int chunk) throws IOException {
        WavFileReader.MonoCursor c = r.monoCursor(first);
        float[] out = new float[(int) (r.frames() - first)];
        int pos = 0;
        float[] buf = new float[chunk];
        int n;
        while ((n = c.read(buf, 0, chunk)) > 0) {
            System.arraycopy(buf, 0, out, pos, n);
            pos += n;
        }
        assertEquals(out.length, pos);
        assertEquals(-1, c.read(buf, 0, chunk));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"pcm16_stereo.wav", "ext_pcm24_4ch.wav", "ext_float32_3ch.wav", "float64_mono.wav",
            "rf64_pcm16_stereo.wav", "pcm8_mono.wav", "float32_stereo.wav", "pcm24_stereo_chunks.wav", "pcm32_mono.wav"})
    void monoCursorEqualsWholeFileReadAveragedToMono(String name) throws IOException {
        Path f = Fixtures.codec(name);
        float[] expected = Mixer.toMono(AudioFiles.read(f), Mixer.Downmix.AVERAGE).channel(0);
        try (WavFileReader r = WavFileReader.open(f)) {
            assertEquals(expected.length, r.frames());
            assertEquals(AudioFiles.info(f), r.info());
            long mid = r.frames() / 3;
            assertArrayEquals(expected, readAll(r, 0, 7), name);
            assertArrayEquals(Arrays.copyOfRange(expected, (int) mid, expected.length), readAll(r, mid, 100_000), name);
        }
    }

    @Test
    void longMonoFloatFileReadsAcrossManyChunksFromTwoCursorsAtOnce() throws IOException {
        float[] x = new float[100_003];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(i * 0.001) * (i % 7 - 3);
        }
        Path f = tmp.resolve("long.wav");
        AudioFiles.writeWav(f, AudioBuffer.mono(x, 48000), WavEncoding.FLOAT32);
        try (WavFileReader r = WavFileReader.open(f)) {
            WavFileReader.MonoCursor a = r.monoCursor(0);
            WavFileReader.MonoCursor b = r.monoCursor(50_000);
            float[] ya = new float[50_000];
            float[] yb = new float[50_003];
            int pa = 0;
            int pb = 0;
            while (pa < ya.length || pb < yb.length) { // interleaved reads: cursors are independent
                if (pa < ya.length) {
                    pa += a.read(ya, pa, Math.min(4096, ya.length - pa));
                }
                if (pb < yb.length) {
                    pb += b.read(yb, pb, Math.min(5000, yb.length - pb));
                }
            }
            assertArrayEquals(Arrays.copyOfRange(x, 0, 50_000), ya);
            assertArrayEquals(Arrays.copyOfRange(x, 50_000, x.length), yb);
            assertEquals(50_000 + 50_003, a.position() + b.position() - 50_000);
        }
    }

    @Test
    void startFrameOutsideTheFileIsRejected() throws IOException {
        try (WavFileReader r = WavFileReader.open(Fixtures.codec("pcm16_stereo.wav"))) {
            assertThrows(IllegalArgumentException.class, () -> r.monoCursor(-1));
            assertThrows(IllegalArgumentException.class, () -> r.monoCursor(r.frames() + 1));
            assertEquals(-1, r.monoCursor(r.frames()).read(new float[4], 0, 4));
        }
    }

    @Test
    void nonWavFileIsRejectedNamingTheField() throws IOException {
        Path f = tmp.resolve("x.flac");
        Files.write(f, new byte[] {'f', 'L', 'a', 'C', 0, 0, 0, 34, 0, 0, 0, 0});
        AudioFileException e = assertThrows(AudioFileException.class, () -> WavFileReader.open(f));
        assertEquals(true, e.getMessage().contains("magic"), e.getMessage());
    }

    @Test
    void truncatedDataFailsWithTheFileNamed() throws IOException {
        float[] x = new float[1000];
        Path f = tmp.resolve("t.wav");
        AudioFiles.writeWav(f, AudioBuffer.mono(x, 8000), WavEncoding.FLOAT32);
        byte[] b = Files.readAllBytes(f);
        // keep the header's data size, drop the last 100 samples
        Files.write(f, Arrays.copyOf(b, b.length - 400));
        AudioFileException e = assertThrows(AudioFileException.class, () -> WavFileReader.open(f));
        assertEquals(true, e.getMessage().contains("t.wav"), e.getMessage());
    }
}
