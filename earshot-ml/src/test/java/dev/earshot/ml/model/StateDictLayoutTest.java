package dev.earshot.ml.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ViT-Base layouts against the names and shapes listed in SPEC 1.6 and 2.2. */
class StateDictLayoutTest {
    private static final StateDictLayout AST = StateDictLayout.of(ModelKind.SPATIAL_AST, ModelConfig.vitBase(355));
    private static final StateDictLayout DSP = StateDictLayout.of(ModelKind.DSPAST, ModelConfig.vitBase(355));

    private static void assertShape(StateDictLayout l, String key, int... shape) {
        int[] actual = l.required().get(key);
        assertTrue(actual != null, key + " missing from " + l.kind());
        assertArrayEquals(shape, actual, key);
    }

    @Test
    void spatialAstVitBaseShapesAreThoseOfSpec16() {
        assertShape(AST, "cls_tokens", 1, 3, 768);
        assertShape(AST, "pos_embed", 1, 513, 768);
        assertShape(AST, "patch_embed.proj.weight", 768, 1, 16, 16);
        assertShape(AST, "patch_embed.proj.bias", 768);
        assertShape(AST, "blocks.11.attn.qkv.weight", 2304, 768);
        assertShape(AST, "blocks.11.attn.qkv.bias", 2304);
        assertShape(AST, "blocks.0.attn.proj.weight", 768, 768);
        assertShape(AST, "blocks.5.mlp.fc1.weight", 3072, 768);
        assertShape(AST, "blocks.5.mlp.fc2.weight", 768, 3072);
        assertShape(AST, "conv_downsample.0.weight", 1, 4, 3, 3);
        assertShape(AST, "conv_downsample.1.running_var", 1);
        assertShape(AST, "bn.running_mean", 2);
        assertShape(AST, "dis_norm.weight", 768);
        assertShape(AST, "doa_norm.bias", 768);
        assertShape(AST, "fc_norm.weight", 768);
        assertShape(AST, "head.weight", 355, 768);
        assertShape(AST, "distance_head.weight", 21, 768);
        assertShape(AST, "azimuth_head.weight", 360, 768);
        assertShape(AST, "elevation_head.weight", 180, 768);
        assertArrayEquals(new int[] {513, 128}, AST.optional().get("logmel_extractor.melW"));
        assertArrayEquals(new int[] {513, 1, 1024}, AST.optional().get("spectrogram_extractor.conv_real.weight"));
    }

    @Test
    void spatialAstVitBaseHasNoFinalNormAndCountsAllTensors() {
        assertFalse(AST.required().containsKey("norm.weight"));
        // bn 2 + cls 1 + pos 1 + patch 2 + 12 blocks x 12 + conv 1 + bn 4 + three norms 6 + four heads 8
        assertEquals(169, AST.required().size());
    }

    @Test
    void dspastVitBaseShapesAreThoseOfSpec22() {
        assertShape(DSP, "cls_tokens1", 1, 3, 768);
        assertShape(DSP, "cls_tokens3", 1, 3, 768);
        assertShape(DSP, "conv_downsample2.0.bn.running_mean", 6);
        assertShape(DSP, "conv_downsample2.0.fc.0.weight", 6, 6);
        assertShape(DSP, "conv_downsample2.0.fc.2.bias", 6);
        assertShape(DSP, "conv_downsample3.1.weight", 1, 6, 3, 3);
        assertShape(DSP, "conv_downsample1.2.weight", 1);
        assertShape(DSP, "bn_ild.running_var", 1);
        assertShape(DSP, "pre_head2.weight", 256, 768);
        assertShape(DSP, "fc_norm.weight", 256);
        assertShape(DSP, "head.weight", 355, 256);
        assertShape(DSP, "distance_head.W", 21, 256);
        assertShape(DSP, "azimuth_head.W", 360, 256);
        assertShape(DSP, "elevation_head.W", 180, 256);
        assertFalse(DSP.required().containsKey("dis_norm.weight"));
        assertFalse(DSP.required().containsKey("cls_tokens"));
    }

    @Test
    void dspastUnusedTensorsAreOptional() {
        assertTrue(DSP.isOptional("conv_downsample1.0.bn2.running_mean"));
        assertTrue(DSP.isOptional("distance_head.s"));
        assertTrue(DSP.isOptional("elevation_head.pi"));
        assertTrue(DSP.isOptional("conv_downsample3.2.num_batches_tracked"));
        assertFalse(DSP.isOptional("dis_norm.weight"));
    }

    @Test
    void smallConfigHasShorterPositionTable() {
        Map<String, int[]> r = StateDictLayout.of(ModelKind.SPATIAL_AST, ModelConfig.small(10)).required();
        assertArrayEquals(new int[] {1, 32 * 8 + 1, 192}, r.get("pos_embed"));
        assertArrayEquals(new int[] {576, 192}, r.get("blocks.5.attn.qkv.weight"));
        assertFalse(r.containsKey("blocks.6.norm1.weight"));
    }
}
