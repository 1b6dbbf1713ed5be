package dev.earshot.ml.model;

import dev.earshot.ml.model.OnnxGraph.Attr;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the {@link SpatialAstBlock} forward pass, with its current weights, as an ONNX graph for one clip
 * (batch 1): the same operations as the DJL block, so the outputs agree to float rounding (the only reordering:
 * a residual add computes stream + output + bias instead of stream + (output + bias)).
 * <ul>
 *   <li>input {@code maps} {@code [1, 4, frames, mels]}; {@code bn} as Sub/Div with mean 0 and divisor 1 on the
 *       two IPD channels (exact no-ops there);</li>
 *   <li>Conv 3x3 -> Sub/Div/Mul/Add (BatchNorm2d(1), divisor {@code sqrt(var + 1e-5)} rounded to float as torch
 *       does) -> Gelu (erf);</li>
 *   <li>patch Conv 16x16 stride 16 -> {@code [D, patches]} -> transpose -> + pos_embed[1:] -> CLS rows prepended:
 *       tokens are {@code [3 + patches, D]} rows;</li>
 *   <li>per block: LayerNorm (eps 1e-6) -> three Gemm (q, k, v rows of {@code qkv}, bias fused) ->
 *       {@code com.microsoft.MultiHeadAttention} (scale headDim^-0.5) -> MatMul proj -> residual add and LayerNorm
 *       -> Gemm fc1 -> Gelu (erf) -> MatMul fc2 -> residual add. Each residual add (with the sub-layer's bias) is
 *       fused into the next LayerNorm as {@code com.microsoft.SkipLayerNormalization}, which also outputs the new
 *       stream; the last one is a plain Add. (ONNX Runtime's LayerNormalization kernel cost ~7x more than
 *       SkipLayerNormalization here: 173 vs 25 ms per ViT-Base clip.)</li>
 *   <li>rows 0/1/2 -> dis_norm/doa_norm/fc_norm -> Gemm heads; outputs {@code classes [1, N]},
 *       {@code distance [1, 21]}, {@code azimuth [1, 360]}, {@code elevation [1, 180]}.</li>
 * </ul>
 */
final class SpatialAstOnnx {
    /** Graph input name. */
    static final String INPUT = "maps";
    /** Graph output names, in {@link ModelOutput} order. */
    static final List<String> OUTPUTS = List.of("classes", "distance", "azimuth", "elevation");

    private final ModelConfig c;
    private final Function<String, float[]> w;
    private final boolean int8;
    private final OnnxGraph g = new OnnxGraph("spatial_ast");

    private SpatialAstOnnx(ModelConfig config, Function<String, float[]> weights, boolean int8) {
        this.c = config;
        this.w = weights;
        this.int8 = int8;
    }

    /**
     * Builds the model.
     *
     * @param config  the size
     * @param weights state_dict name to values (row-major, shapes as in {@link StateDictLayout})
     * @param int8    whether the transformer blocks' linear layers (qkv, proj, fc1, fc2) run as int8
     *                {@code com.microsoft.DynamicQuantizeMatMul}: weights quantised per output channel (symmetric,
     *                scale max|w|/127), activations per tensor at run time (uint8, asymmetric); everything else float
     * @return the serialised ONNX ModelProto
     */
    static byte[] build(ModelConfig config, Function<String, float[]> weights, boolean int8) {
        return new SpatialAstOnnx(config, weights, int8).graph();
    }

    private byte[] graph() {
        g.input(INPUT, 1, 4, c.frames(), c.mels());
        String x = inputBatchNorm(INPUT);
        x = convFrontEnd(x);
        x = tokens(x);
        for (int i = 0; i < c.depth(); i++) {
            block(x, "blocks." + i + ".");
        }
        x = flush();
        String dist = layerNorm(row(x, 0), "dis_norm");
        String doa = layerNorm(row(x, 1), "doa_norm");
        String cls = layerNorm(row(x, 2), "fc_norm");
        String[] heads = {gemm(cls, "head"), gemm(dist, "distance_head"), gemm(doa, "azimuth_head"),
            gemm(doa, "elevation_head")};
        long[] widths = {c.numClasses(), ModelConfig.DISTANCE_CLASSES, ModelConfig.AZIMUTH_CLASSES,
            ModelConfig.ELEVATION_CLASSES};
        for (int k = 0; k < 4; k++) {
            g.rename(heads[k], OUTPUTS.get(k));
            g.output(OUTPUTS.get(k), 1, widths[k]);
        }
        return g.toModelBytes();
    }

    /** bn (affine=False) on channels 0-1 of 4: x - mean, / sqrt(var + eps); channels 2-3 - 0, / 1. */
    private String inputBatchNorm(String x) {
        float[] mean = w.apply("bn.running_mean");
        float[] var = w.apply("bn.running_var");
        float[] m4 = {mean[0], mean[1], 0f, 0f};
        float[] s4 = {bnStd(var[0]), bnStd(var[1]), 1f, 1f};
        String y = g.op("Sub", List.of(x, g.weight("bn.mean4", m4, 1, 4, 1, 1)));
        return g.op("Div", List.of(y, g.weight("bn.std4", s4, 1, 4, 1, 1)));
    }

    /** torch: var.add(eps).sqrt() in float32. */
    static float bnStd(float var) {
        return (float) Math.sqrt(var + EncoderBlock.BN_EPS);
    }

    private String convFrontEnd(String x) {
        String y = g.op("Conv", List.of(x, g.weight("conv_downsample.0.weight", w.apply("conv_downsample.0.weight"),
                1, 4, 3, 3)), Attr.of("kernel_shape", 3L, 3L), Attr.of("pads", 1L, 1L, 1L, 1L));
        String bn = "conv_downsample.1";
        float mean = w.apply(bn + ".running_mean")[0];
        float std = bnStd(w.apply(bn + ".running_var")[0]);
        y = g.op("Sub", List.of(y, g.weight(bn + ".mean", new float[] {mean}, 1)));
        y = g.op("Div", List.of(y, g.weight(bn + ".std", new float[] {std}, 1)));
        y = g.op("Mul", List.of(y, g.weight(bn + ".weight", w.apply(bn + ".weight"), 1)));
        y = g.op("Add", List.of(y, g.weight(bn + ".bias", w.apply(bn + ".bias"), 1)));
        return g.op("Gelu", List.of(y));
    }

    private String tokens(String x) {
        int d = c.embedDim();
        int p = c.patch();
        int n = c.patches();
        String y = g.op("Conv", List.of(x, g.weight("patch_embed.proj.weight", w.apply("patch_embed.proj.weight"),
                        d, 1, p, p), g.weight("patch_embed.proj.bias", w.apply("patch_embed.proj.bias"), d)),
                Attr.of("kernel_shape", (long) p, p), Attr.of("strides", (long) p, p));
        y = g.op("Reshape", List.of(y, g.int64s("shape.patches", d, n)));
        y = g.op("Transpose", List.of(y), Attr.of("perm", 1L, 0L));
        float[] pos = w.apply("pos_embed");
        float[] posPatches = new float[n * d];
        System.arraycopy(pos, d, posPatches, 0, n * d);
        y = g.op("Add", List.of(y, g.weight("pos_embed.patches", posPatches, n, d)));
        String cls = g.weight("cls_tokens", w.apply("cls_tokens"), 3, d);
        return g.op("Concat", List.of(cls, y), Attr.of("axis", 0L));
    }

    /**
     * A residual add not yet written: the stream before the last sub-layer, that sub-layer's output without its
     * bias, and the bias's name. The next LayerNorm takes all three ({@code SkipLayerNormalization}); at the end of
     * the stack {@link #flush} writes the add.
     */
    private String[] pending;

    /** q, k, v as three Gemms (bias fused), then MultiHeadAttention; returns {@code [tokens, D]}. */
    private String attention(String h, String pre) {
        int d = c.embedDim();
        long n = 3L + c.patches();
        float[] qkvW = w.apply(pre + "attn.qkv.weight");
        float[] qkvB = w.apply(pre + "attn.qkv.bias");
        String shape3 = g.int64s(pre + "shape3", 1, n, d);
        String[] qkv = new String[3];
        for (int part = 0; part < 3; part++) {
            float[] wp = new float[d * d];
            float[] bp = new float[d];
            System.arraycopy(qkvW, part * d * d, wp, 0, d * d);
            System.arraycopy(qkvB, part * d, bp, 0, d);
            String name = pre + "attn.qkv." + "qkv".charAt(part);
            String y = int8 ? quantizedMatMul(h, name, wp, bp, d)
                    : g.op("Gemm", List.of(h, g.weight(name + ".weight", wp, d, d), g.weight(name + ".bias", bp, d)),
                    Attr.of("transB", 1L));
            qkv[part] = g.op("Reshape", List.of(y, shape3));
        }
        String a = g.node(OnnxGraph.MS_DOMAIN, "MultiHeadAttention", List.of(qkv[0], qkv[1], qkv[2]), 1,
                Attr.of("num_heads", (long) c.heads()), Attr.of("scale", (float) (1.0 / Math.sqrt(c.headDim()))))
                .get(0);
        return g.op("Reshape", List.of(a, g.int64s(pre + "shape2", n, d)));
    }

    /** One pre-norm block; its two residual adds are folded into the following LayerNorms. */
    private void block(String x, String pre) {
        String[] s = normAfterResidual(x, pre + "norm1");
        pending = new String[] {s[1], matmul(attention(s[0], pre), pre + "attn.proj"), pre + "attn.proj.bias"};
        s = normAfterResidual(null, pre + "norm2");
        String fc1 = pre + "mlp.fc1";
        String h = g.op("Gelu", List.of(int8 ? quantizedMatMul(s[0], fc1, w.apply(fc1 + ".weight"),
                w.apply(fc1 + ".bias"), c.mlpHidden()) : gemm(s[0], fc1)));
        pending = new String[] {s[1], matmul(h, pre + "mlp.fc2"), pre + "mlp.fc2.bias"};
    }

    /**
     * LayerNorm of the residual stream: {@code x} itself when no add is pending, else
     * {@code SkipLayerNormalization(input = sub-layer output, skip = stream, bias)}, which also returns the new stream
     * (stream + output + bias).
     *
     * @return {normalised, stream}
     */
    private String[] normAfterResidual(String x, String name) {
        if (pending == null) {
            return new String[] {layerNorm(x, name), x};
        }
        int d = c.embedDim();
        List<String> o = g.node(OnnxGraph.MS_DOMAIN, "SkipLayerNormalization", List.of(pending[1], pending[0],
                g.weight(name + ".weight", w.apply(name + ".weight"), d),
                g.weight(name + ".bias", w.apply(name + ".bias"), d),
                g.weight(pending[2], w.apply(pending[2]), d)), 4, Attr.of("epsilon", EncoderBlock.LN_EPS));
        pending = null;
        return new String[] {o.get(0), o.get(3)};
    }

    /** Writes the pending residual add (stream + (output + bias), the block's order). */
    private String flush() {
        String y = g.op("Add", List.of(pending[1], g.weight(pending[2], w.apply(pending[2]), c.embedDim())));
        y = g.op("Add", List.of(pending[0], y));
        pending = null;
        return y;
    }

    /** y = x W^T without the bias (added by the consumer), W transposed here to {@code [in, out]}. */
    private String matmul(String x, String name) {
        float[] wt = w.apply(name + ".weight");
        int out = w.apply(name + ".bias").length;
        if (int8) {
            return quantizedMatMul(x, name, wt, null, out);
        }
        int in = wt.length / out;
        float[] t = new float[wt.length];
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < in; i++) {
                t[i * out + o] = wt[o * in + i];
            }
        }
        return g.op("MatMul", List.of(x, g.weight(name + ".weight", t, in, out)));
    }

    /**
     * y = x W^T (+ b) as DynamicQuantizeMatMul: W {@code [out, in]} quantised per output channel to int8 and stored
     * transposed {@code [in, out]}, scale max|W[o, :]| / 127 (1 for an all-zero row), zero point 0.
     */
    private String quantizedMatMul(String x, String name, float[] wt, float[] bias, int out) {
        int in = wt.length / out;
        float[] scale = new float[out];
        byte[] q = new byte[wt.length];
        for (int o = 0; o < out; o++) {
            float m = 0;
            for (int i = 0; i < in; i++) {
                m = Math.max(m, Math.abs(wt[o * in + i]));
            }
            scale[o] = m > 0 ? m / 127f : 1f;
            for (int i = 0; i < in; i++) {
                q[i * out + o] = (byte) Math.max(-127, Math.min(127, Math.round(wt[o * in + i] / scale[o])));
            }
        }
        String b = bias == null ? "" : g.weight(name + ".bias", bias, out);
        return g.node(OnnxGraph.MS_DOMAIN, "DynamicQuantizeMatMul", List.of(x, g.int8s(name + ".weight.int8", q, in, out),
                g.weight(name + ".weight.scale", scale, out), g.int8s(name + ".weight.zero", new byte[out], out), b), 1)
                .get(0);
    }

    private String row(String x, int k) {
        return g.op("Slice", List.of(x, g.int64s("row" + k + ".start", k), g.int64s("row" + k + ".end", k + 1L),
                g.int64s("row" + k + ".axis", 0)));
    }

    private String layerNorm(String x, String name) {
        int d = c.embedDim();
        return g.op("LayerNormalization", List.of(x, g.weight(name + ".weight", w.apply(name + ".weight"), d),
                g.weight(name + ".bias", w.apply(name + ".bias"), d)), Attr.of("axis", -1L),
                Attr.of("epsilon", EncoderBlock.LN_EPS));
    }

    /** y = x W^T + b with W {@code [out, in]} as stored by torch. */
    private String gemm(String x, String name) {
        float[] wt = w.apply(name + ".weight");
        float[] b = w.apply(name + ".bias");
        int out = b.length;
        int in = wt.length / out;
        return g.op("Gemm", List.of(x, g.weight(name + ".weight", wt, out, in), g.weight(name + ".bias", b, out)),
                Attr.of("transB", 1L));
    }
}
