package dev.earshot.spatial.render.effects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Closed-form references: a pure exponential has a straight Schroeder curve of slope -60 dB per T. */
class DecayAnalysisTest {
    private static final double FS = 48000;

    private static float[] exponential(double t60S, double lengthS) {
        float[] h = new float[(int) (lengthS * FS)];
        for (int n = 0; n < h.length; n++) {
            h[n] = (float) Math.exp(-3 * Math.log(10) * n / (t60S * FS));
        }
        return h;
    }

    @Test
    void t30OfAnExponentialIsItsDecayTime() {
        assertEquals(0.5, DecayAnalysis.t30S(exponential(0.5, 1.5), FS), 0.5 * 1e-4);
        assertEquals(2.0, DecayAnalysis.t30S(exponential(2.0, 6.0), FS), 2.0 * 1e-4);
    }

    @Test
    void energyDecayCurveStartsAtZeroAndNeverRises() {
        float[] h = exponential(0.3, 0.5);
        double[] edc = DecayAnalysis.energyDecayCurveDb(h);
        assertEquals(0, edc[0], 1e-12);
        for (int n = 1; n < edc.length; n++) {
            assertTrue(edc[n] <= edc[n - 1]);
        }
        // halfway through a 0.3 s decay the remaining energy is 30 dB down (plus the truncated tail).
        assertEquals(-30, edc[(int) (0.15 * FS)], 0.01);
    }

    @Test
    void decayTimeRejectsAResponseWithNoDecayRange() {
        float[] h = new float[100];
        h[0] = 1; // all energy in one sample: the EDC drops from 0 dB straight to -infinity
        assertThrows(IllegalArgumentException.class, () -> DecayAnalysis.t30S(h, FS));
    }

    @Test
    void silentResponseIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> DecayAnalysis.energyDecayCurveDb(new float[10]));
    }

    @Test
    void drrCountsTheDirectWindowAgainstTheRest() {
        float[][] ir = new float[1][1000];
        ir[0][100] = 1;
        ir[0][300] = 0.5f;
        ir[0][400] = 0.5f;
        assertEquals(10 * Math.log10(2), DecayAnalysis.drrDb(ir, FS, 100, 2.5), 1e-9);
    }

    @Test
    void iaccIsOneForIdenticalOrShiftedChannelsWithinTheLagRange() {
        SplittableRandom r = new SplittableRandom(1);
        float[] a = new float[4000];
        for (int n = 0; n < a.length; n++) {
            a[n] = (float) r.nextGaussian();
        }
        float[] shifted = new float[a.length];
        System.arraycopy(a, 0, shifted, 10, a.length - 10);
        assertEquals(1, DecayAnalysis.interauralCrossCorrelation(a, a, 0), 1e-9);
        assertEquals(1, DecayAnalysis.interauralCrossCorrelation(a, shifted, 20), 0.01);
        assertTrue(DecayAnalysis.interauralCrossCorrelation(a, shifted, 5) < 0.1);
    }
}
