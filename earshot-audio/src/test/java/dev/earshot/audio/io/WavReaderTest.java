package dev.earshot.audio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.audio.AudioBuffer;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decoded WAV samples must equal the values numpy wrote next to each fixture, exactly. */
class WavReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "pcm8_mono.wav, 1, 8000, 300",
        "pcm16_stereo.wav, 2, 44100, 500",
        "pcm24_stereo_chunks.wav, 2, 48000, 400",
        "pcm32_mono.wav, 1, 32000, 300",
        "float32_stereo.wav, 2, 44100, 300",
        "float64_mono.wav, 1, 22050, 250",
        "ext_pcm24_4ch.wav, 4, 48000, 200",
        "ext_float32_3ch.wav, 3, 48000, 200",
        "rf64_pcm16_stereo.wav, 2, 48000, 256",
    })
    void decodedSamplesEqualNumpyReference(String name, int channels, int rateHz, int frames) throws IOException {
        AudioBuffer a = AudioFiles.read(Fixtures.codec(name));
        assertEquals(channels, a.channels());
        assertEquals(rateHz, a.sampleRateHz());
        assertEquals(frames, a.frames());
        float[][] expected = Fixtures.expected(name);
        for (int c = 0; c < channels; c++) {
            assertArrayEquals(expected[c], a.channel(c), "channel " + c);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "pcm8_mono.wav, PCM_U8, 8, 1, 8000, 300",
        "pcm16_stereo.wav, PCM_S16, 16, 2, 44100, 500",
        "pcm24_stereo_chunks.wav, PCM_S24, 24, 2, 48000, 400",
        "pcm32_mono.wav, PCM_S32, 32, 1, 32000, 300",
        "float32_stereo.wav, FLOAT32, 32, 2, 44100, 300",
        "float64_mono.wav, FLOAT64, 64, 1, 22050, 250",
        "ext_pcm24_4ch.wav, PCM_S24, 24, 4, 48000, 200",
        "ext_float32_3ch.wav, FLOAT32, 32, 3, 48000, 200",
        "rf64_pcm16_stereo.wav, PCM_S16, 16, 2, 48000, 256",
    })
    void infoReportsHeaderFields(String name, String encoding, int bits, int channels, int rateHz, long frames) throws IOException {
        AudioFileInfo info = AudioFiles.info(Fixtures.codec(name));
        assertEquals(new AudioFileInfo(AudioCodec.WAV, encoding, channels, rateHz, frames, bits), info);
    }
}
