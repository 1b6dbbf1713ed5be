package dev.earshot.spatial.render;

import dev.earshot.spatial.hrtf.HrirLookup;
import dev.earshot.spatial.render.effects.ReverbLayout;

/**
 * Headphone binaural rendering by HRTF convolution.
 *
 * <p>A static source is convolved with one HRIR pair by overlap-save convolution, one forward FFT
 * per block shared by both ears; at a fixed distance the propagation delay's fraction, the air
 * absorption and the gain are folded into that HRIR pair, so a static render is one convolution. With
 * long blocks allowed ({@link RenderOptions#forTrajectory}) such a render, and that of a source that
 * turns less than the 0.5-degree filter-update step per such block, uses the block that makes each FFT
 * yield the most output (for the KEMAR set at 48 kHz 15080 frames: two 7540-frame halves with
 * 8192-point FFTs, see {@link BinauralStage}). A moving source gets the HRIR for the direction at a block's end
 * whenever the direction has moved 0.5 degrees or more since the
 * last update (or the source has stopped); the previous and the new filter both run over that block
 * and are crossfaded with a raised-cosine ramp, so there are no clicks. Distance changes are per-sample
 * gain ramps and a time-varying propagation delay (see {@link RenderOptions}). HRIRs at another
 * rate than the render rate are resampled.
 */
public final class BinauralRenderer extends ChainRenderer {
    private final HrirLookup lookup;

    /**
     * @param options render options; {@link RenderOptions#hrirLookup()} null selects the built-in
     *                MIT KEMAR set with interpolated lookup
     */
    public BinauralRenderer(RenderOptions options) {
        this(options, HrirSources.forRate(options.hrirLookup(), options.sampleRateHz()));
    }

    private BinauralRenderer(RenderOptions options, HrirLookup lookup) {
        super(options, RenderFormat.BINAURAL, spatialPart(options, lookup));
        this.lookup = lookup;
    }

    private static RenderChain.SpatialPart spatialPart(RenderOptions options, HrirLookup lookup) {
        return new RenderChain.SpatialPart() {
            @Override
            public BlockProcessor newStage(boolean moving, int blockSize) {
                return new BinauralStage(lookup, blockSize, moving, null);
            }

            @Override
            public BlockProcessor newFoldedStage(boolean moving, float[] prefilter, int blockSize) {
                return new BinauralStage(lookup, blockSize, moving, prefilter);
            }

            @Override
            public int foldedBlockSize(int requested, int prefilterLength, Trajectory trajectory, int sampleRateHz) {
                int b = BinauralStage.staticBlockSize(requested, lookup.length() + prefilterLength - 1);
                // a moving source may take the long block only if it still turns less than one filter
                // update step per block (its filters then change no more often than with short blocks)
                boolean slow = trajectory.maxAngularSpeedDegPerS() * b / sampleRateHz < BinauralStage.MIN_UPDATE_DEG;
                return trajectory.isStatic() || slow ? b : requested;
            }

            @Override
            public long tailFrames() {
                return lookup.length() - 1;
            }

            @Override
            public ReverbLayout reverbLayout() {
                return ReverbLayout.Binaural.HEAD;
            }
        };
    }

    /**
     * The block size a static source at a fixed distance renders with when long blocks are allowed
     * ({@link RenderOptions#forTrajectory}): two halves that each fill one FFT of up to 8192 points
     * ({@code N - L + 1} samples for a filter of L taps), or {@link RenderOptions#LONG_BLOCK_SIZE} for a
     * filter longer than 4096 taps.
     *
     * @param filterLength taps of the HRIR with the distance filter folded in, &ge; 1
     * @return the block size (even)
     */
    public static int staticBlockSize(int filterLength) {
        return BinauralStage.staticBlockSize(RenderOptions.LONG_BLOCK_SIZE, filterLength);
    }

    /** @return the HRIR lookup in use, at the render rate */
    public HrirLookup hrirLookup() {
        return lookup;
    }
}
