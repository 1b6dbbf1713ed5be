package dev.earshot.audio.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.audio.AudioBuffer;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class LoudnessPropertiesTest {

    @Property(tries = 50)
    void normalizedSignalHasTheTargetLevel(@ForAll @IntRange(min = 1, max = 3) int channels,
                                           @ForAll @IntRange(min = 1, max = 4000) int frames,
                                           @ForAll @DoubleRange(min = -60, max = 0) double targetDbfs,
                                           @ForAll @DoubleRange(min = -80, max = 0) double scaleDb,
                                           @ForAll long seed) {
        Random r = new Random(seed);
        float[][] s = new float[channels][frames];
        for (float[] ch : s) {
            for (int i = 0; i < frames; i++) {
                ch[i] = (float) (Loudness.dbToAmplitude(scaleDb) * r.nextGaussian());
            }
        }
        AudioBuffer n = Loudness.normalizeRms(new AudioBuffer(s, 16000), targetDbfs);
        assertEquals(targetDbfs, Loudness.rmsDbfs(n), 1e-4);
    }

    @Property(tries = 50)
    void averageOfIdenticalBuffersIsTheBuffer(@ForAll @IntRange(min = 1, max = 6) int copies,
                                              @ForAll @IntRange(min = 0, max = 500) int frames,
                                              @ForAll long seed) {
        Random r = new Random(seed);
        float[] x = new float[frames];
        for (int i = 0; i < frames; i++) {
            x[i] = (float) r.nextGaussian();
        }
        AudioBuffer b = AudioBuffer.mono(x, 8000);
        AudioBuffer avg = Mixer.average(java.util.Collections.nCopies(copies, b), Mixer.LengthPolicy.CROP_TO_SHORTEST);
        for (int i = 0; i < frames; i++) {
            assertEquals(x[i], avg.channel(0)[i], 1e-6f * Math.max(1f, Math.abs(x[i])));
        }
        AudioBuffer sum = Mixer.sum(List.of(b, Mixer.gainDb(b, Double.NEGATIVE_INFINITY)), Mixer.LengthPolicy.PAD_TO_LONGEST);
        assertEquals(b, sum);
    }
}
