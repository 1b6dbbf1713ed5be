package dev.earshot.audio.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.audio.AudioBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class MixerTest {
    private final AudioBuffer a = new AudioBuffer(new float[][] {{1f, 2f, 3f}, {-1f, -2f, -3f}}, 16000);
    private final AudioBuffer b = new AudioBuffer(new float[][] {{10f, 20f}, {0.5f, 0.5f}}, 16000);

    @Test
    void sumPadsShorterBuffersWithZeros() {
        AudioBuffer s = Mixer.sum(List.of(a, b), Mixer.LengthPolicy.PAD_TO_LONGEST);
        assertArrayEquals(new float[] {11f, 22f, 3f}, s.channel(0));
        assertArrayEquals(new float[] {-0.5f, -1.5f, -3f}, s.channel(1));
        assertEquals(16000, s.sampleRateHz());
    }

    @Test
    void sumCropsToShortest() {
        AudioBuffer s = Mixer.sum(List.of(a, b), Mixer.LengthPolicy.CROP_TO_SHORTEST);
        assertArrayEquals(new float[] {11f, 22f}, s.channel(0));
    }

    @Test
    void averageDividesByBufferCount() {
        AudioBuffer m = Mixer.average(List.of(a, b), Mixer.LengthPolicy.PAD_TO_LONGEST);
        assertArrayEquals(new float[] {5.5f, 11f, 1.5f}, m.channel(0));
    }

    @Test
    void mixingRejectsDifferentRatesAndChannelCounts() {
        AudioBuffer otherRate = AudioBuffer.silence(2, 3, 8000);
        AudioBuffer mono = AudioBuffer.silence(1, 3, 16000);
        assertThrows(IllegalArgumentException.class, () -> Mixer.sum(List.of(a, otherRate), Mixer.LengthPolicy.PAD_TO_LONGEST));
        assertThrows(IllegalArgumentException.class, () -> Mixer.sum(List.of(a, mono), Mixer.LengthPolicy.PAD_TO_LONGEST));
        assertThrows(IllegalArgumentException.class, () -> Mixer.sum(List.of(), Mixer.LengthPolicy.PAD_TO_LONGEST));
    }

    @Test
    void gainOfMinus6DbHalvesAmplitude() {
        AudioBuffer g = Mixer.gainDb(a, 20 * Math.log10(0.5));
        assertArrayEquals(new float[] {0.5f, 1f, 1.5f}, g.channel(0), 1e-6f);
        assertArrayEquals(new float[] {1f, 2f, 3f}, a.channel(0)); // input untouched
    }

    @Test
    void monoDownmixFirstChannelOrAverage() {
        assertArrayEquals(new float[] {1f, 2f, 3f}, Mixer.toMono(a, Mixer.Downmix.FIRST_CHANNEL).channel(0));
        assertArrayEquals(new float[] {5.25f, 10.25f}, Mixer.toMono(b, Mixer.Downmix.AVERAGE).channel(0));
        assertEquals(1, Mixer.toMono(b, Mixer.Downmix.AVERAGE).channels());
    }

    @Test
    void fitFramesPadsAndCrops() {
        assertArrayEquals(new float[] {1f, 2f, 3f, 0f, 0f}, Mixer.fitFrames(a, 5).channel(0));
        assertArrayEquals(new float[] {-1f}, Mixer.fitFrames(a, 1).channel(1));
        assertEquals(0, Mixer.fitFrames(a, 0).frames());
    }

    @Test
    void addIntoClipsAtBothEnds() {
        float[] dst = new float[4];
        Mixer.addInto(dst, -1, new float[] {1f, 2f, 3f}, 2f);
        assertArrayEquals(new float[] {4f, 6f, 0f, 0f}, dst);
        Mixer.addInto(dst, 3, new float[] {1f, 1f}, 1f);
        assertArrayEquals(new float[] {4f, 6f, 0f, 1f}, dst);
    }
}
