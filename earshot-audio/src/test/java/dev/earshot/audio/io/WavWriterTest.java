package dev.earshot.audio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One-shot and streaming WAV writing: layout, sample conversion, atomicity. */
class WavWriterTest {
    @TempDir
    Path tmp;

    @Test
    void pcm16StereoIsByteIdenticalToPythonWaveModule() throws IOException {
        AudioBuffer a = AudioFiles.read(Fixtures.codec("pcm16_stereo.wav"));
        Path out = tmp.resolve("copy.wav");
        AudioFiles.writeWav(out, a, WavEncoding.PCM16);
        assertArrayEquals(Fixtures.bytes("pcm16_stereo.wav"), Files.readAllBytes(out));
    }

    @Test
    void pcm24ReproducesEveryFixtureSampleExactly() throws IOException {
        AudioBuffer a = AudioFiles.read(Fixtures.codec("ext_pcm24_4ch.wav"));
        Path out = tmp.resolve("pcm24.wav");
        AudioFiles.writeWav(out, a, WavEncoding.PCM24);
        byte[] written = Files.readAllBytes(out);
        byte[] original = Fixtures.bytes("ext_pcm24_4ch.wav");
        // both use WAVE_FORMAT_EXTENSIBLE (4 channels) with a 40-byte fmt: identical sample bytes
        assertArrayEquals(Arrays.copyOfRange(original, 68, original.length), Arrays.copyOfRange(written, 68, written.length));
        assertEquals(a, AudioFiles.read(out));
    }

