package dev.earshot.audio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any buffer written as WAV reads back with the same shape and rate, within the encoding's step. */
class WavRoundTripPropertyTest {

    @Property(tries = 60)
    void writeThenReadReturnsTheAudio(@ForAll("buffers") AudioBuffer audio, @ForAll WavEncoding encoding) throws IOException {
        Path dir = Files.createTempDirectory("wavprop");
        try {
            Path f = dir.resolve("x.wav");
            AudioFiles.writeWav(f, audio, encoding);
            AudioBuffer back = AudioFiles.read(f);
            assertEquals(audio.channels(), back.channels());
            assertEquals(audio.frames(), back.frames());
            assertEquals(audio.sampleRateHz(), back.sampleRateHz());
            double step = switch (encoding) {
                case PCM16 -> 1.0 / 32768;
                case PCM24 -> 1.0 / 8388608;
                case FLOAT32 -> 0;
            };
            for (int c = 0; c < audio.channels(); c++) {
                for (int i = 0; i < audio.frames(); i++) {
                    float x = audio.channel(c)[i];
                    float y = back.channel(c)[i];
                    // in-range values within half a step; clipping only at +full scale (1 - step)
                    double err = Math.abs(Math.min(x, 1 - step) - y);
                    assertTrue(err <= step / 2 + 1e-12, "channel " + c + " frame " + i + ": wrote " + x + " read " + y);
                }
            }
            // reading is the exact inverse of writing for values already on the grid
            Path g = dir.resolve("y.wav");
            AudioFiles.writeWav(g, back, encoding);
            assertEquals(back, AudioFiles.read(g));
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<AudioBuffer> buffers() {
        Arbitrary<Integer> channels = Arbitraries.integers().between(1, 5);
        Arbitrary<Integer> frames = Arbitraries.integers().between(0, 300);
        Arbitrary<Integer> rate = Arbitraries.of(8000, 22050, 44100, 48000, 96000, 192000);
        return Combinators.combine(channels, frames, rate).flatAs((c, n, r) ->
                Arbitraries.floats().between(-1f, 1f).array(float[].class).ofSize(c * n).map(flat -> {
                    float[][] s = new float[c][n];
                    for (int k = 0; k < c; k++) {
                        System.arraycopy(flat, k * n, s[k], 0, n);
                    }
                    return new AudioBuffer(s, r);
                }));
    }
}
