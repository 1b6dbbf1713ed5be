package dev.earshot.spatial.hrtf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HrtfSetResampleTest {
    @Test
    void sameRateReturnsTheSetItself() {
        HrtfSet k = HrtfSets.builtinKemar();
        assertSame(k, k.resampled(44100));
    }

    @Test
    void resamplingTo48kKeepsLengthRatioAndFrequencyResponse() {
        HrtfSet k = HrtfSets.builtinKemar();
        HrtfSet r = k.resampled(48000);
        assertEquals(48000, r.sampleRateHz());
        assertEquals(710, r.measurementCount());
        assertEquals((int) Math.ceil(512 * 48000.0 / 44100), r.irLength());
        assertEquals(k.directions(), r.directions());
        // the filters' band levels (energy per Hz) must survive: compare 1/3-octave levels up to 16 kHz
        for (int m : new int[] {0, 200, 355, 600}) {
            for (double fc = 250; fc <= 16000; fc *= 2) {
                double lo = fc / Math.sqrt(2);
                double hi = fc * Math.sqrt(2);
                double before = 10 * Math.log10(Fixtures.bandEnergy(k.left()[m], 44100, lo, hi, 4096) / 4096 * 44100);
                double after = 10 * Math.log10(Fixtures.bandEnergy(r.left()[m], 48000, lo, hi, 4096) / 4096 * 48000);
                assertEquals(before, after, 0.5, "measurement " + m + " octave " + fc + " Hz");
            }
        }
    }
}
