package dev.earshot.spatial.room;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import dev.earshot.spatial.hrtf.HrtfSet;
import dev.earshot.spatial.hrtf.HrtfSets;
import dev.earshot.spatial.render.effects.ReverbLayout;
import java.util.Arrays;
import java.util.Random;
import org.jtransforms.fft.DoubleFFT_1D;
import org.junit.jupiter.api.Test;

class BinauralReceiverTest {
    /** 34300 Hz makes 1 cm exactly one sample at c = 343 m/s. */
    private static final int FS = 34300;
    private static final BinauralReceiver KEMAR = BinauralReceiver.kemar();

    /** A 6 x 5 x 3 m room, the receiver at (3, 2.5, 1.5), yaw 0, the source 2 m away in direction (az, el). */
    private static RoomSpec roomWithSourceAt(double azDeg, double elDeg, WallAbsorption walls) {
        Vec3 rcv = new Vec3(3, 2.5, 1.5);
        Vec3 src = rcv.plus(new Direction(azDeg, elDeg).unitVector().times(2));
        return new RoomSpec(new Vec3(6, 5, 3), walls, src, rcv, 0);
    }

    private static int measurementIndex(HrtfSet set, double az, double el) {
        for (int m = 0; m < set.measurementCount(); m++) {
            Direction d = set.directions().get(m);
            if (Math.abs(d.azimuthDeg() - az) < 1e-6 && Math.abs(d.elevationDeg() - el) < 1e-6) {
                return m;
            }
        }
        throw new AssertionError("KEMAR has no measurement at " + az + ", " + el);
    }

    @Test
    void directPathAloneIsTheMeasuredHrirOverFourPiRDelayed() {
        // KEMAR measures az 30 el 0; the interpolated lookup reproduces measurements exactly
        RoomSpec room = roomWithSourceAt(30, 0, WallAbsorption.uniform(0.5));
        float[][] h = new RoomSimulator(SimulationOptions.imageSourcesOnly(FS, 0, 0.03)).simulate(room, KEMAR, 0)
                .audio().samples();
        HrtfSet ref = HrtfSets.builtinKemar().resampled(FS);
        int m = measurementIndex(ref, 30, 0);
        double g = 1 / (4 * Math.PI * 2);
        int delay = 200; // 2 m at 1 cm per sample
        float[][] expected = {ref.left()[m], ref.right()[m]};
        for (int ear = 0; ear < 2; ear++) {
            for (int i = 0; i < h[ear].length; i++) {
                int j = i - delay;
                double want = j >= 0 && j < expected[ear].length ? g * expected[ear][j] : 0;
                assertEquals(want, h[ear][i], 1e-6, "ear " + ear + " sample " + i);
            }
        }
    }

    @Test
    void fullyAbsorbingWallsLeaveOnlyTheDirectHrir() {
        // alpha = 1: every reflection has amplitude 0, the tail level is 0
        RoomSpec room = roomWithSourceAt(-65, 10, WallAbsorption.uniform(1));
        float[][] h = new RoomSimulator(SimulationOptions.hybrid(FS).withLength(0.1)).simulate(room, KEMAR, 3)
                .audio().samples();
        float[] left = KEMAR.hrir(new Direction(-65, 10), FS).left();
        double g = 1 / (4 * Math.PI * 2);
        for (int j = 0; j < left.length; j++) {
            assertEquals(g * left[j], h[0][200 + j], 1e-6);
        }
        for (int i = 200 + left.length; i < h[0].length; i++) {
            assertEquals(0, h[0][i], 1e-9, "sample " + i);
        }
    }

    @Test
    void nearestLookupUsesTheNearestMeasurement() {
        BinauralReceiver nearest = new BinauralReceiver(HrtfSets.builtinKemar(), BinauralReceiver.Lookup.NEAREST,
                2, ReverbLayout.Binaural.HEAD);
        RoomSpec room = roomWithSourceAt(31.5, 1, WallAbsorption.uniform(0.5));
        float[][] h = new RoomSimulator(SimulationOptions.imageSourcesOnly(FS, 0, 0.03)).simulate(room, nearest, 0)
                .audio().samples();
        HrtfSet ref = HrtfSets.builtinKemar().resampled(FS);
        float[] want = ref.right()[measurementIndex(ref, 30, 0)];
        double g = 1 / (4 * Math.PI * room.sourceDistanceM());
        double delay = room.sourceDistanceM() / RoomSpec.SPEED_OF_SOUND_MPS * FS;
        assertEquals(200, delay, 1e-9);
        for (int j = 0; j < want.length; j++) {
            assertEquals(g * want[j], h[1][200 + j], 1e-6);
        }
    }

    private static double energy(float[] x, int from, int to) {
        double e = 0;
        for (int i = Math.max(0, from); i < Math.min(x.length, to); i++) {
            e += (double) x[i] * x[i];
        }
        return e;
    }

    @Test
    void aSourceOnTheLeftIsLouderInTheLeftEar() {
        RoomSpec room = roomWithSourceAt(90, 0, WallAbsorption.uniform(0.3));
        float[][] h = new RoomSimulator(SimulationOptions.hybrid(FS)).simulate(room, KEMAR, 1).audio().samples();
        int direct = 200;
        double left = energy(h[0], direct, direct + 100);
        double right = energy(h[1], direct, direct + 100);
        assertTrue(10 * Math.log10(left / right) > 10, "direct ILD " + 10 * Math.log10(left / right) + " dB");
        assertTrue(energy(h[0], 0, h[0].length) > energy(h[1], 0, h[1].length));
    }

