package dev.earshot.ml.model;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import dev.earshot.ml.checkpoint.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Loads a state_dict (as read by {@link dev.earshot.ml.checkpoint.TorchCheckpoint}) into a
 * {@link SpatialAstBlock} or {@link DspAstBlock}: every required tensor of the block's {@link StateDictLayout}
 * must be present with exactly its shape; optional tensors (STFT/mel buffers, {@code num_batches_tracked},
 * DSpAST {@code bn2} and AdaCos {@code s}/{@code pi}) are shape-checked where known and otherwise ignored;
 * anything else is unexpected. All problems are collected and reported together; nothing is loaded unless
 * everything fits (strict, unlike the originals' {@code strict=False} fine-tuning init).
 */
public final class WeightLoader {
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
        if (!missing.isEmpty() || !unexpected.isEmpty() || !misshapen.isEmpty()) {
            throw new StateDictMismatchException(source, layout.kind() + " " + layout.config(), missing, unexpected,
                    misshapen);
        }
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
            e.getValue().setArray(manager.create(t.data(), new Shape(EncoderBlock.toLong(t.shape()))));
        }
    }
}
