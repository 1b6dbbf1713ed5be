package dev.earshot.ml.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The DSpAST encoder (SPEC 2.1) as a DJL block. Input: one array {@code [B, 6, frames, mels]} holding the raw
 * maps [logmel L, logmel R, GCC-PHAT, ILD, cosIPD, sinIPD] ({@code dev.earshot.ml.features.DspAstFeatures},
 * resized to {@code frames}). Forward: {@code bn} on channels 0-1 and {@code bn_ild} on channel 3 (affine=False,
 * running stats); three front ends {@code conv_downsample{1,2,3}}, each ChannelAttention (global average ->
 * BatchNorm1d(6, affine=False) -> Linear -> ReLU -> Linear -> sigmoid, rescaling the 6 maps) -> Conv2d(6->1, 3x3)
 * -> BatchNorm2d(1) -> GELU; one shared patch embedding and ViT run on three token streams with their own CLS
 * tokens {@code cls_tokens{1,2,3}}; per stream {@code pre_head{k}} (D -> taskDim) and the mean of its 3 CLS
 * outputs. Stream 1 -> distance, stream 2 -> azimuth and elevation, stream 3 -> {@code fc_norm} -> {@code head}.
 * Distance/azimuth/elevation are AdaCos heads evaluated as at inference: cosine between the L2-normalised
 * representation and L2-normalised class weights {@code W} (eps 1e-12), without the scale {@code s}.
 * Output: {@code [class logits, distance cosines (21), azimuth cosines (360), elevation cosines (180)]}.
 */
public final class DspAstBlock extends EncoderBlock {
    /**
     * Creates the block with unset parameters.
     *
     * @param config the model size ({@code taskDim} = width of {@code pre_head*})
     */
    public DspAstBlock(ModelConfig config) {
        super(ModelKind.DSPAST, config);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        checkInput(inputs, 6);
        NDArray x = inputs.head();
        x = batchNormChannels(x, 0, 2, p(ps, "bn.running_mean", x, training), p(ps, "bn.running_var", x, training));
        x = batchNormChannels(x, 3, 1, p(ps, "bn_ild.running_mean", x, training),
                p(ps, "bn_ild.running_var", x, training));
        NDArray[] rep = new NDArray[3];
        for (int k = 1; k <= 3; k++) {
            String pre = "conv_downsample" + k + ".";
            NDArray y = channelAttention(ps, x, pre + "0.", training);
            y = convFrontEnd(ps, y, pre + "1.weight", pre + "2", training);
            NDArray t = transformer(ps, tokens(ps, y, "cls_tokens" + k, training), training);
            rep[k - 1] = linear(ps, t.get(":, 0:3, :"), "pre_head" + k, training).mean(new int[] {1});
        }
        NDArray cls = linear(ps, layerNorm(ps, rep[2], "fc_norm", training), "head", training);
        return new NDList(cls, cosine(rep[0], p(ps, "distance_head.W", x, training)),
                cosine(rep[1], p(ps, "azimuth_head.W", x, training)),
                cosine(rep[1], p(ps, "elevation_head.W", x, training)));
    }

    private NDArray channelAttention(ParameterStore ps, NDArray x, String pre, boolean training) {
        long b = x.getShape().get(0);
        long c = x.getShape().get(1);
        NDArray pooled = x.mean(new int[] {3}).mean(new int[] {2}); // global average (PtNDArray: one axis at a time)
        NDArray z = pooled.sub(p(ps, pre + "bn.running_mean", x, training))
                .div(p(ps, pre + "bn.running_var", x, training).add(BN_EPS).sqrt());
        z = Activation.relu(linear(ps, z, pre + "fc.0", training));
        NDArray w = Activation.sigmoid(linear(ps, z, pre + "fc.2", training));
        return x.mul(w.reshape(new Shape(b, c, 1, 1)));
    }

    /** F.normalize(x) @ F.normalize(W).T with eps 1e-12. */
    private static NDArray cosine(NDArray x, NDArray w) {
        NDArray xn = x.div(x.norm(new int[] {-1}, true).maximum(1e-12f));
        NDArray wn = w.div(w.norm(new int[] {-1}, true).maximum(1e-12f));
        return xn.matMul(wn.transpose());
    }
}
