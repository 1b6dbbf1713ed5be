package dev.earshot.spatial.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.hrtf.Hrir;
import dev.earshot.spatial.hrtf.HrirLookup;
import org.junit.jupiter.api.Test;

class BinauralStageTest {
    private static final int BLOCK = 128;
    private static final int TAPS = 300;

    /** HRIRs that depend only on whether the source is left (az > 0) or not. */
    private static final class TwoFilterLookup implements HrirLookup {
        final Hrir left = new Hrir(TestSignals.noise(TAPS, 31), TestSignals.noise(TAPS, 32), 48000);
        final Hrir right = new Hrir(TestSignals.noise(TAPS, 33), TestSignals.noise(TAPS, 34), 48000);

        @Override
        public Hrir lookup(Direction d) {
            return d.azimuthDeg() > 0 ? left : right;
        }

        @Override
        public int sampleRateHz() {
            return 48000;
        }

        @Override
        public int length() {
            return TAPS;
        }
    }

    private static float[][] run(BinauralStage stage, float[] x, Direction[] blockEnds) {
        RenderBlock b = new RenderBlock(BLOCK, 2, 48000);
        float[][] y = new float[2][blockEnds.length * BLOCK];
        Direction prev = blockEnds[0];
        for (int k = 0; k < blockEnds.length; k++) {
            java.util.Arrays.fill(b.mono, 0f);
            int from = k * BLOCK;
            System.arraycopy(x, Math.min(from, x.length), b.mono, 0, Math.max(0, Math.min(BLOCK, x.length - from)));
            b.startFrame = from;
            b.startDirection = prev;
            b.endDirection = blockEnds[k];
            prev = blockEnds[k];
            stage.process(b);
            System.arraycopy(b.out[0], 0, y[0], from, BLOCK);
            System.arraycopy(b.out[1], 0, y[1], from, BLOCK);
        }
        return y;
    }

    @Test
    void staticSourceEqualsDirectConvolutionForBothEars() {
        TwoFilterLookup lookup = new TwoFilterLookup();
        float[] x = TestSignals.noise(1000, 35);
        Direction[] ends = new Direction[11];
        java.util.Arrays.fill(ends, new Direction(30, 0));
        float[][] y = run(new BinauralStage(lookup, BLOCK, false), x, ends);
        double[] refL = TestSignals.directConvolution(x, lookup.left.left());
        double[] refR = TestSignals.directConvolution(x, lookup.left.right());
        for (int n = 0; n < refL.length; n++) {
            assertEquals(refL[n], y[0][n], 1e-5, "left " + n);
            assertEquals(refR[n], y[1][n], 1e-5, "right " + n);
        }
    }

    @Test
    void filterChangeCrossfadesOldAndNewOutputsOverOneBlock() {
        TwoFilterLookup lookup = new TwoFilterLookup();
        float[] x = TestSignals.noise(6 * BLOCK, 36);
        Direction l = new Direction(30, 0);
        Direction r = new Direction(-30, 0);
        Direction[] ends = {l, l, l, r, r, r};
        float[][] y = run(new BinauralStage(lookup, BLOCK, true), x, ends);
        double[] y1 = TestSignals.directConvolution(x, lookup.left.right());
        double[] y2 = TestSignals.directConvolution(x, lookup.right.right());
        for (int n = 0; n < 6 * BLOCK; n++) {
            int k = n - 3 * BLOCK;
            double w = k < 0 ? 0 : k < BLOCK ? 0.5 - 0.5 * Math.cos(Math.PI * (k + 1) / BLOCK) : 1;
            assertEquals((1 - w) * y1[n] + w * y2[n], y[1][n], 1e-5, "sample " + n);
        }
    }

    @Test
    void backAndForthChangesAlwaysFadeFromTheFilterLastHeard() {
        TwoFilterLookup lookup = new TwoFilterLookup();
        float[] x = TestSignals.noise(5 * BLOCK, 37);
        Direction l = new Direction(30, 0);
        Direction r = new Direction(-30, 0);
        Direction[] ends = {l, r, l, r, r};
        float[][] y = run(new BinauralStage(lookup, BLOCK, true), x, ends);
        double[] a = TestSignals.directConvolution(x, lookup.left.left());
        double[] b = TestSignals.directConvolution(x, lookup.right.left());
        for (int n = BLOCK; n < 5 * BLOCK; n++) {
            int blk = n / BLOCK;
            int k = n % BLOCK;
            double w = blk == 4 ? 1 : 0.5 - 0.5 * Math.cos(Math.PI * (k + 1) / BLOCK);
            double[] from = blk % 2 == 1 ? a : b;
            double[] to = blk == 4 ? b : blk % 2 == 1 ? b : a;
            assertEquals((1 - w) * from[n] + w * to[n], y[0][n], 1e-5, "sample " + n);
        }
    }

    /** Records every direction it is asked for; the filters depend on the azimuth. */
    private static final class RecordingLookup implements HrirLookup {
        final java.util.List<Direction> asked = new java.util.ArrayList<>();

        @Override
        public Hrir lookup(Direction d) {
            asked.add(d);
            float[] l = new float[TAPS];
            float[] r = new float[TAPS];
            l[0] = (float) d.azimuthDeg();
            r[1] = 1;
            return new Hrir(l, r, 48000);
        }

        @Override
        public int sampleRateHz() {
            return 48000;
        }

        @Override
        public int length() {
            return TAPS;
        }
    }

    @Test
    void movingSourceLooksUpANewFilterOnlyAfterHalfADegreeAndSettlesOnTheFinalDirection() {
        RecordingLookup lookup = new RecordingLookup();
        // 0.2 degrees per block for 10 blocks (0 -> 2 degrees), then 3 blocks standing at 2 degrees
        Direction[] ends = new Direction[13];
        for (int k = 0; k < ends.length; k++) {
            ends[k] = new Direction(0.2 * Math.min(k + 1, 10), 0);
        }
        RenderBlock b = new RenderBlock(BLOCK, 2, 48000);
        Direction prev = new Direction(0, 0);
        BinauralStage stage = new BinauralStage(lookup, BLOCK, true);
        for (Direction end : ends) {
            b.startDirection = prev;
            b.endDirection = end;
            stage.process(b);
            prev = end;
        }
        double[] az = lookup.asked.stream().mapToDouble(Direction::azimuthDeg).toArray();
        // start, then the first block end at least 0.5 degrees past the last lookup, then the stop
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0, 0.6, 1.2, 1.8, 2.0}, az, 1e-9);
        // the output after the stop uses exactly the final filter: left = 2.0 * input
        java.util.Arrays.fill(b.mono, 1f);
        b.startDirection = ends[12];
        b.endDirection = ends[12];
        stage.process(b);
        stage.process(b);
        assertEquals(2.0, b.out[0][BLOCK - 1], 1e-6);
    }
}
