package dev.earshot.ml.text.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MlpHeadTest {

    static MlpHead randomHead(int in, long seed) {
        Random r = new Random(seed);
        MlpHead shape = new MlpHead(in, 16, 8, 4, 16f, zeros(in, 16, 8, 4));
        Map<String, float[]> t = new LinkedHashMap<>();
        for (String n : MlpHead.NAMES) {
            int[] s = shape.shape(n);
            float[] a = new float[s.length == 1 ? s[0] : s[0] * s[1]];
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) (r.nextGaussian() * 0.5);
            }
            t.put(n, a);
        }
        return new MlpHead(in, 16, 8, 4, 16f, t);
    }

    static Map<String, float[]> zeros(int in, int h1, int h2, int e) {
        int[][] shapes = {{in, h1}, {h1}, {h1, h2}, {h2}, {h2, e}, {e, 12}, {h2, 2}, {2}, {h2, e}, {e, 12}, {h2, 2}, {2},
            {h2, 6}, {6}};
        Map<String, float[]> m = new LinkedHashMap<>();
        for (int i = 0; i < shapes.length; i++) {
            m.put(MlpHead.NAMES.get(i), new float[shapes[i].length == 1 ? shapes[i][0] : shapes[i][0] * shapes[i][1]]);
        }
        return m;
    }

    @Test
    void javaForwardMatchesTheDjlGraph() {
        MlpHead h = randomHead(20, 3);
        Random r = new Random(5);
        List<float[]> xs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            float[] x = new float[20];
            for (int k = 0; k < 20; k++) {
                x[k] = r.nextInt(3) == 0 ? 0f : (float) r.nextGaussian();
            }
            xs.add(x);
        }
        float[][] djl = DjlTrainer.djlOutputs(h, xs);
        for (int i = 0; i < xs.size(); i++) {
            float[] h2 = h.hidden(xs.get(i));
            double[] p0 = h.binProbabilities(h2, "0");
            double[] p1 = h.binProbabilities(h2, "1");
            for (int b = 0; b < 12; b++) {
                assertEquals(djl[i][b], p0[b], 1e-4, "start bin " + b);
                assertEquals(djl[i][12 + b], p1[b], 1e-4, "end bin " + b);
            }
            HeadOutput o = h.forward(xs.get(i));
            double[] expect = {o.startElevationDeg(), o.endElevationDeg(), o.distanceM(), o.spreadDeg(), o.wetMix(),
                o.gainDb()};
            for (int k = 0; k < 6; k++) {
                assertEquals(djl[i][24 + k], expect[k], 1e-3 * Math.max(1, Math.abs(expect[k])), "output " + k);
            }
        }
    }

    @Test
    void outputsStayInTheirRangesForExtremeInputs() {
        MlpHead h = randomHead(20, 4);
        float[] x = new float[20];
        java.util.Arrays.fill(x, 1e6f);
        HeadOutput o = h.forward(x);
        assertTrue(o.startElevationDeg() >= -60 && o.startElevationDeg() <= 60);
        assertTrue(o.distanceM() >= 0.6 && o.distanceM() <= 6);
        assertTrue(o.spreadDeg() >= 5 && o.spreadDeg() <= 120);
        assertTrue(o.wetMix() >= 0 && o.wetMix() <= 1);
        assertTrue(o.gainDb() >= -6 && o.gainDb() <= 6);
        assertTrue(Double.isFinite(o.startAzimuthDeg()) && o.startAzimuthDeg() > -180 && o.startAzimuthDeg() <= 180);
    }

    @Test
    void azimuthStaysWithinFifteenDegreesOfTheChosenBinCentre() {
        MlpHead h = randomHead(20, 6);
        Random r = new Random(8);
        for (int i = 0; i < 50; i++) {
            float[] x = new float[20];
            for (int k = 0; k < 20; k++) {
                x[k] = (float) r.nextGaussian();
            }
            HeadOutput o = h.forward(x);
            double[] p = h.binProbabilities(h.hidden(x), "0");
            int best = 0;
            for (int b = 1; b < 12; b++) {
                best = p[b] > p[best] ? b : best;
            }
            double d = dev.earshot.spatial.geom.Direction.wrapDeg(o.startAzimuthDeg() - best * 30.0);
            assertTrue(Math.abs(d) <= 15 + 1e-9, "azimuth " + o.startAzimuthDeg() + " bin " + best);
            assertEquals(p[best], o.startBinProb(), 1e-12);
        }
    }

    @Test
    void binsAreCentredOnMultiplesOfThirtyDegrees() {
        assertEquals(0, MlpHead.bin(0));
        assertEquals(0, MlpHead.bin(14.9));
        assertEquals(3, MlpHead.bin(90));
        assertEquals(9, MlpHead.bin(-90));
        assertEquals(6, MlpHead.bin(180));
        assertEquals(6, MlpHead.bin(-179));
        assertEquals(180.0, MlpHead.binCentreDeg(6));
        assertEquals(-90.0, MlpHead.binCentreDeg(9));
    }

    @Test
    void writeThenReadGivesTheSameTensors() throws IOException {
        MlpHead h = randomHead(20, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        h.write(out);
        MlpHead back = MlpHead.read(new ByteArrayInputStream(out.toByteArray()), "mem", 16f);
        for (String n : MlpHead.NAMES) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(h.t.get(n), back.t.get(n), n);
        }
    }

    @Test
    void readingGarbageNamesTheSource() {
        IOException e = assertThrows(IOException.class,
                () -> MlpHead.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}), "bad.bin", 16f));
        assertTrue(e.getMessage().contains("bad.bin"), e.getMessage());
    }

    @Test
    void rejectsNonFiniteWeights() {
        Map<String, float[]> z = zeros(4, 16, 8, 4);
        z.get("b1")[0] = Float.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MlpHead(4, 16, 8, 4, 16f, z));
        assertTrue(e.getMessage().contains("b1"));
    }
}
