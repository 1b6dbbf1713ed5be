package dev.earshot.spatial.hrtf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.spatial.geom.Direction;
import org.junit.jupiter.api.Test;

class InterpolatedHrirLookupTest {
    private static final HrtfSet KEMAR = HrtfSets.builtinKemar();
    private static final InterpolatedHrirLookup LOOKUP = new InterpolatedHrirLookup(KEMAR);

    private static double maxAbsDiff(float[] a, float[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    @Test
    void measuredDirectionsReturnTheMeasurement() {
        double worst = 0;
        for (int m = 0; m < KEMAR.measurementCount(); m++) {
            Hrir h = LOOKUP.lookup(KEMAR.directions().get(m));
            assertEquals(512, h.length());
            worst = Math.max(worst, Math.max(maxAbsDiff(KEMAR.left()[m], h.left()), maxAbsDiff(KEMAR.right()[m], h.right())));
        }
        assertTrue(worst < 1e-6, "largest deviation from a measurement: " + worst);
    }

    @Test
    void alignedInterpolationOfDelayedPulsesKeepsTheirSpectrumWhileNaiveAveragingCombFilters() {
        HrtfSet set = SyntheticSets.delayedPulses();
        InterpolatedHrirLookup lookup = new InterpolatedHrirLookup(set);
        // midpoint of the equator edge between az 45 and az 90: left delays 48.49 and 52.0 samples
        Direction mid = new Direction(67.5, 0);
        SphericalTriangulation.Barycentric b = lookup.weights(mid);
        int i45 = set.directions().indexOf(new Direction(45, 0));
        int i90 = set.directions().indexOf(new Direction(90, 0));
        float[] naive = new float[SyntheticSets.TAPS];
        for (int t = 0; t < naive.length; t++) {
            naive[t] = 0.5f * (set.left()[i45][t] + set.left()[i90][t]);
        }
        float[] ours = lookup.lookup(mid).left();
        float[] ideal = SyntheticSets.pulse(0.5 * (SyntheticSets.leftDelay(new Direction(45, 0))
                + SyntheticSets.leftDelay(new Direction(90, 0))), SyntheticSets.TAPS);
        assertEquals(1.0, Math.max(b.wa(), Math.max(b.wb(), b.wc())) * 2, 1e-9, "edge midpoint: two weights of 0.5");
        int nfft = 512;
        double naiveWorst = 0;
        double oursWorst = 0;
        for (int k = 5; k <= 180; k++) { // 470 Hz .. 16.9 kHz
            double ref = SyntheticSets.magnitudeDb(ideal, k, nfft);
            naiveWorst = Math.max(naiveWorst, ref - SyntheticSets.magnitudeDb(naive, k, nfft));
            oursWorst = Math.max(oursWorst, Math.abs(ref - SyntheticSets.magnitudeDb(ours, k, nfft)));
        }
        // a 3.5-sample offset puts a comb notch near 6.8 kHz into the naive average
        assertTrue(naiveWorst > 20, "naive averaging should notch: " + naiveWorst + " dB");
        assertTrue(oursWorst < 0.5, "aligned interpolation deviates from the ideal pulse by " + oursWorst + " dB");
    }

    @Test
    void interpolatedOnsetIsTheWeightedMeanOfTheNeighbours() {
        HrtfSet set = SyntheticSets.delayedPulses();
        InterpolatedHrirLookup lookup = new InterpolatedHrirLookup(set);
        double base = Onsets.estimate(SyntheticSets.pulse(40, SyntheticSets.TAPS)) - 40;
        for (double az : new double[] {50, 67.5, 80}) {
            Direction d = new Direction(az, 0);
            SphericalTriangulation.Barycentric b = lookup.weights(d);
            double expectedLeft = 0;
            double expectedRight = 0;
            int[] ids = {b.a(), b.b(), b.c()};
            double[] w = {b.wa(), b.wb(), b.wc()};
            for (int k = 0; k < 3; k++) {
                Direction v = set.directions().get(ids[k]); // input vertices keep the set's order here
                expectedLeft += w[k] * SyntheticSets.leftDelay(v);
                expectedRight += w[k] * SyntheticSets.rightDelay(v);
            }
            Hrir h = lookup.lookup(d);
            assertEquals(expectedLeft, Onsets.estimate(h.left()) - base, 0.03, "left onset at az " + az);
            assertEquals(expectedRight, Onsets.estimate(h.right()) - base, 0.03, "right onset at az " + az);
        }
    }

    @Test
    void kemarMidpointSpectraLieBetweenTheNeighboursAndBeatNaiveAveraging() {
        // all 72 midpoints of the 5-degree equator grid; third-octave band levels 250 Hz .. 16 kHz.
        // Measured with this code: ipsilateral ear at most 0.2 dB outside the neighbours' range (naive
        // averaging: up to 5.2 dB); contralateral ear, whose shadowed response near +-90 deg is not one
        // delayed wavefront, summed worst-band excess 60 dB over the 72 midpoints (naive: 267 dB).
        double oursContra = 0;
        double naiveContra = 0;
        for (int az = -180; az < 180; az += 5) {
            Hrir ha = KEMAR.hrir(KEMAR.directions().indexOf(new Direction(az, 0)));
            Hrir hc = KEMAR.hrir(KEMAR.directions().indexOf(new Direction(az + 5, 0)));
            Direction midDir = new Direction(az + 2.5, 0);
            Hrir mid = LOOKUP.lookup(midDir);
            for (int ear = 0; ear < 2; ear++) {
                float[] a = ear == 0 ? ha.left() : ha.right();
                float[] c = ear == 0 ? hc.left() : hc.right();
                float[] naive = new float[a.length];
                for (int t = 0; t < a.length; t++) {
                    naive[t] = 0.5f * (a[t] + c[t]);
                }
                double ours = worstExcessDb(a, c, ear == 0 ? mid.left() : mid.right());
                double naiveExcess = worstExcessDb(a, c, naive);
                boolean ipsilateral = (ear == 0) == (midDir.azimuthDeg() > 0);
                if (ipsilateral) {
                    assertTrue(ours <= 1.0, midDir + " ipsilateral ear leaves the neighbours' range by " + ours + " dB");
                } else {
                    assertTrue(ours <= 6.0, midDir + " contralateral ear leaves the neighbours' range by " + ours + " dB");
                    oursContra += ours;
                    naiveContra += naiveExcess;
                }
            }
        }
        assertTrue(oursContra < 0.5 * naiveContra, "contralateral: ours " + oursContra + " dB, naive " + naiveContra);
    }

    /** Largest amount (dB) by which x's third-octave band levels leave the range spanned by a and c. */
    private static double worstExcessDb(float[] a, float[] c, float[] x) {
        double[] pa = Fixtures.powerSpectrum(a, 2048);
        double[] pc = Fixtures.powerSpectrum(c, 2048);
        double[] px = Fixtures.powerSpectrum(x, 2048);
        double worst = 0;
        for (double fc = 250; fc <= 16000; fc *= Math.pow(2, 1.0 / 3)) {
            int k0 = (int) Math.ceil(fc / Math.pow(2, 1.0 / 6) * 2048 / 44100);
            int k1 = (int) Math.floor(fc * Math.pow(2, 1.0 / 6) * 2048 / 44100);
            double ea = Fixtures.sumDb(pa, k0, k1);
            double ec = Fixtures.sumDb(pc, k0, k1);
            double ex = Fixtures.sumDb(px, k0, k1);
            worst = Math.max(worst, Math.max(Math.min(ea, ec) - ex, ex - Math.max(ea, ec)));
        }
        return worst;
    }

    @Test
    void directionsBelowTheMeasuredRegionGetAPlausibleResponse() {
        // KEMAR stops at -40 deg; below it virtual vertices average the lowest ring
        double ringEnergy = energy(LOOKUP.lookup(new Direction(0, -40)).left());
        for (Direction d : new Direction[] {new Direction(0, -90), new Direction(70, -65), new Direction(-150, -50)}) {
            Hrir h = LOOKUP.lookup(d);
            double e = energy(h.left()) + energy(h.right());
            assertTrue(Double.isFinite(e) && e > ringEnergy * 0.05 && e < ringEnergy * 20, d + ": energy " + e);
        }
    }

    @Test
    void responseChangesContinuouslyWithDirection() {
        for (Direction d : new Direction[] {new Direction(33, 12), new Direction(-100, -45), new Direction(170, 75)}) {
            Hrir a = LOOKUP.lookup(d);
            Hrir b = LOOKUP.lookup(new Direction(d.azimuthDeg() + 0.01, d.elevationDeg() + 0.01));
            double peak = 0;
            for (float v : a.left()) {
                peak = Math.max(peak, Math.abs(v));
            }
            assertTrue(maxAbsDiff(a.left(), b.left()) < 0.01 * peak, "jump at " + d);
        }
    }

    private static double energy(float[] x) {
        double e = 0;
        for (float v : x) {
            e += v * v;
        }
        return e;
    }

    @Test
    void lazilyResampledLookupEqualsTheLookupOfTheResampledSet() {
        InterpolatedHrirLookup lazy = new InterpolatedHrirLookup(KEMAR, 48000);
        InterpolatedHrirLookup eager = new InterpolatedHrirLookup(KEMAR.resampled(48000));
        assertEquals(eager.length(), lazy.length());
        assertEquals(48000, lazy.sampleRateHz());
        for (double[] ae : new double[][] {{30, 0}, {-77.5, 12}, {170, -60}, {0, 90}, {95, -30}}) {
            Hrir a = eager.lookup(new Direction(ae[0], ae[1]));
            Hrir b = lazy.lookup(new Direction(ae[0], ae[1]));
            org.junit.jupiter.api.Assertions.assertArrayEquals(a.left(), b.left(), "left " + ae[0] + "/" + ae[1]);
            org.junit.jupiter.api.Assertions.assertArrayEquals(a.right(), b.right(), "right " + ae[0] + "/" + ae[1]);
        }
    }
}
