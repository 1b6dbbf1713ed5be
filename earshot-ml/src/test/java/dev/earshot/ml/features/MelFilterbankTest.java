package dev.earshot.ml.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MelFilterbankTest {
    private static double maxRelativeError(float[][] ref, MelFilterbank mel) {
        double peak = 0;
        for (float[] row : ref) {
            for (float v : row) {
                peak = Math.max(peak, Math.abs(v));
            }
        }
        double worst = 0;
        for (int k = 0; k < ref.length; k++) {
            for (int m = 0; m < ref[k].length; m++) {
                worst = Math.max(worst, Math.abs(ref[k][m] - mel.weight(k, m)) / peak);
            }
        }
        return worst;
    }

    @Test
    void spatialAstMelMatchesLibrosaReimplementationFixture() {
        float[][] ref = Fixtures.matrix("mel_32k_1024_128_50_14000.npy");
        MelFilterbank mel = MelFilterbank.spatialAst();
        assertEquals(513, mel.bins());
        assertEquals(128, mel.mels());
        assertTrue(maxRelativeError(ref, mel) <= 1e-6, "relative error " + maxRelativeError(ref, mel));
    }

    @Test
    void otherParametersMatchTheFixtureToo() {
        float[][] ref = Fixtures.matrix("mel_16k_400_40_0_8000.npy");
        assertTrue(maxRelativeError(ref, MelFilterbank.slaney(16000, 400, 40, 0, 8000)) <= 1e-6);
    }

    @Test
    void slaneyScaleIsLinearBelowOneKilohertzAndLogarithmicAbove() {
        assertEquals(15.0, MelFilterbank.hzToMel(1000), 1e-12);
        assertEquals(3.0, MelFilterbank.hzToMel(200), 1e-12);
        assertEquals(15.0 + 27.0, MelFilterbank.hzToMel(6400), 1e-12);
        assertEquals(6400.0, MelFilterbank.melToHz(42.0), 1e-9);
    }

    @Test
    void eachSlaneyTriangleHasUnitAreaOverFrequency() {
        // norm='slaney': weights * bin spacing integrate to ~1 for bands much wider than a bin
        MelFilterbank mel = MelFilterbank.slaney(32000, 8192, 16, 50, 14000);
        double df = 32000.0 / 8192;
        for (int m = 0; m < mel.mels(); m++) {
            double area = 0;
            for (int k = 0; k < mel.bins(); k++) {
                area += mel.weight(k, m) * df;
            }
            assertEquals(1.0, area, 0.01, "band " + m);
        }
    }

    @Test
    void fmaxAboveNyquistIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MelFilterbank.slaney(16000, 400, 40, 0, 9000));
    }
}
