package dev.earshot.ml.features;

/**
 * Bicubic resizing exactly as PyTorch's {@code F.interpolate(x, size, mode="bicubic", align_corners=True)}
 * on CPU: source index {@code = dst * (in - 1) / (out - 1)} (0 when {@code out == 1}), computed in float32
 * as torch does; {@code i0 = floor(src)}, {@code t = src - i0}; Keys cubic convolution with {@code A = -0.75}
 * on the taps {@code i0-1 .. i0+2}, indices clamped to the border; separable (width first, then height),
 * float32 arithmetic. Used to stretch the 1001-frame feature maps to the 1024 frames the models expect.
 */
public final class BicubicResize {
    private static final float A = -0.75f;

    private BicubicResize() {
    }

    /**
     * Resizes one map.
     *
     * @param in   input {@code [height][width]}, rectangular, at least 1 x 1
     * @param outH output height, at least 1
     * @param outW output width, at least 1
     * @return the resized map {@code [outH][outW]}
     * @throws IllegalArgumentException on an empty or ragged input or non-positive output size
     */
    public static float[][] alignCorners(float[][] in, int outH, int outW) {
        if (in == null || in.length == 0 || in[0].length == 0) {
            throw new IllegalArgumentException("input map must be at least 1 x 1");
        }
        int inW = in[0].length;
        for (int y = 0; y < in.length; y++) {
            if (in[y].length != inW) {
                throw new IllegalArgumentException("input row " + y + " has " + in[y].length + " columns, expected " + inW);
            }
        }
        if (outH < 1 || outW < 1) {
            throw new IllegalArgumentException("output size must be positive, got " + outH + " x " + outW);
        }
        Taps th = taps(in.length, outH);
        Taps tw = taps(inW, outW);
        float[][] out = new float[outH][outW];
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                float acc = 0f;
                for (int j = 0; j < 4; j++) {
                    float[] row = in[th.index[y][j]];
                    float inner = 0f;
                    for (int k = 0; k < 4; k++) {
                        inner += row[tw.index[x][k]] * tw.weight[x][k];
                    }
                    acc += inner * th.weight[y][j];
                }
                out[y][x] = acc;
            }
        }
        return out;
    }

    /**
     * Resizes the time axis of stacked maps {@code [channels][frames][bins]} to {@code outFrames}, keeping the
     * bins (what the models do when the clip has fewer than 1024 frames).
     *
     * @param maps      feature maps, each {@code [frames][bins]}
     * @param outFrames target number of frames
     * @return new maps {@code [channels][outFrames][bins]}
     * @throws IllegalArgumentException as {@link #alignCorners}
     */
    public static float[][][] resizeFrames(float[][][] maps, int outFrames) {
        float[][][] out = new float[maps.length][][];
        for (int c = 0; c < maps.length; c++) {
            if (maps[c].length == 0) {
                throw new IllegalArgumentException("map " + c + " has no frames");
            }
            out[c] = alignCorners(maps[c], outFrames, maps[c][0].length);
        }
        return out;
    }

    /**
     * What Spatial-AST and DSpAST do before the convolutional front end: resize the time axis to
     * {@code frames} only when the maps are shorter ({@code if x.shape[2] < target_frame}); longer maps are
     * returned unchanged (the same array).
     *
     * @param maps   feature maps {@code [channels][frames][bins]}
     * @param frames target frames (1024 for the models)
     * @return resized maps, or {@code maps} itself when it already has at least {@code frames} frames
     * @throws IllegalArgumentException as {@link #alignCorners}
     */
    public static float[][][] resizeFramesIfShorter(float[][][] maps, int frames) {
        if (maps.length > 0 && maps[0].length >= frames) {
            return maps;
        }
        return resizeFrames(maps, frames);
    }

    private record Taps(int[][] index, float[][] weight) {
    }

    private static Taps taps(int in, int out) {
        float scale = out > 1 ? (float) (in - 1) / (float) (out - 1) : 0f;
        int[][] idx = new int[out][4];
        float[][] w = new float[out][4];
        for (int o = 0; o < out; o++) {
            float real = scale * (float) o;
            int i0 = Math.min((int) Math.floor(real), in - 1);
            float t = Math.min(Math.max(real - (float) i0, 0f), 1f);
            w[o][0] = cubic2(t + 1f);
            w[o][1] = cubic1(t);
            w[o][2] = cubic1(1f - t);
            w[o][3] = cubic2(2f - t);
            for (int k = 0; k < 4; k++) {
                idx[o][k] = Math.max(Math.min(i0 + k - 1, in - 1), 0);
            }
        }
        return new Taps(idx, w);
    }

    /** Keys kernel for |x| <= 1. */
    static float cubic1(float x) {
        return ((A + 2f) * x - (A + 3f)) * x * x + 1f;
    }

    /** Keys kernel for 1 < |x| < 2. */
    static float cubic2(float x) {
        return ((A * x - 5f * A) * x + 8f * A) * x - 4f * A;
    }
}
