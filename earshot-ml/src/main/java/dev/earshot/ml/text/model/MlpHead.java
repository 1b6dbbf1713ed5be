package dev.earshot.ml.text.model;

import dev.earshot.spatial.geom.Direction;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The MLP head's parameters and its pure-Java forward pass (the same arithmetic as the DJL graph of
 * {@link DjlTrainer}, which a test checks). Architecture, {@code h} = hidden sizes:
 * <pre>
 * h1 = relu(x W1 + b1)            (D -> H1)
 * h2 = relu(h1 W2 + b2)           (H1 -> H2)
 * per azimuth head a in {start, end}:
 *   e = normalise(h2 Pa)          (H2 -> E), cos_k = e . normalise(Ca[:, k]) for 12 bins
 *   p = softmax(scale * cos)      bin k is centred on k * 30 deg (Earshot azimuth, +left)
 *   (s, c) = normalise(h2 Ra + ra)  regression refinement, az_reg = atan2(s, c)
 *   az = centre(argmax p) + clamp(wrap(az_reg - centre), -15, 15)
 * y = h2 Wr + br                  (H2 -> 6)
 *   elevation start/end = 60 tanh(y0/y1) deg; distance = 0.6 + 5.4 sigmoid(y2) m;
 *   spread = 5 + 115 sigmoid(y3) deg; wet = sigmoid(y4); gain = 6 tanh(y5) dB   (SPEC 5.2 ranges)
 * </pre>
 * Stored as a sequence of named float32 tensors (big-endian): int magic "EMLP", int count, then per
 * tensor UTF name, int rank, dims, floats.
 */
final class MlpHead {

    /** Number of azimuth bins (30 degrees each, centred on multiples of 30). */
    static final int BINS = 12;
    /** Regression outputs: elevation start, elevation end, distance, spread, wet, gain. */
    static final int REG = 6;
    /** Tensor names in storage order. */
    static final List<String> NAMES = List.of("W1", "b1", "W2", "b2", "P0", "C0", "R0", "r0", "P1", "C1", "R1", "r1",
            "Wr", "br");
    private static final int MAGIC = 0x454D4C50;

    final int inputDim;
    final int hidden1;
    final int hidden2;
    final int embedDim;
    final float scale;
    /** Tensors by name, row-major. */
    final Map<String, float[]> t;

    /**
     * @param inputDim D @param hidden1 H1 @param hidden2 H2 @param embedDim E
     * @param scale    the angular-margin scale s (softmax temperature 1/s)
     * @param tensors  all of {@link #NAMES}, row-major with the shapes of {@link #shape}
     */
    MlpHead(int inputDim, int hidden1, int hidden2, int embedDim, float scale, Map<String, float[]> tensors) {
        this.inputDim = inputDim;
        this.hidden1 = hidden1;
        this.hidden2 = hidden2;
        this.embedDim = embedDim;
        this.scale = scale;
        this.t = new LinkedHashMap<>();
        for (String n : NAMES) {
            float[] v = tensors.get(n);
            int[] s = shape(n);
            int len = s.length == 1 ? s[0] : s[0] * s[1];
            if (v == null || v.length != len) {
                throw new IllegalArgumentException("model tensor " + n + ": expected " + len + " values, got "
                        + (v == null ? "none" : v.length));
            }
            for (float f : v) {
                if (!Float.isFinite(f)) {
                    throw new IllegalArgumentException("model tensor " + n + " holds a non-finite value");
                }
            }
            t.put(n, v);
        }
    }

    /** @param name a tensor name @return its shape */
    int[] shape(String name) {
        return switch (name) {
            case "W1" -> new int[] {inputDim, hidden1};
            case "b1" -> new int[] {hidden1};
            case "W2" -> new int[] {hidden1, hidden2};
            case "b2" -> new int[] {hidden2};
            case "P0", "P1" -> new int[] {hidden2, embedDim};
            case "C0", "C1" -> new int[] {embedDim, BINS};
            case "R0", "R1" -> new int[] {hidden2, 2};
            case "r0", "r1" -> new int[] {2};
            case "Wr" -> new int[] {hidden2, REG};
            case "br" -> new int[] {REG};
            default -> throw new IllegalArgumentException("unknown model tensor " + name);
        };
    }

    /** @return total number of parameters */
    int parameterCount() {
        return t.values().stream().mapToInt(a -> a.length).sum();
    }

    /** @param degBin bin index @return its centre, Earshot azimuth degrees */
    static double binCentreDeg(int bin) {
        return Direction.wrapDeg(bin * 30.0);
    }

    /** @param azDeg Earshot azimuth @return the bin whose centre is nearest */
    static int bin(double azDeg) {
        return (int) Math.floorMod(Math.round(azDeg / 30.0), (long) BINS);
    }

    /**
     * Runs the head on one input vector.
     *
     * @param x input, {@code inputDim} values (zeros are skipped, so sparse inputs are cheap)
     * @return the decoded output
     */
    HeadOutput forward(float[] x) {
        float[] h1 = t.get("b1").clone();
        float[] w1 = t.get("W1");
        for (int i = 0; i < inputDim; i++) {
            float xi = x[i];
            if (xi != 0f) {
                int row = i * hidden1;
                for (int j = 0; j < hidden1; j++) {
                    h1[j] += xi * w1[row + j];
                }
            }
        }
        relu(h1);
        float[] h2 = affine(h1, t.get("W2"), t.get("b2"), hidden2);
        relu(h2);
        double[] a0 = azimuth(h2, "0");
        double[] a1 = azimuth(h2, "1");
        float[] y = affine(h2, t.get("Wr"), t.get("br"), REG);
        return new HeadOutput(a0[0], a1[0], a0[1], a1[1],
                60 * Math.tanh(y[0]), 60 * Math.tanh(y[1]),
                0.6 + 5.4 * sigmoid(y[2]), 5 + 115 * sigmoid(y[3]), sigmoid(y[4]), 6 * Math.tanh(y[5]));
    }

