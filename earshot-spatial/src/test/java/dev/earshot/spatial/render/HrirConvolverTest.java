package dev.earshot.spatial.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.spatial.hrtf.Hrir;
import org.junit.jupiter.api.Test;

class HrirConvolverTest {
    private static final int BLOCK = 128;

    private static float[][] run(HrirConvolver c, float[] x, int blocks) {
        float[][] y = new float[2][blocks * BLOCK];
        float[] in = new float[BLOCK];
        float[] l = new float[BLOCK];
        float[] r = new float[BLOCK];
        for (int b = 0; b < blocks; b++) {
            java.util.Arrays.fill(in, 0f);
            int from = b * BLOCK;
            System.arraycopy(x, Math.min(from, x.length), in, 0, Math.max(0, Math.min(BLOCK, x.length - from)));
            c.process(in, l, r);
            System.arraycopy(l, 0, y[0], from, BLOCK);
            System.arraycopy(r, 0, y[1], from, BLOCK);
        }
        return y;
    }

    @Test
    void staticFilterEqualsDirectConvolutionForBothEars() {
        float[] hl = TestSignals.noise(300, 2);
        float[] hr = TestSignals.noise(300, 3);
        float[] x = TestSignals.noise(1000, 4);
        HrirConvolver c = new HrirConvolver(BLOCK, 300);
        c.setFilter(new Hrir(hl, hr, 48000));
        float[][] y = run(c, x, 11);
        double[] refL = TestSignals.directConvolution(x, hl);
        double[] refR = TestSignals.directConvolution(x, hr);
        for (int n = 0; n < refL.length; n++) {
            assertEquals(refL[n], y[0][n], 1e-5, "left " + n);
            assertEquals(refR[n], y[1][n], 1e-5, "right " + n);
        }
    }

    @Test
    void filterChangeCrossfadesOldAndNewOutputsOverOneBlock() {
        float[] h1 = TestSignals.noise(200, 5);
        float[] h2 = TestSignals.noise(200, 6);
        float[] x = TestSignals.noise(BLOCK * 6, 7);
        HrirConvolver c = new HrirConvolver(BLOCK, 200);
        c.setFilter(new Hrir(h1, h1, 48000));
        float[][] first = run(c, java.util.Arrays.copyOf(x, 3 * BLOCK), 3);
        c.setFilter(new Hrir(h2, h2, 48000));
        float[][] rest = run(c, java.util.Arrays.copyOfRange(x, 3 * BLOCK, 6 * BLOCK), 3);
        double[] y1 = TestSignals.directConvolution(x, h1);
        double[] y2 = TestSignals.directConvolution(x, h2);
        for (int n = 0; n < 3 * BLOCK; n++) {
            assertEquals(y1[n], first[0][n], 1e-5);
        }
        for (int k = 0; k < 3 * BLOCK; k++) {
            int n = 3 * BLOCK + k;
            double w = k < BLOCK ? 0.5 - 0.5 * Math.cos(Math.PI * (k + 1) / BLOCK) : 1;
            assertEquals((1 - w) * y1[n] + w * y2[n], rest[0][k], 1e-5, "sample " + n);
        }
    }
}