    @Test
    void theSameSeedGivesTheSameResponseAndAnotherSeedAnotherTail() {
        RoomSpec room = roomWithSourceAt(20, 5, WallAbsorption.uniform(0.4));
        RoomSimulator sim = new RoomSimulator(SimulationOptions.hybrid(FS));
        float[][] a = sim.simulate(room, KEMAR, 42).audio().samples();
        float[][] b = sim.simulate(room, KEMAR, 42).audio().samples();
        float[][] c = sim.simulate(room, KEMAR, 43).audio().samples();
        assertArrayEquals(a[0], b[0]);
        assertArrayEquals(a[1], b[1]);
        assertFalse(Arrays.equals(a[0], c[0]));
    }

    @Test
    void theTailContinuesTheEarlyLevelAndDecaysLikeTheOmniTail() {
        RoomSpec room = RoomSpec.fromTargetRt60(new Vec3(6, 5, 3), 0.6, ReverbFormula.EYRING, new Vec3(1.5, 1.2, 1.4),
                new Vec3(4, 3, 1.6), 30);
        RoomSimulator sim = new RoomSimulator(SimulationOptions.hybrid(FS));
        RoomImpulseResponse r = sim.simulate(room, KEMAR, 5);
        int t = (int) Math.round(r.transitionS() * FS);
        int w = (int) Math.round(0.02 * FS);
        double rt = room.eyringRt60S();
        // expected ratio of a 20 ms window after vs before the transition for an exponential decay
        double decayDb = -60 * 0.02 / rt;
        for (int ear = 0; ear < 2; ear++) {
            float[] x = r.audio().channel(ear);
            double before = energy(x, t - w, t);
            double after = energy(x, t, t + w);
            double jumpDb = 10 * Math.log10(after / before) - decayDb;
            assertEquals(0, jumpDb, 2.5, "ear " + ear + " level step at the transition");
        }
        float[] omni = sim.simulate(room, new OmniReceiver(), 5).audio().channel(0);
        double omniT30 = RoomAnalysis.t30S(omni, FS);
        for (int ear = 0; ear < 2; ear++) {
            double t30 = RoomAnalysis.t30S(r.audio().channel(ear), FS);
            assertEquals(omniT30, t30, 0.1 * omniT30, "ear " + ear + " T30");
        }
    }

    @Test
    void theDiffuseEarSignalsHaveTheLayoutsInterauralCoherence() {
        DiffuseEarFilters ear = KEMAR.earFilters(FS);
        int n = 1 << 17;
        Random rng = new Random(9);
        double[][] tail = new double[2][n];
        for (int i = 0; i < n; i++) {
            tail[0][i] = rng.nextGaussian();
            tail[1][i] = rng.nextGaussian();
        }
        ear.apply(tail);
        // Welch estimate of Re(S_LR) / sqrt(S_LL S_RR) in 4 ranges
        int seg = 1024;
        double[][] s = new double[3][seg / 2 + 1];
        DoubleFFT_1D fft = new DoubleFFT_1D(seg);
        for (int start = 0; start + seg <= n; start += seg / 2) {
            double[] a = new double[seg];
            double[] b = new double[seg];
            for (int i = 0; i < seg; i++) {
                double wnd = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / seg);
                a[i] = tail[0][start + i] * wnd;
                b[i] = tail[1][start + i] * wnd;
            }
            fft.realForward(a);
            fft.realForward(b);
            for (int k = 1; k < seg / 2; k++) {
                s[0][k] += a[2 * k] * a[2 * k] + a[2 * k + 1] * a[2 * k + 1];
                s[1][k] += b[2 * k] * b[2 * k] + b[2 * k + 1] * b[2 * k + 1];
                s[2][k] += a[2 * k] * b[2 * k] + a[2 * k + 1] * b[2 * k + 1];
            }
        }
        ReverbLayout.Binaural head = ReverbLayout.Binaural.HEAD;
        for (double f : new double[] {150, 600, 1300, 3000}) {
            int k = (int) Math.round(f * seg / FS);
            double re = 0;
            double ll = 0;
            double rr = 0;
            for (int j = k - 1; j <= k + 1; j++) {
                re += s[2][j];
                ll += s[0][j];
                rr += s[1][j];
            }
            double fk = (double) k * FS / seg;
            assertEquals(head.coherence(fk), re / Math.sqrt(ll * rr), 0.08, "coherence at " + fk + " Hz");
        }
    }

    @Test
    void directionCellsAreSmallAndTheirCentresInside() {
        BinauralHrirs h = KEMAR.hrirs(FS);
        Random rng = new Random(3);
        for (int i = 0; i < 2000; i++) {
            Direction d = new Direction(360 * rng.nextDouble() - 179.999, Math.toDegrees(Math.asin(2 * rng.nextDouble() - 1)));
            int key = h.cellKey(d);
            Direction c = h.cellCentre(key);
            assertEquals(key, h.cellKey(c), "centre of the cell of " + d);
            assertTrue(d.angleToDeg(c) <= BinauralReceiver.DEFAULT_CELL_DEG,
                    d + " is " + d.angleToDeg(c) + " deg from its cell centre");
        }
    }
}