    /** @return {azimuth deg, probability of the chosen bin} */
    private double[] azimuth(float[] h2, String k) {
        double[] p = binProbabilities(h2, k);
        int best = 0;
        for (int i = 1; i < BINS; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        float[] r = affine(h2, t.get("R" + k), t.get("r" + k), 2);
        double centre = binCentreDeg(best);
        double az = centre;
        if (Math.hypot(r[0], r[1]) > 1e-12) {
            double reg = Math.toDegrees(Math.atan2(r[0], r[1]));
            az = centre + Math.max(-15, Math.min(15, Direction.wrapDeg(reg - centre)));
        }
        return new double[] {Direction.wrapDeg(az), p[best]};
    }

    /** @return softmax(scale * cosine) over the bins of azimuth head k ("0" start, "1" end) */
    double[] binProbabilities(float[] h2, String k) {
        float[] e = affine(h2, t.get("P" + k), null, embedDim);
        normalise(e);
        float[] c = t.get("C" + k);
        double[] logits = new double[BINS];
        double max = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < BINS; b++) {
            double dot = 0;
            double norm = 0;
            for (int j = 0; j < embedDim; j++) {
                float w = c[j * BINS + b];
                dot += e[j] * w;
                norm += w * (double) w;
            }
            logits[b] = scale * dot / (Math.sqrt(norm) + 1e-6);
            max = Math.max(max, logits[b]);
        }
        double sum = 0;
        for (int b = 0; b < BINS; b++) {
            logits[b] = Math.exp(logits[b] - max);
            sum += logits[b];
        }
        for (int b = 0; b < BINS; b++) {
            logits[b] /= sum;
        }
        return logits;
    }

    /** @return the second hidden layer for an input (for tests and diagnostics) */
    float[] hidden(float[] x) {
        float[] h1 = affine(x, t.get("W1"), t.get("b1"), hidden1);
        relu(h1);
        float[] h2 = affine(h1, t.get("W2"), t.get("b2"), hidden2);
        relu(h2);
        return h2;
    }

    private static float[] affine(float[] in, float[] w, float[] b, int out) {
        float[] y = b == null ? new float[out] : b.clone();
        for (int i = 0; i < in.length; i++) {
            float v = in[i];
            if (v != 0f) {
                int row = i * out;
                for (int j = 0; j < out; j++) {
                    y[j] += v * w[row + j];
                }
            }
        }
        return y;
    }

    private static void relu(float[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] > 0)) {
                v[i] = 0;
            }
        }
    }

    private static void normalise(float[] v) {
        double n = 0;
        for (float f : v) {
            n += f * (double) f;
        }
        float inv = (float) (1 / (Math.sqrt(n) + 1e-6));
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
    }

    static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    /** Writes the tensors. @param os destination @throws IOException on write errors */
    void write(OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(MAGIC);
        out.writeInt(NAMES.size());
        for (String n : NAMES) {
            int[] s = shape(n);
            out.writeUTF(n);
            out.writeInt(s.length);
            for (int d : s) {
                out.writeInt(d);
            }
            for (float f : t.get(n)) {
                out.writeFloat(f);
            }
        }
        out.flush();
    }

    /**
     * Reads tensors written by {@link #write}.
     *
     * @param in         the stream
     * @param source     name for error messages
     * @param scale      the angular-margin scale (from the manifest)
     * @return the head
     * @throws IOException if reading fails or the content is not a model of this shape (message names the source)
     */
    static MlpHead read(InputStream in, String source, float scale) throws IOException {
        DataInputStream d = new DataInputStream(in);
        if (d.readInt() != MAGIC) {
            throw new IOException(source + ": not an Earshot MLP weight file (bad magic)");
        }
        int count = d.readInt();
        if (count != NAMES.size()) {
            throw new IOException(source + ": expected " + NAMES.size() + " tensors, found " + count);
        }
        Map<String, float[]> m = new LinkedHashMap<>();
        Map<String, int[]> shapes = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String name = d.readUTF();
            int rank = d.readInt();
            if (rank < 1 || rank > 2) {
                throw new IOException(source + ": tensor " + name + " has rank " + rank + ", expected 1 or 2");
            }
            int[] s = new int[rank];
            long len = 1;
            for (int r = 0; r < rank; r++) {
                s[r] = d.readInt();
                len *= s[r];
            }
            if (len <= 0 || len > 50_000_000) {
                throw new IOException(source + ": tensor " + name + " has an invalid size " + len);
            }
            float[] v = new float[(int) len];
            for (int k = 0; k < v.length; k++) {
                v[k] = d.readFloat();
            }
            m.put(name, v);
            shapes.put(name, s);
        }
        for (String n : List.of("W1", "W2", "P0", "C0")) {
            if (!shapes.containsKey(n) || shapes.get(n).length != 2) {
                throw new IOException(source + ": tensor " + n + " missing or not a matrix");
            }
        }
        try {
            return new MlpHead(shapes.get("W1")[0], shapes.get("W1")[1], shapes.get("W2")[1], shapes.get("P0")[1],
                    scale, m);
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }
}
