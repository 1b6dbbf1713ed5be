package dev.earshot.spatial.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import dev.earshot.spatial.hrtf.Hrir;
import dev.earshot.spatial.hrtf.HrtfSets;
import dev.earshot.spatial.hrtf.InterpolatedHrirLookup;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** How {@link BinauralHrirs#place} puts one image source into the response, per reflection order. */
class BinauralPlacementTest {
    private static final int FS = 32000;
    private static final BinauralHrirs HRIRS = BinauralReceiver.kemar().hrirs(FS);
    /** An independent lookup on the same set at the same rate. */
    private static final InterpolatedHrirLookup LOOKUP =
            new InterpolatedHrirLookup(HrtfSets.builtinKemar().resampled(FS));

    /** Collects channels 0 and 1 of one band into plain arrays. */
    private static final class Capture implements ArrivalSink {
        final double[][] out = new double[2][4096];

        @Override
        public int sampleRateHz() {
            return FS;
        }

        @Override
        public void addImpulse(int channel, double delayS, double[] bandGains) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addFiltered(int channel, double delayS, double[] bandGains, float[] fir) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addSamples(int channel, long startSample, double[] bandGains, double[] samples, int count) {
            for (int i = 0; i < count; i++) {
                out[channel][(int) startSample + i] += bandGains[0] * samples[i];
            }
        }
    }

    private static ImageSource image(int order, double delaySamples, Direction d, double amp) {
        double[] a = new double[OctaveBands.COUNT];
        Arrays.fill(a, amp);
        double dist = delaySamples / FS * RoomSpec.SPEED_OF_SOUND_MPS;
        Vec3 rel = d.unitVector().times(dist);
        return new ImageSource(order, new int[6], rel, rel, dist, delaySamples / FS, a, d);
    }

    @Test
    void aSecondOrderImageIsItsCellsHrirAtTheNearestSample() {
        Direction d = new Direction(37.3, 12.1);
        Capture sink = new Capture();
        HRIRS.place(image(2, 1234.4, d, 0.25), sink);
        Hrir cell = LOOKUP.lookup(HRIRS.cellCentre(HRIRS.cellKey(d)));
        float[][] want = {cell.left(), cell.right()};
        for (int ear = 0; ear < 2; ear++) {
            for (int i = 0; i < sink.out[ear].length; i++) {
                int j = i - 1234;
                double w = j >= 0 && j < want[ear].length ? 0.25 * want[ear][j] : 0;
                assertEquals(w, sink.out[ear][i], 1e-7, "ear " + ear + " sample " + i);
            }
        }
    }

    @Test
    void aFirstOrderImageIsItsExactHrirThroughTheFractionalDelayKernel() {
        Direction d = new Direction(-101.7, -20.4);
        Capture sink = new Capture();
        HRIRS.place(image(1, 1234.4, d, 0.5), sink);
        Hrir exact = LOOKUP.lookup(d);
        float[][] h = {exact.left(), exact.right()};
        // time-domain reference: kernel tap k (offset k - 40 from sample 1234) times the HRIR
        double[] kernel = new double[2 * FractionalDelay.HALF_WIDTH + 1];
        FractionalDelay.kernel(0.4, kernel);
        for (int ear = 0; ear < 2; ear++) {
            double[] want = new double[sink.out[ear].length];
            for (int k = 0; k < kernel.length; k++) {
                for (int j = 0; j < h[ear].length; j++) {
                    want[1234 - FractionalDelay.HALF_WIDTH + k + j] += 0.5 * kernel[k] * h[ear][j];
                }
            }
            for (int i = 0; i < want.length; i++) {
                assertEquals(want[i], sink.out[ear][i], 1e-7, "ear " + ear + " sample " + i);
            }
        }
    }

    @Test
    void everyCellIsCachedOnceWarmed() {
        BinauralHrirs fresh = new BinauralHrirs(HrtfSets.builtinKemar(), FS, true, 5.0, 1);
        int cells = fresh.warmAllCells();
        int rings = (int) Math.ceil(180 / 5.0);
        int expected = 0;
        for (int r = 0; r < rings; r++) {
            double el = -90 + (r + 0.5) * 180.0 / rings;
            expected += Math.max(1, (int) Math.round(360 * Math.cos(Math.toRadians(el)) / 5.0));
        }
        assertEquals(expected, cells);
        assertEquals(cells, fresh.cachedCells());
    }
}
