package dev.earshot.spatial.render.effects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reference: the ISO 9613-1 attenuation alpha(f) * d (see {@link IsoAirAbsorptionTest} for alpha). */
class AirAbsorptionFilterTest {
    private static final double FS = 48000;

    private static float[] impulseResponse(AirAbsorptionFilter f, int length) {
        float[] x = new float[length];
        x[0] = 1;
        float[] y = new float[length];
        f.process(x, 0, y, 0, length);
        return y;
    }

    @ParameterizedTest(name = "{0} m")
    @ValueSource(doubles = {1, 10, 50, 100, 200, 500, 1000})
    void magnitudeFollowsIsoAttenuationAt1And4And8kHz(double distanceM) {
        AirAbsorptionFilter f = new AirAbsorptionFilter(FS, Atmosphere.STANDARD, distanceM);
        float[] h = impulseResponse(f, 128);
        DistanceModel model = DistanceModel.DEFAULT;
        for (double hz : new double[] {1000, 4000, 8000}) {
            double iso = model.airAbsorptionDb(hz, distanceM);
            double measured = -Signals.magnitudeDb(h, hz, FS);
            if (iso <= 60) {
                assertEquals(iso, measured, 0.1 + 0.1 * iso, distanceM + " m at " + hz + " Hz");
            } else {
                assertTrue(measured >= 60, distanceM + " m at " + hz + " Hz: " + measured + " dB");
            }
        }
    }

    @Test
    void zeroDistanceIsAPureDelayOfTheLatency() {
        AirAbsorptionFilter f = new AirAbsorptionFilter(FS, Atmosphere.STANDARD, 0);
        float[] h = impulseResponse(f, 80);
        for (int n = 0; n < h.length; n++) {
            assertEquals(n == f.latencySamples() ? 1.0 : 0.0, h[n], 2e-3, "tap " + n);
        }
    }

    @Test
    void distanceJumpChangesTheLevelWithoutClicks() {
        // 1 kHz sine, distance jumps 1 m -> 1000 m at a block boundary. A click would show as a second
        // difference far above the sine's own curvature omega^2 * amplitude.
        double w = 2 * Math.PI * 1000 / FS;
        AirAbsorptionFilter f = new AirAbsorptionFilter(FS, Atmosphere.STANDARD, 1);
        int block = 256;
        float[] out = new float[block * 8];
        float[] in = new float[block];
        for (int b = 0; b < 8; b++) {
            if (b == 4) {
                f.setDistance(1000);
            }
            for (int i = 0; i < block; i++) {
                in[i] = (float) Math.sin(w * (b * block + i));
            }
            f.process(in, 0, out, b * block, block);
        }
        double maxSecond = 0;
        for (int n = 2 * block; n < out.length; n++) {
            maxSecond = Math.max(maxSecond, Math.abs(out[n] - 2 * out[n - 1] + out[n - 2]));
        }
        assertTrue(maxSecond < 1.25 * w * w, "max second difference " + maxSecond + " vs " + w * w);
        double lastPeak = 0;
        for (int n = out.length - block; n < out.length; n++) {
            lastPeak = Math.max(lastPeak, Math.abs(out[n]));
        }
        assertEquals(-DistanceModel.DEFAULT.airAbsorptionDb(1000, 1000), 20 * Math.log10(lastPeak), 0.6);
    }
}
