package dev.earshot.spatial.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.ambisonics.SphericalHarmonics;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiversTest {

    /** Records every impulse a receiver emits. */
    private static final class Recorder implements ArrivalSink {
        final List<double[]> calls = new ArrayList<>(); // {channel, delayS, gain band 0}

        @Override
        public int sampleRateHz() {
            return 48000;
        }

        @Override
        public void addImpulse(int channel, double delayS, double[] bandGains) {
            calls.add(new double[] {channel, delayS, bandGains[0]});
        }

        @Override
        public void addFiltered(int channel, double delayS, double[] bandGains, float[] fir) {
            throw new UnsupportedOperationException("not used by these receivers");
        }

        @Override
        public void addSamples(int channel, long startSample, double[] bandGains, double[] samples, int count) {
            throw new UnsupportedOperationException("not used by these receivers");
        }
    }

    private static ImageSource plane(Direction d, double distanceM) {
        double[] amp = new double[7];
        java.util.Arrays.fill(amp, 1);
        Vec3 rel = d.unitVector().times(distanceM);
        return new ImageSource(0, new int[6], rel, rel, distanceM, distanceM / RoomSpec.SPEED_OF_SOUND_MPS, amp, d);
    }

    @Test
    void ambisonicReceiverEncodesTheArrivalDirection() {
        Direction d = new Direction(-40, 25);
        Recorder rec = new Recorder();
        new AmbisonicReceiver(3).addImage(plane(d, 2), rec);
        double[] sh = SphericalHarmonics.sn3d(3, d);
        double[] got = new double[16];
        for (double[] c : rec.calls) {
            got[(int) c[0]] = c[2];
            assertEquals(2 / RoomSpec.SPEED_OF_SOUND_MPS, c[1], 1e-15);
        }
        for (int i = 0; i < 16; i++) {
            assertEquals(sh[i], got[i], 1e-12);
        }
    }

    @Test
    void ambisonicDiffuseMixingHasSn3dVariances() {
        double[][] m = new AmbisonicReceiver(2).diffuseMixing();
        assertEquals(1, m[0][0] * m[0][0], 1e-12);
        assertEquals(1.0 / 3, m[2][2] * m[2][2], 1e-12);
        assertEquals(1.0 / 5, m[6][6] * m[6][6], 1e-12);
    }

    @Test
    void ambisonicOrderOutsideOneToThreeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AmbisonicReceiver(4));
    }

    @Test
    void tetrahedralPlaneWaveGivesDisseBFormat() {
        // far plane wave: capsule outputs 0.5 + 0.5 u_i.d, A->B gives W = 1, (X, Y, Z) = d / sqrt(3)
        Direction d = new Direction(70, -20);
        Recorder rec = new Recorder();
        new TetrahedralArrayReceiver().addImage(plane(d, 1000), rec);
        float[][] a = new float[4][1];
        for (double[] c : rec.calls) {
            a[(int) c[0]][0] = (float) c[2];
        }
        AudioBuffer b = TetrahedralArrayReceiver.toBFormat(new AudioBuffer(a, 48000));
        Vec3 u = d.unitVector();
        double s = 1 / Math.sqrt(3);
        assertEquals(1, b.channel(0)[0], 1e-4);
        assertEquals(u.y() * s, b.channel(1)[0], 1e-4);
        assertEquals(u.z() * s, b.channel(2)[0], 1e-4);
        assertEquals(u.x() * s, b.channel(3)[0], 1e-4);
    }

    @Test
    void tetrahedralCapsulesHearThroughTheirOwnPositions() {
        // a near source straight ahead arrives first at the front capsules m0, m1
        Recorder rec = new Recorder();
        new TetrahedralArrayReceiver().addImage(plane(Direction.FRONT, 1), rec);
        double c = RoomSpec.SPEED_OF_SOUND_MPS;
        double v = 0.05 / Math.sqrt(3);
        double front = Math.sqrt((1 - v) * (1 - v) + 2 * v * v);
        double back = Math.sqrt((1 + v) * (1 + v) + 2 * v * v);
        assertEquals(front / c, rec.calls.get(0)[1], 1e-12);
        assertEquals(front / c, rec.calls.get(1)[1], 1e-12);
        assertEquals(back / c, rec.calls.get(2)[1], 1e-12);
        assertEquals(back / c, rec.calls.get(3)[1], 1e-12);
    }

    @Test
    void aToBMatrixIsExactlyTheDisseOne() {
        float[][] a = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};
        AudioBuffer b = TetrahedralArrayReceiver.toBFormat(new AudioBuffer(a, 48000));
        // columns = capsules; rows W, Y, Z, X
        float[][] expected = {
            {0.5f, 0.5f, 0.5f, 0.5f},
            {0.5f, -0.5f, 0.5f, -0.5f},
            {0.5f, -0.5f, -0.5f, 0.5f},
            {0.5f, 0.5f, -0.5f, -0.5f}};
        for (int r = 0; r < 4; r++) {
            for (int k = 0; k < 4; k++) {
                assertEquals(expected[r][k], b.channel(r)[k], 0);
            }
        }
    }

    @Test
    void tetrahedralDiffuseFieldGivesEachCardioidAThirdOfTheEnergy() {
        double[][] m = new TetrahedralArrayReceiver().diffuseMixing();
        for (double[] row : m) {
            double e = 0;
            for (int k = 0; k < 4; k++) {
                e += row[k] * row[k]; // unit-variance components; X, Y, Z's 1/sqrt(3) is in the matrix
            }
            assertEquals(1.0 / 3, e, 1e-12);
        }
    }

    @Test
    void ambisonicTailHasDiffuseChannelEnergies() {
        RoomSpec room = RoomSpec.fromTargetRt60(new Vec3(8, 6, 3.5), 1.2, ReverbFormula.EYRING, new Vec3(2, 2, 1.5),
                new Vec3(5.5, 3.5, 1.6), 0);
        AudioBuffer b = new RoomSimulator(SimulationOptions.hybrid(16000)).simulate(room, new AmbisonicReceiver(1), 9)
                .audio();
        double w = 0;
        double xyz = 0;
        int from = (int) (0.2 * 16000);
        for (int i = from; i < b.frames(); i++) {
            w += b.channel(0)[i] * b.channel(0)[i];
            for (int ch = 1; ch < 4; ch++) {
                xyz += b.channel(ch)[i] * b.channel(ch)[i];
            }
        }
        assertEquals(1.0, xyz / w, 0.05); // three channels at 1/3 each
    }
}
