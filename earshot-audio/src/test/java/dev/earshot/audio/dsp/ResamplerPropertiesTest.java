package dev.earshot.audio.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class ResamplerPropertiesTest {

    private static final int[] RATES = {8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000};

    @Property(tries = 30)
    void preservesTheAmplitudeOfALowFrequencySine(@ForAll @IntRange(min = 0, max = 7) int fromIdx,
                                                  @ForAll @IntRange(min = 0, max = 7) int toIdx,
                                                  @ForAll @DoubleRange(min = 50, max = 2000) double freqHz,
                                                  @ForAll @DoubleRange(min = 0, max = 6.28) double phase) {
        int fromHz = RATES[fromIdx];
        int toHz = RATES[toIdx];
        int n = fromHz / 4;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (0.8 * Math.sin(2 * Math.PI * freqHz * i / fromHz + phase));
        }
        float[] y = Resampler.resample(x, fromHz, toHz);
        assertEquals(Resampler.outputLength(n, fromHz, toHz), y.length);
        // away from the edges the output is the same sine sampled at the new rate
        int margin = y.length / 5;
        for (int m = margin; m < y.length - margin; m++) {
            double expected = 0.8 * Math.sin(2 * Math.PI * freqHz * m / toHz + phase);
            assertEquals(expected, y[m], 0.8 * 0.01, "output " + m + " at " + fromHz + "->" + toHz);
        }
    }
}
