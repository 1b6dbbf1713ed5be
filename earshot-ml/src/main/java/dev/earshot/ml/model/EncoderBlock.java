package dev.earshot.ml.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the two encoders share: one DJL {@link Parameter} per required state_dict tensor (named exactly as the
 * state_dict key, so weights load by name), and the operations of the forward pass (BatchNorm with running
 * statistics, 3x3 conv front end, patch embedding, pre-norm ViT blocks, LayerNorm, linear layers).
 */
abstract class EncoderBlock extends AbstractBlock {
    static final float BN_EPS = 1e-5f;
    static final float LN_EPS = 1e-6f;

    final StateDictLayout layout;
    final ModelConfig config;
    private final Map<String, Parameter> byName = new LinkedHashMap<>();

    EncoderBlock(ModelKind kind, ModelConfig config) {
        this.config = config;
        this.layout = StateDictLayout.of(kind, config);
        for (Map.Entry<String, int[]> e : layout.required().entrySet()) {
            String n = e.getKey();
            boolean stat = n.endsWith("running_mean") || n.endsWith("running_var") || n.equals("pos_embed");
            Parameter.Type type = n.endsWith("running_mean") ? Parameter.Type.RUNNING_MEAN
                    : n.endsWith("running_var") ? Parameter.Type.RUNNING_VAR
                    : n.endsWith(".bias") ? Parameter.Type.BIAS : Parameter.Type.WEIGHT;
            Parameter p = addParameter(Parameter.builder().setName(n).setType(type).optRequiresGrad(!stat).build());
            byName.put(n, p);
        }
    }

    static long[] toLong(int[] s) {
        long[] l = new long[s.length];
        for (int i = 0; i < s.length; i++) {
            l[i] = s[i];
        }
        return l;
    }

    /** @return the parameters by state_dict name, in layout order */
    Map<String, Parameter> parametersByName() {
        return Collections.unmodifiableMap(byName);
    }

    NDArray p(ParameterStore ps, String name, NDArray like, boolean training) {
        Parameter param = byName.get(name);
        if (param == null) {
            throw new IllegalStateException("no parameter " + name);
        }
        return ps.getValue(param, like.getDevice(), training);
    }

    /** Per-channel BatchNorm with running stats and no affine on channels [from, from + n). */
    static NDArray batchNormChannels(NDArray x, int from, int n, NDArray mean, NDArray var) {
        Shape s = new Shape(1, n, 1, 1);
        NDArray part = x.get(":, " + from + ":" + (from + n));
        NDArray normed = part.sub(mean.reshape(s)).div(var.add(BN_EPS).sqrt().reshape(s));
        NDList pieces = new NDList();
        if (from > 0) {
            pieces.add(x.get(":, 0:" + from));
        }
        pieces.add(normed);
        if (from + n < x.getShape().get(1)) {
            pieces.add(x.get(":, " + (from + n) + ":"));
        }
        return pieces.size() == 1 ? normed : NDArrays.concat(pieces, 1);
    }

    /** Conv2d(c -> 1, 3x3, pad 1, no bias) -> BatchNorm2d(1) (running stats, affine) -> exact erf GELU. */
    NDArray convFrontEnd(ParameterStore ps, NDArray x, String conv, String bn, boolean training) {
        NDArray w = p(ps, conv, x, training);
        NDArray y = Conv2d.conv2d(x, w, null, new Shape(1, 1), new Shape(1, 1), new Shape(1, 1), 1).head();
        NDArray mean = p(ps, bn + ".running_mean", x, training);
        NDArray var = p(ps, bn + ".running_var", x, training);
        NDArray gamma = p(ps, bn + ".weight", x, training);
        NDArray beta = p(ps, bn + ".bias", x, training);
        Shape s = new Shape(1, 1, 1, 1);
        y = y.sub(mean.reshape(s)).div(var.add(BN_EPS).sqrt().reshape(s)).mul(gamma.reshape(s)).add(beta.reshape(s));
        return Activation.gelu(y);
    }

