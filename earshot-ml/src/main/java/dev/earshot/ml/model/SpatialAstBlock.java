package dev.earshot.ml.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The Spatial-AST encoder (SPEC 1.1-1.2) as a DJL block. Input: one array {@code [B, 4, frames, mels]} holding
 * the raw feature maps [logmel L, logmel R, cosIPD, sinIPD] ({@code dev.earshot.ml.features.SpatialAstFeatures},
 * already resized to {@code frames}). Forward: {@code bn} (BatchNorm2d(2, affine=False), running stats, eps 1e-5)
 * on the two log-mel channels; Conv2d(4->1, 3x3) -> BatchNorm2d(1) -> GELU (erf); 16x16 patches, time-major,
 * plus pos_embed[1:]; CLS tokens (distance, DOA, class) prepended; pre-norm ViT blocks (LayerNorm eps 1e-6);
 * {@code dis_norm}/{@code doa_norm}/{@code fc_norm} on tokens 0/1/2. Output: {@code [class logits, distance
 * logits (21), azimuth logits (360), elevation logits (180)]}. Parameters are named by their state_dict keys
 * (SPEC 1.6); load them with {@link WeightLoader}.
 */
public final class SpatialAstBlock extends EncoderBlock {
    /**
     * Creates the block with unset parameters.
     *
     * @param config the model size
     */
    public SpatialAstBlock(ModelConfig config) {
        super(ModelKind.SPATIAL_AST, config);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        checkInput(inputs, 4);
        NDArray x = inputs.head();
        x = batchNormChannels(x, 0, 2, p(ps, "bn.running_mean", x, training), p(ps, "bn.running_var", x, training));
        x = convFrontEnd(ps, x, "conv_downsample.0.weight", "conv_downsample.1", training);
        NDArray t = transformer(ps, tokens(ps, x, "cls_tokens", training), training);
        NDArray dist = layerNorm(ps, t.get(":, 0, :"), "dis_norm", training);
        NDArray doa = layerNorm(ps, t.get(":, 1, :"), "doa_norm", training);
        NDArray cls = layerNorm(ps, t.get(":, 2, :"), "fc_norm", training);
        return new NDList(linear(ps, cls, "head", training), linear(ps, dist, "distance_head", training),
                linear(ps, doa, "azimuth_head", training), linear(ps, doa, "elevation_head", training));
    }
}
