package dev.earshot.ml.model;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import dev.earshot.ml.checkpoint.Tensor;
import dev.earshot.ml.features.MelFilterbank;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Loads a state_dict (as read by {@link dev.earshot.ml.checkpoint.TorchCheckpoint}) into a
 * {@link SpatialAstBlock} or {@link DspAstBlock}: every required tensor of the block's {@link StateDictLayout}
 * must be present with exactly its shape; optional tensors (STFT/mel buffers, {@code num_batches_tracked},
 * DSpAST {@code bn2} and AdaCos {@code s}/{@code pi}) are shape-checked where known and otherwise ignored,
 * except that a {@code logmel_extractor.melW} must equal Earshot's own Slaney mel matrix
 * ({@link MelFilterbank#spatialAst()}, within 1e-6), since the weights were trained on features made with it;
 * anything else is unexpected. All problems are collected and reported together; nothing is loaded unless
 * everything fits (strict, unlike the originals' {@code strict=False} fine-tuning init).
 */
public final class WeightLoader {
    private static final String MEL_KEY = "logmel_extractor.melW";
    private static final int[] MEL_SHAPE = {513, 128};
    /** Weights peak near 0.036; float32 librosa vs Earshot's double-then-float differ by ~1e-9. */
    private static final double MEL_TOLERANCE = 1e-6;

    private WeightLoader() {
    }

    /**
     * Checks a state_dict against a layout without loading it.
     *
     * @param layout     the model's names and shapes
     * @param stateDict  name to tensor
     * @param source     where the weights came from, for the message
     * @throws StateDictMismatchException listing all missing, unexpected and misshapen keys
     */
    public static void check(StateDictLayout layout, Map<String, Tensor> stateDict, String source) {
        List<String> missing = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        List<String> misshapen = new ArrayList<>();
        for (Map.Entry<String, int[]> e : layout.required().entrySet()) {
            Tensor t = stateDict.get(e.getKey());
            if (t == null) {
                missing.add(e.getKey());
            } else if (!t.hasShape(e.getValue())) {
                misshapen.add(e.getKey() + ": expected " + Arrays.toString(e.getValue()) + ", got " + t.shapeText());
            }
        }
        for (Map.Entry<String, Tensor> e : stateDict.entrySet()) {
            String k = e.getKey();
            if (layout.required().containsKey(k)) {
                continue;
            }
            if (!layout.isOptional(k)) {
                unexpected.add(k + " " + e.getValue().shapeText());
                continue;
            }
            int[] shape = layout.optional().get(k);
            if (shape != null && !e.getValue().hasShape(shape)) {
                misshapen.add(k + ": expected " + Arrays.toString(shape) + ", got " + e.getValue().shapeText());
            }
        }
        Tensor melW = stateDict.get(MEL_KEY);
        if (melW != null && melW.hasShape(MEL_SHAPE)) {
            double diff = melDifference(melW);
            if (diff > MEL_TOLERANCE) {
                misshapen.add(MEL_KEY + ": values differ from Earshot's Slaney mel (32 kHz, 1024, 128, 50-14000 Hz) "
                        + "by up to " + diff + "; these weights expect other features");
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty() || !misshapen.isEmpty()) {
            throw new StateDictMismatchException(source, layout.kind() + " " + layout.config(), missing, unexpected,
                    misshapen);
        }
    }

    /** Largest |checkpoint melW - MelFilterbank.spatialAst()| over all weights. */
    static double melDifference(Tensor melW) {
        MelFilterbank mel = MelFilterbank.spatialAst();
        double max = 0;
        float[] d = melW.data();
        for (int k = 0; k < mel.bins(); k++) {
            for (int m = 0; m < mel.mels(); m++) {
                max = Math.max(max, Math.abs(d[k * mel.mels() + m] - mel.weight(k, m)));
            }
        }
        return max;
    }

    /**
     * Checks and loads a state_dict into a block, creating the parameter arrays in {@code manager}.
     *
     * @param block     the model block
     * @param stateDict name to tensor
     * @param manager   owner of the parameter arrays (keep it open while the block is used)
     * @param source    where the weights came from, for the message
     * @throws StateDictMismatchException listing all missing, unexpected and misshapen keys
     */
    static void load(EncoderBlock block, Map<String, Tensor> stateDict, NDManager manager, String source) {
        check(block.layout, stateDict, source);
        for (Map.Entry<String, Parameter> e : block.parametersByName().entrySet()) {
            Tensor t = stateDict.get(e.getKey());
            if (e.getValue().isInitialized()) { // a second load: same shape (checked above), values replaced in place
                e.getValue().getArray().set(t.data());
            } else {
                e.getValue().setArray(manager.create(t.data(), new Shape(EncoderBlock.toLong(t.shape()))));
            }
        }
    }
}
