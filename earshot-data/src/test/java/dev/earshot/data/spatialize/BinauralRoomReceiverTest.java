package dev.earshot.data.spatialize;

import dev.earshot.audio.dsp.Resampler;
import dev.earshot.spatial.hrtf.HrtfSets;
import dev.earshot.spatial.room.ArrivalSink;
import dev.earshot.spatial.room.ImageSource;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BinauralRoomReceiverTest {

    @Test
    void batchResamplingEqualsResamplingEachFilter() {
        float[][] irs = new float[3][];
        for (int i = 0; i < 3; i++) {
            irs[i] = HrtfSets.builtinKemar().left()[100 * i];
        }
        float[][] batch = HrirTables.resampleAll(irs, 44100, 32000, 1f);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(Resampler.resample(irs[i], 44100, 32000), batch[i]);
        }
    }

    @Test
    void fractionalDelayKernelIsAUnitImpulseNearIntegerAndSumsToAboutOne() {
        double[] k = BinauralRoomReceiver.kernel(0.3);
        double sum = 0;
        for (double v : k) {
            sum += v;
        }
        assertEquals(1.0, sum, 0.01);
        // the kernel peaks at the tap nearest the arrival
        assertEquals(40, argMax(k));
    }

    @Test
    void directSoundIsPlacedAsHrirDelayedByTheSimulatorsKernel() {
        checkPlacement(0, BinauralRoomReceiver.HALF_WIDTH);
    }

    @Test
    void reflectionIsPlacedAsHrirDelayedByTheShortKernel() {
        checkPlacement(2, BinauralRoomReceiver.REFLECTION_HALF_WIDTH);
    }

    @Test
    void shortKernelSumsToAboutOne() {
        double sum = 0;
        for (double v : BinauralRoomReceiver.kernel(-0.4, BinauralRoomReceiver.REFLECTION_HALF_WIDTH)) {
            sum += v;
        }
        assertEquals(1.0, sum, 0.02);
    }

    private static void checkPlacement(int order, int half) {
        // reference: per-tap placement of the HRIR taps at delay + j, with the kernel evaluated per tap
        float[] hrir = {0.5f, -0.25f, 0.125f};
        double fs = 16000;
        double delayS = 100.37 / fs;
        double[] expected = new double[300];
        for (int j = 0; j < hrir.length; j++) {
            double d = delayS * fs + j;
            long c = Math.round(d);
            double[] k = BinauralRoomReceiver.kernel(d - c, half);
            for (int t = 0; t < k.length; t++) {
                expected[(int) (c - half + t)] += hrir[j] * k[t];
            }
        }
        double[] got = new double[300];
        ArrivalSink sink = new ArrivalSink() {
            @Override
            public int sampleRateHz() {
                return 16000;
            }

            @Override
            public void addImpulse(int channel, double d, double[] g) {
                throw new AssertionError();
            }

            @Override
            public void addFiltered(int channel, double d, double[] g, float[] fir) {
                if (channel != 0) {
                    return;
                }
                long start = Math.round(d * 16000);
                assertEquals(d * 16000, start, 1e-9);
                for (int j = 0; j < fir.length; j++) {
                    got[(int) start + j] += g[0] * fir[j];
                }
            }
        };
        BinauralRoomReceiver r = new BinauralRoomReceiver(new dev.earshot.spatial.hrtf.HrirLookup() {
            @Override
            public dev.earshot.spatial.hrtf.Hrir lookup(Direction direction) {
                return new dev.earshot.spatial.hrtf.Hrir(hrir, hrir, 16000);
            }

            @Override
            public int sampleRateHz() {
                return 16000;
            }

            @Override
            public int length() {
                return 3;
            }
        }, 1, 1);
        double[] amp = {1, 1, 1, 1, 1, 1, 1};
        r.addImage(new ImageSource(order, order == 0 ? new int[6] : new int[] {order, 0, 0, 0, 0, 0}, new Vec3(1, 0, 0), new Vec3(1, 0, 0), delayS * 343, delayS, amp,
                Direction.FRONT), sink);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], got[i], 1e-6);
        }
    }

    private static int argMax(double[] x) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] > x[best]) {
                best = i;
            }
        }
        return best;
    }
}
