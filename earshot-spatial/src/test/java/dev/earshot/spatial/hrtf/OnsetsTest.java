package dev.earshot.spatial.hrtf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OnsetsTest {
    @Test
    void onsetMovesExactlyWithAFractionalDelay() {
        double base = Onsets.estimate(SyntheticSets.pulse(30.0, 96));
        for (double d : new double[] {0.125, 0.3, 0.5, 1.75, 7.6, 20.01}) {
            double est = Onsets.estimate(SyntheticSets.pulse(30.0 + d, 96));
            assertEquals(d, est - base, 0.02, "delay " + d);
        }
    }

    @Test
    void onsetIsWhereTheContinuousPulseFirstReachesMinus20dBOfItsPeak() {
        // reference: the closed-form continuous pulse the samples were taken from
        double centre = 30.37;
        double onset = Onsets.estimate(SyntheticSets.pulse(centre, 96));
        double peak = 0.9;
        assertEquals(0.1, Math.abs(continuousPulse(onset - centre)) / peak, 0.01, "level at the onset");
        for (double t = 0; t < onset - 0.02; t += 0.01) {
            assertTrue(Math.abs(continuousPulse(t - centre)) < 0.1 * peak, "already above -20 dB at " + t);
        }
    }

    private static double continuousPulse(double t) {
        if (Math.abs(t) >= 16) {
            return 0;
        }
        double x = 0.9 * t;
        double sinc = x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
        return 0.9 * sinc * (0.5 + 0.5 * Math.cos(Math.PI * t / 16));
    }

    @Test
    void silentResponseHasOnsetZero() {
        assertEquals(0, Onsets.estimate(new float[32]));
    }
}