    @Test
    void float32KeepsValuesBeyondFullScale() throws IOException {
        AudioBuffer a = AudioFiles.read(Fixtures.codec("float32_stereo.wav"));
        Path out = tmp.resolve("f32.wav");
        AudioFiles.writeWav(out, a, WavEncoding.FLOAT32);
        AudioBuffer back = AudioFiles.read(out);
        assertEquals(a, back);
        assertEquals(1.5f, back.channel(0)[3]);
        // same layout as the hand-written fixture: tag 3, fmt of 18 bytes, fact chunk
        assertArrayEquals(Fixtures.bytes("float32_stereo.wav"), Files.readAllBytes(out));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 16})
    void float32DataIsTheInterleavedLittleEndianFloatsAcrossManyChunks(int channels) throws IOException {
        int frames = 5000; // more than one interleaving chunk at every channel count
        float[][] x = new float[channels][frames];
        java.util.Random r = new java.util.Random(channels);
        for (float[] ch : x) {
            for (int i = 0; i < frames; i++) {
                ch[i] = (float) r.nextGaussian();
            }
        }
        x[0][7] = -0f;
        Path out = tmp.resolve("f32_" + channels + ".wav");
        AudioFiles.writeWav(out, new AudioBuffer(x, 48000), WavEncoding.FLOAT32);
        ByteBuffer expected = ByteBuffer.allocate(4 * channels * frames).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++) {
                expected.putFloat(x[c][i]);
            }
        }
        byte[] written = Files.readAllBytes(out);
        int start = written.length - expected.capacity() - (expected.capacity() % 2);
        assertArrayEquals(expected.array(), Arrays.copyOfRange(written, start, start + expected.capacity()));
    }

    @ParameterizedTest
    @EnumSource(WavEncoding.class)
    void integerEncodingsRoundAndClip(WavEncoding enc) throws IOException {
        float[] x = {0f, 1f, -1f, 2f, -3f, 0.25f, 1e-9f, Float.NaN, 0.5f / 32768f, -0.7f};
        Path out = tmp.resolve(enc + ".wav");
        AudioFiles.writeWav(out, AudioBuffer.mono(x.clone(), 8000), enc);
        float[] y = AudioFiles.read(out).channel(0);
        float[] expected = switch (enc) {
            case PCM16 -> new float[] {0f, 32767 / 32768f, -1f, 32767 / 32768f, -1f, 0.25f, 0f, 0f, 1 / 32768f, -22938 / 32768f};
            case PCM24 -> new float[] {0f, 8388607 / 8388608f, -1f, 8388607 / 8388608f, -1f, 0.25f, 0f, 0f, 0.5f / 32768f,
                -5872025 / 8388608f}; // -0.7f * 2^23 = -5872025.5 exactly: ties round up
            case FLOAT32 -> x;
        };
        assertArrayEquals(expected, y);
    }

    @Test
    void moreThanTwoChannelsUseExtensibleWithoutSpeakerMask() throws IOException {
        Path out = tmp.resolve("ambi.wav");
        AudioFiles.writeWav(out, AudioBuffer.silence(4, 10, 48000), WavEncoding.FLOAT32);
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(40, b.getInt(16));
        assertEquals(0xFFFE, b.getShort(20) & 0xFFFF);
        assertEquals(0, b.getInt(40)); // dwChannelMask
        assertEquals(3, b.getShort(44)); // SubFormat: IEEE float
        assertEquals(new AudioFileInfo(AudioCodec.WAV, "FLOAT32", 4, 48000, 10, 32), AudioFiles.info(out));
    }

    @Test
    void oddDataSizeGetsAPadByteCountedInRiffSize() throws IOException {
        Path out = tmp.resolve("odd.wav");
        AudioFiles.writeWav(out, AudioBuffer.silence(1, 3, 8000), WavEncoding.PCM24);
        byte[] b = Files.readAllBytes(out);
        assertEquals(44 + 9 + 1, b.length);
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(b.length - 8, bb.getInt(4));
        assertEquals(9, bb.getInt(40));
    }

    @ParameterizedTest
    @EnumSource(WavEncoding.class)
    void streamedFileEqualsOneShotFile(WavEncoding enc) throws IOException {
        AudioBuffer a = AudioFiles.read(Fixtures.codec("ext_float32_3ch.wav"));
        Path whole = tmp.resolve("whole.wav");
        Path streamed = tmp.resolve("streamed.wav");
        AudioFiles.writeWav(whole, a, enc);
        try (WavWriter w = WavWriter.open(streamed, 3, 48000, enc)) {
            for (int at = 0; at < a.frames(); at += 37) {
                w.write(a.samples(), at, Math.min(37, a.frames() - at));
            }
            assertEquals(a.frames(), w.framesWritten());
            assertFalse(Files.exists(streamed), "nothing at the target before close");
        }
        assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(streamed));
    }

    @Test
    void abortLeavesExistingTargetAndNoTemporaryFile() throws IOException {
        Path target = Fixtures.write(tmp, "keep.wav", Fixtures.bytes("pcm8_mono.wav"));
        WavWriter w = WavWriter.open(target, 1, 8000, WavEncoding.PCM16);
        w.write(new float[][] {{0.1f, 0.2f}});
        w.abort();
        w.close();
        assertArrayEquals(Fixtures.bytes("pcm8_mono.wav"), Files.readAllBytes(target));
        assertEquals(1, countFiles());
    }

    @Test
    void failedWriteDiscardsTheFileOnClose() throws IOException {
        Path target = tmp.resolve("failed.wav");
        WavWriter w = WavWriter.open(target, 2, 8000, WavEncoding.PCM16);
        w.write(new float[][] {{0.1f}, {0.2f}});
        assertThrows(IllegalArgumentException.class, () -> w.write(new float[][] {{0.1f}}));
        IOException e = assertThrows(IOException.class, w::close);
        assertTrue(e.getMessage().contains("failed.wav"), e.getMessage());
        assertFalse(Files.exists(target));
        assertEquals(0, countFiles());
    }

    @Test
    void producerExceptionDiscardsTheFile() throws IOException {
        Path target = tmp.resolve("render.wav");
        IOException e = assertThrows(IOException.class, () -> WavWriter.write(target, 1, 8000, WavEncoding.FLOAT32, w -> {
            w.write(new float[][] {{0.5f, 0.5f}});
            throw new IOException("renderer failed");
        }));
        assertEquals("renderer failed", e.getMessage());
        assertEquals(0, countFiles());
    }

    @Test
    void producerThatReturnsCommitsTheFile() throws IOException {
        Path target = tmp.resolve("sub/render.wav");
        long frames = WavWriter.write(target, 2, 8000, WavEncoding.PCM16, w -> {
            for (int block = 0; block < 5; block++) {
                w.write(AudioBuffer.silence(2, 100, 8000));
            }
        });
        assertEquals(500, frames);
        assertEquals(500, AudioFiles.info(target).frames());
    }

    @Test
    void writeRejectsBufferAtAnotherRate() throws IOException {
        try (WavWriter w = WavWriter.open(tmp.resolve("rate.wav"), 1, 8000, WavEncoding.PCM16)) {
            assertThrows(IllegalArgumentException.class, () -> w.write(AudioBuffer.silence(1, 4, 16000)));
            w.abort();
        }
        assertEquals(0, countFiles());
    }

    private long countFiles() throws IOException {
        try (Stream<Path> s = Files.walk(tmp)) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}
