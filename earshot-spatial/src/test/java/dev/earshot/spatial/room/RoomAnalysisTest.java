package dev.earshot.spatial.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoomAnalysisTest {
    private static final int FS = 16000;

    /** h[i] = exp(-a i / fs): energy decays 20 a log10(e) dB per second, so T60 = 3 ln(10) / a. */
    private static float[] exponential(double a, double lengthS) {
        float[] h = new float[(int) (lengthS * FS)];
        for (int i = 0; i < h.length; i++) {
            h[i] = (float) Math.exp(-a * i / FS);
        }
        return h;
    }

    @Test
    void fitDecayEqualsALinearFitOverTheFullSchroederCurveBitForBit() {
        // reference: the whole curve in dB (schroederDb), the range found by a scan, the same sums
        java.util.Random r = new java.util.Random(3);
        for (int trial = 0; trial < 20; trial++) {
            int n = 2000 + r.nextInt(30000);
            double tau = 200 + r.nextInt(5000);
            float[] h = new float[n];
            for (int i = 0; i < n; i++) {
                h[i] = (float) (r.nextGaussian() * Math.exp(-i / tau));
            }
            h[r.nextInt(50)] = 3f;
            for (double[] range : new double[][] {{-5, -35}, {0, -10}, {-5, -25}}) {
                DecayFit fit;
                try {
                    fit = RoomAnalysis.fitDecay(h, 16000, range[0], range[1]);
                } catch (IllegalArgumentException e) {
                    assertTrue(scanRange(RoomAnalysis.schroederDb(h), range[0], range[1]) == null, e.getMessage());
                    continue;
                }
                double[] edc = RoomAnalysis.schroederDb(h);
                int[] fl = scanRange(edc, range[0], range[1]);
                double sx = 0, sy = 0, sxx = 0, sxy = 0;
                int count = fl[1] - fl[0] + 1;
                for (int i = fl[0]; i <= fl[1]; i++) {
                    double t = (double) i / 16000;
                    sx += t;
                    sy += edc[i];
                    sxx += t * t;
                    sxy += t * edc[i];
                }
                double slope = (sxy - sx * sy / count) / (sxx - sx * sx / count);
                assertEquals(slope, fit.slopeDbPerS(), 0.0, "trial " + trial);
            }
        }
    }

    private static int[] scanRange(double[] edc, double startDb, double endDb) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < edc.length; i++) {
            if (first < 0 && edc[i] <= startDb) {
                first = i;
            }
            if (edc[i] < endDb) {
                last = i - 1;
                break;
            }
        }
        return first < 0 || last < 0 || last - first + 1 < 3 ? null : new int[] {first, last};
    }

    @Test
    void t30OfAnExponentialIsThreeLnTenOverA() {
        double a = 12;
        float[] h = exponential(a, 3);
        assertEquals(3 * Math.log(10) / a, RoomAnalysis.t30S(h, FS), 1e-3);
        assertEquals(3 * Math.log(10) / a, RoomAnalysis.t20S(h, FS), 1e-3);
        assertEquals(3 * Math.log(10) / a, RoomAnalysis.edtS(h, FS), 1e-3);
    }

    @Test
    void schroederCurveStartsAtZeroAndFalls() {
        float[] h = exponential(20, 1);
        double[] edc = RoomAnalysis.schroederDb(h);
        assertEquals(0, edc[0], 1e-12);
        for (int i = 1; i < edc.length; i++) {
            assertTrue(edc[i] <= edc[i - 1]);
        }
    }

    @Test
    void edtSeesTheFastEarlyDecayOfADoubleSlope() {
        // strong early part decaying fast, weak slow tail: EDT < T30
        float[] h = new float[FS * 2];
        for (int i = 0; i < h.length; i++) {
            double t = (double) i / FS;
            h[i] = (float) (Math.exp(-60 * t) + 0.05 * Math.exp(-6 * t));
        }
        assertTrue(RoomAnalysis.edtS(h, FS) < 0.5 * RoomAnalysis.t30S(h, FS));
    }

    @Test
    void drrOfTwoImpulsesIsTheirEnergyRatio() {
        float[] h = new float[FS];
        h[100] = 1;
        h[100 + FS / 100] = 0.5f; // 10 ms later, outside the +-2.5 ms window
        assertEquals(10 * Math.log10(1 / 0.25), RoomAnalysis.drrDb(h, FS), 1e-6);
    }

    @Test
    void c50SplitsFiftyMillisecondsAfterTheDirectSound() {
        float[] h = new float[FS];
        h[200] = 1;
        h[200 + (int) (0.030 * FS)] = 1; // early
        h[200 + (int) (0.080 * FS)] = 1; // late
        assertEquals(10 * Math.log10(2.0), RoomAnalysis.c50Db(h, FS), 1e-6);
    }

    @Test
    void decayThatNeverReachesTheRangeIsRejected() {
        float[] h = {1, 0.5f, 0.25f}; // decay curve ends at -13 dB
        assertThrows(IllegalArgumentException.class, () -> RoomAnalysis.t30S(h, FS));
    }

    @Test
    void plotIsAReadablePng(@TempDir Path dir) throws Exception {
        float[] h = exponential(10, 1.5);
        Path png = dir.resolve("edc.png");
        DecayPlot.writePng(png, h, FS, RoomAnalysis.fitDecay(h, FS, -5, -35), "test");
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(500, img.getHeight());
    }
}