    /**
     * Patch embedding (16x16 stride 16 conv) flattened time-major, plus pos_embed[1:], with the three CLS
     * tokens (no positional embedding) prepended.
     *
     * @param x   {@code [B, 1, frames, mels]}
     * @param cls name of the {@code [1, 3, D]} CLS parameter
     * @return {@code [B, 3 + patches, D]}
     */
    NDArray tokens(ParameterStore ps, NDArray x, String cls, boolean training) {
        int d = config.embedDim();
        long b = x.getShape().get(0);
        Shape k = new Shape(config.patch(), config.patch());
        NDArray y = Conv2d.conv2d(x, p(ps, "patch_embed.proj.weight", x, training),
                p(ps, "patch_embed.proj.bias", x, training), k, new Shape(0, 0), new Shape(1, 1), 1).head();
        y = y.reshape(b, d, config.patches()).transpose(0, 2, 1);
        y = y.add(p(ps, "pos_embed", x, training).get(":, 1:, :"));
        NDArray c = p(ps, cls, x, training).broadcast(new Shape(b, 3, d));
        return NDArrays.concat(new NDList(c, y), 1);
    }

    /** Runs all pre-norm ViT blocks. */
    NDArray transformer(ParameterStore ps, NDArray x, boolean training) {
        for (int i = 0; i < config.depth(); i++) {
            String pre = "blocks." + i + ".";
            x = x.add(attention(ps, layerNorm(ps, x, pre + "norm1", training), pre + "attn.", training));
            NDArray h = layerNorm(ps, x, pre + "norm2", training);
            h = Activation.gelu(linear(ps, h, pre + "mlp.fc1", training));
            x = x.add(linear(ps, h, pre + "mlp.fc2", training));
        }
        return x;
    }

    /** timm Attention: qkv rows q|k|v, heads of headDim, scale headDim^-0.5, then proj. */
    private NDArray attention(ParameterStore ps, NDArray x, String pre, boolean training) {
        Shape s = x.getShape();
        long b = s.get(0);
        long n = s.get(1);
        int h = config.heads();
        int hd = config.headDim();
        NDArray qkv = linear(ps, x, pre + "qkv", training).reshape(b, n, 3, h, hd).transpose(2, 0, 3, 1, 4);
        NDArray q = qkv.get(0);
        NDArray k = qkv.get(1);
        NDArray v = qkv.get(2);
        // scaling q (n x hd per head) instead of the n x n scores: 8x fewer multiplies at ViT-Base, and bit-identical
        // there (the scale 1/8 is a power of two)
        NDArray attn = q.mul((float) (1.0 / Math.sqrt(hd))).matMul(k.transpose(0, 1, 3, 2)).softmax(-1);
        NDArray out = attn.matMul(v).transpose(0, 2, 1, 3).reshape(b, n, (long) h * hd);
        return linear(ps, out, pre + "proj", training);
    }

    NDArray linear(ParameterStore ps, NDArray x, String name, boolean training) {
        return Linear.linear(x, p(ps, name + ".weight", x, training), p(ps, name + ".bias", x, training)).head();
    }

    /** LayerNorm over the last axis (biased variance, eps 1e-6): torch's fused layer_norm kernel. */
    NDArray layerNorm(ParameterStore ps, NDArray x, String name, boolean training) {
        Shape s = x.getShape();
        return LayerNorm.layerNorm(x, new Shape(s.get(s.dimension() - 1)), p(ps, name + ".weight", x, training),
                p(ps, name + ".bias", x, training), LN_EPS).head();
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long b = inputShapes[0].get(0);
        return new Shape[] {new Shape(b, config.numClasses()), new Shape(b, ModelConfig.DISTANCE_CLASSES),
            new Shape(b, ModelConfig.AZIMUTH_CLASSES), new Shape(b, ModelConfig.ELEVATION_CLASSES)};
    }

    /** Checks the input is {@code [B, channels, frames, mels]}. */
    void checkInput(NDList inputs, int channels) {
        if (inputs.size() != 1) {
            throw new IllegalArgumentException("expected one input array, got " + inputs.size());
        }
        Shape s = inputs.head().getShape();
        if (s.dimension() != 4 || s.get(1) != channels || s.get(2) != config.frames() || s.get(3) != config.mels()) {
            throw new IllegalArgumentException("input shape " + s + ", expected [B, " + channels + ", "
                    + config.frames() + ", " + config.mels() + "]");
        }
    }
}
