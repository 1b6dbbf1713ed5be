package dev.earshot.spatial.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DspKernelsTest {

    /** Phase slope of the DFT at a low frequency: the group delay of the kernel, in samples. */
    private static double phaseDelay(double[] h, double cyclesPerSample) {
        double re = 0;
        double im = 0;
        for (int k = 0; k < h.length; k++) {
            re += h[k] * Math.cos(2 * Math.PI * cyclesPerSample * k);
            im -= h[k] * Math.sin(2 * Math.PI * cyclesPerSample * k);
        }
        return -Math.atan2(im, re) / (2 * Math.PI * cyclesPerSample);
    }

    @Test
    void integerDelayIsASingleTap() {
        double[] out = new double[200];
        FractionalDelay.add(out, 100, 0.25);
        for (int i = 0; i < out.length; i++) {
            assertEquals(i == 100 ? 0.25 : 0, out[i], 0);
        }
    }

    @Test
    void fractionalDelayHasTheExactPhaseDelay() {
        for (double t : new double[] {100.3, 100.5, 99.77}) {
            double[] out = new double[200];
            FractionalDelay.add(out, t, 1);
            assertEquals(t, phaseDelay(out, 0.002), 1e-3, "delay " + t);
            double sum = 0;
            for (double v : out) {
                sum += v;
            }
            assertEquals(1, sum, 2e-3, "DC gain at delay " + t);
        }
    }

    @Test
    void multiBandPlacementEqualsSingleBand() {
        double[] a = new double[150];
        FractionalDelay.add(a, 60.37, 0.7);
        double[][] m = new double[2][150];
        FractionalDelay.addMulti(m, 2, 60.37, new double[] {1, 2}, 0.7);
        for (int i = 0; i < 150; i++) {
            assertEquals(a[i], m[0][i], 1e-15);
            assertEquals(2 * a[i], m[1][i], 1e-15);
        }
    }

    @Test
    void bandSplitSumsToUnitImpulse() {
        OctaveFilterBank bank = OctaveFilterBank.forRate(16000);
        int half = bank.halfLength();
        double[] sum = new double[2 * half + 1];
        for (int b = 0; b < 7; b++) {
            double[] k = bank.kernel(b);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += k[i];
            }
        }
        for (int i = 0; i < sum.length; i++) {
            assertEquals(i == half ? 1 : 0, sum[i], 1e-12);
        }
    }

    private static double magnitudeDb(double[] h, double f, int fs) {
        double re = 0;
        double im = 0;
        for (int k = 0; k < h.length; k++) {
            re += h[k] * Math.cos(2 * Math.PI * f / fs * k);
            im += h[k] * Math.sin(2 * Math.PI * f / fs * k);
        }
        return 20 * Math.log10(Math.hypot(re, im));
    }

    @Test
    void eachBandPassesItsCentreAndRejectsDistantBands() {
        int fs = 48000;
        OctaveFilterBank bank = OctaveFilterBank.forRate(fs);
        for (int b = 0; b < 7; b++) {
            double[] k = bank.kernel(b);
            assertEquals(0, magnitudeDb(k, OctaveBands.centerHz(b), fs), 0.5, "band " + b + " at its centre");
            for (int o = 0; o < 7; o++) {
                if (Math.abs(o - b) >= 2) {
                    assertTrue(magnitudeDb(k, OctaveBands.centerHz(o), fs) < -40,
                            "band " + b + " at " + OctaveBands.centerHz(o) + " Hz");
                }
            }
        }
    }

    @Test
    void zeroPhaseFilteringKeepsAlignment() {
        OctaveFilterBank bank = OctaveFilterBank.forRate(16000);
        double[] x = new double[4000];
        x[2000] = 1;
        double[] y = bank.filter(x, 3);
        double[] k = bank.kernel(3);
        for (int i = 0; i < k.length; i++) {
            assertEquals(k[i], y[2000 - bank.halfLength() + i], 1e-7);
        }
    }

    @Test
    void filteredPlacementEqualsOneKernelPerTap() {
        float[] fir = {0.5f, -1f, 0.25f, 0f, 2f, -0.75f};
        for (double t : new double[] {30.0, 30.37, 2.6, 140.5}) {
            double[][] ref = new double[2][150];
            for (int j = 0; j < fir.length; j++) {
                FractionalDelay.addMulti(ref, 2, t + j, new double[] {1, -3}, fir[j]);
            }
            double[][] got = new double[2][150];
            FractionalDelay.addFilteredMulti(got, 2, t, new double[] {1, -3}, fir, null);
            for (int b = 0; b < 2; b++) {
                for (int i = 0; i < 150; i++) {
                    assertEquals(ref[b][i], got[b][i], 1e-6, "delay " + t + " band " + b + " sample " + i);
                }
            }
        }
    }

    @Test
    void allBandsAtOnceEqualTheSingleBandFilters() {
        OctaveFilterBank bank = OctaveFilterBank.forRate(8000);
        int half = bank.halfLength();
        java.util.Random rng = new java.util.Random(4);
        float[] x = new float[3000 + 2 * half];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rng.nextGaussian();
        }
        float[][] all = bank.filterValidAll(x);
        double[] xd = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            xd[i] = x[i];
        }
        for (int b = 0; b < 7; b++) {
            double[] one = bank.filter(xd, b); // aligned: one[n] = sum h[m] x[n - m + half]
            for (int n = half; n < x.length - half; n++) {
                assertEquals(one[n], all[b][n + half], 1e-5, "band " + b + " sample " + n);
            }
        }
    }
}
