package dev.earshot.ml.model;

/**
 * The size of a Spatial-AST / DSpAST encoder. The input map is {@code [channels][frames][mels]} (time x
 * frequency), cut into {@code patch x patch} non-overlapping patches giving a {@code (frames/patch) x
 * (mels/patch)} grid flattened time-major; {@code pos_embed} has {@code 1 + patches} rows.
 *
 * @param embedDim    token width (768 for ViT-Base), divisible by {@code heads}
 * @param depth       number of transformer blocks (12)
 * @param heads       attention heads (12)
 * @param mlpRatio    MLP hidden width / embedDim (4)
 * @param frames      time frames the model sees (1024 = 10 s at 32 kHz hop 320, resized up from 1001),
 *                    a multiple of {@code patch}
 * @param mels        mel bands (128), a multiple of {@code patch}
 * @param patch       patch side (16)
 * @param numClasses  sound-event classes (355 for the released AudioSet-subset checkpoints)
 * @param taskDim     DSpAST per-stream projection width ({@code pre_head*}: 256 for ViT-Base); unused by Spatial-AST
 */
public record ModelConfig(int embedDim, int depth, int heads, int mlpRatio, int frames, int mels, int patch,
        int numClasses, int taskDim) {
    /** Distance classes (0.5 m bins, 0..10 m). */
    public static final int DISTANCE_CLASSES = 21;
    /** Azimuth classes (1 degree). */
    public static final int AZIMUTH_CLASSES = 360;
    /** Elevation classes (1 degree, index = elevation + 90). */
    public static final int ELEVATION_CLASSES = 180;
    /** Classes of the released AudioSet-subset checkpoints. */
    public static final int AUDIOSET_SUBSET_CLASSES = 355;

    /**
     * Validates the sizes.
     *
     * @throws IllegalArgumentException if a size is not positive, embedDim is not divisible by heads, or frames
     *                                  or mels is not a multiple of patch
     */
    public ModelConfig {
        if (embedDim < 1 || depth < 1 || heads < 1 || mlpRatio < 1 || frames < 1 || mels < 1 || patch < 1
                || numClasses < 1 || taskDim < 1) {
            throw new IllegalArgumentException("all model sizes must be positive: " + this);
        }
        if (embedDim % heads != 0) {
            throw new IllegalArgumentException("embedDim " + embedDim + " is not divisible by heads " + heads);
        }
        if (frames % patch != 0 || mels % patch != 0) {
            throw new IllegalArgumentException("frames " + frames + " and mels " + mels
                    + " must be multiples of the patch size " + patch);
        }
    }

    /**
     * ViT-Base as in the released checkpoints: 768-d, 12 blocks, 12 heads, MLP 3072, 1024 x 128 input, 16 x 16
     * patches (64 x 8 grid, pos_embed 513 rows), DSpAST projections 256.
     *
     * @param numClasses sound-event classes (355 for the released checkpoints)
     * @return the configuration
     */
    public static ModelConfig vitBase(int numClasses) {
        return new ModelConfig(768, 12, 12, 4, 1024, 128, 16, numClasses, 256);
    }

    /**
     * A small configuration that trains on a couple of CPU cores: 192-d, 6 blocks, 4 heads, MLP 768,
     * 512 frames (about 5.1 s at 32 kHz; 32 x 8 = 256 patches), DSpAST projections 64.
     *
     * @param numClasses sound-event classes
     * @return the configuration
     */
    public static ModelConfig small(int numClasses) {
        return new ModelConfig(192, 6, 4, 4, 512, 128, 16, numClasses, 64);
    }

    /** @return patches along time */
    public int timePatches() {
        return frames / patch;
    }

    /** @return patches along frequency */
    public int freqPatches() {
        return mels / patch;
    }

    /** @return number of patch tokens */
    public int patches() {
        return timePatches() * freqPatches();
    }

    /** @return width of one attention head */
    public int headDim() {
        return embedDim / heads;
    }

    /** @return MLP hidden width */
    public int mlpHidden() {
        return embedDim * mlpRatio;
    }
}
