package dev.earshot.ml.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The state_dict names and shapes of a model (SPEC 1.6 for Spatial-AST, 2.2 for DSpAST), derived from its
 * {@link ModelConfig}: the single source of truth for the DJL blocks' parameters and the weight loader.
 *
 * <p>{@code required} keys are the tensors the forward pass uses; {@code optional} keys are tensors the
 * original files hold that inference does not need (the STFT/mel buffers, which Earshot computes itself in
 * {@code dev.earshot.ml.features}; {@code num_batches_tracked}; DSpAST's unused {@code bn2} and the AdaCos
 * scale {@code s} and constant {@code pi}); they are shape-checked where their shape is known, else accepted.
 *
 * @param kind     the architecture
 * @param config   the size
 * @param required name to shape, in module order
 * @param optional name to shape (null entry value = shape not checked)
 */
public record StateDictLayout(ModelKind kind, ModelConfig config, Map<String, int[]> required,
        Map<String, int[]> optional) {
    private static final Pattern NUM_BATCHES = Pattern.compile(".*\\.num_batches_tracked");

    /** Validates the arguments and makes the maps unmodifiable. */
    public StateDictLayout {
        if (kind == null || config == null || required == null || optional == null) {
            throw new IllegalArgumentException("kind, config, required and optional must not be null");
        }
        required = Collections.unmodifiableMap(new LinkedHashMap<>(required));
        optional = Collections.unmodifiableMap(new LinkedHashMap<>(optional));
    }

    /**
     * Builds the layout of a model.
     *
     * @param kind   Spatial-AST or DSpAST
     * @param config its size
     * @return the names and shapes
     */
    public static StateDictLayout of(ModelKind kind, ModelConfig config) {
        Map<String, int[]> req = new LinkedHashMap<>();
        Map<String, int[]> opt = new LinkedHashMap<>();
        int d = config.embedDim();
        int p = config.patch();
        opt.put("spectrogram_extractor.conv_real.weight", new int[] {513, 1, 1024});
        opt.put("spectrogram_extractor.conv_imag.weight", new int[] {513, 1, 1024});
        opt.put("logmel_extractor.melW", new int[] {513, 128});
        opt.put("bn.num_batches_tracked", null);
        req.put("bn.running_mean", new int[] {2});
        req.put("bn.running_var", new int[] {2});
        if (kind == ModelKind.SPATIAL_AST) {
            req.put("cls_tokens", new int[] {1, 3, d});
        } else {
            for (int k = 1; k <= 3; k++) {
                req.put("cls_tokens" + k, new int[] {1, 3, d});
            }
        }
        req.put("pos_embed", new int[] {1, config.patches() + 1, d});
        req.put("patch_embed.proj.weight", new int[] {d, 1, p, p});
        req.put("patch_embed.proj.bias", new int[] {d});
        for (int b = 0; b < config.depth(); b++) {
            String pre = "blocks." + b + ".";
            req.put(pre + "norm1.weight", new int[] {d});
            req.put(pre + "norm1.bias", new int[] {d});
            req.put(pre + "attn.qkv.weight", new int[] {3 * d, d});
            req.put(pre + "attn.qkv.bias", new int[] {3 * d});
            req.put(pre + "attn.proj.weight", new int[] {d, d});
            req.put(pre + "attn.proj.bias", new int[] {d});
            req.put(pre + "norm2.weight", new int[] {d});
            req.put(pre + "norm2.bias", new int[] {d});
            req.put(pre + "mlp.fc1.weight", new int[] {config.mlpHidden(), d});
            req.put(pre + "mlp.fc1.bias", new int[] {config.mlpHidden()});
            req.put(pre + "mlp.fc2.weight", new int[] {d, config.mlpHidden()});
            req.put(pre + "mlp.fc2.bias", new int[] {d});
        }
        if (kind == ModelKind.SPATIAL_AST) {
            spatialAstTail(config, req, opt);
        } else {
            dspastTail(config, req, opt);
        }
        return new StateDictLayout(kind, config, req, opt);
    }

    private static void spatialAstTail(ModelConfig c, Map<String, int[]> req, Map<String, int[]> opt) {
        int d = c.embedDim();
        req.put("conv_downsample.0.weight", new int[] {1, 4, 3, 3});
        batchNorm(req, opt, "conv_downsample.1", 1, true);
        for (String n : new String[] {"dis_norm", "doa_norm", "fc_norm"}) {
            req.put(n + ".weight", new int[] {d});
            req.put(n + ".bias", new int[] {d});
        }
        linear(req, "head", c.numClasses(), d);
        linear(req, "distance_head", ModelConfig.DISTANCE_CLASSES, d);
        linear(req, "azimuth_head", ModelConfig.AZIMUTH_CLASSES, d);
        linear(req, "elevation_head", ModelConfig.ELEVATION_CLASSES, d);
    }

    private static void dspastTail(ModelConfig c, Map<String, int[]> req, Map<String, int[]> opt) {
        int t = c.taskDim();
        batchNorm(req, opt, "bn_ild", 1, false);
        for (int k = 1; k <= 3; k++) {
            String pre = "conv_downsample" + k + ".";
            batchNorm(req, opt, pre + "0.bn", 6, false);
            opt.put(pre + "0.bn2.running_mean", new int[] {6});
            opt.put(pre + "0.bn2.running_var", new int[] {6});
            opt.put(pre + "0.bn2.num_batches_tracked", null);
            linear(req, pre + "0.fc.0", 6, 6);
            linear(req, pre + "0.fc.2", 6, 6);
            req.put(pre + "1.weight", new int[] {1, 6, 3, 3});
            batchNorm(req, opt, pre + "2", 1, true);
        }
        for (int k = 1; k <= 3; k++) {
            linear(req, "pre_head" + k, t, c.embedDim());
        }
        req.put("fc_norm.weight", new int[] {t});
        req.put("fc_norm.bias", new int[] {t});
        linear(req, "head", c.numClasses(), t);
        int[] classes = {ModelConfig.DISTANCE_CLASSES, ModelConfig.AZIMUTH_CLASSES, ModelConfig.ELEVATION_CLASSES};
        String[] heads = {"distance_head", "azimuth_head", "elevation_head"};
        for (int i = 0; i < 3; i++) {
            req.put(heads[i] + ".W", new int[] {classes[i], t});
            opt.put(heads[i] + ".s", new int[] {1});
            opt.put(heads[i] + ".pi", new int[] {1});
        }
    }

    private static void linear(Map<String, int[]> req, String name, int out, int in) {
        req.put(name + ".weight", new int[] {out, in});
        req.put(name + ".bias", new int[] {out});
    }

    private static void batchNorm(Map<String, int[]> req, Map<String, int[]> opt, String name, int ch, boolean affine) {
        if (affine) {
            req.put(name + ".weight", new int[] {ch});
            req.put(name + ".bias", new int[] {ch});
        }
        req.put(name + ".running_mean", new int[] {ch});
        req.put(name + ".running_var", new int[] {ch});
        opt.put(name + ".num_batches_tracked", null);
    }

    /**
     * Whether a key may be present without being used.
     *
     * @param key a state_dict name
     * @return true for the optional tensors of this layout (any {@code *.num_batches_tracked} included)
     */
    public boolean isOptional(String key) {
        return optional.containsKey(key) || NUM_BATCHES.matcher(key).matches();
    }
}
