package dev.earshot.spatial.render;

import dev.earshot.spatial.hrtf.HrirLookup;
import dev.earshot.spatial.render.effects.ReverbLayout;

/**
 * Headphone binaural rendering by HRTF convolution.
 *
 * <p>A static source is convolved with one HRIR pair by uniformly partitioned overlap-save
 * convolution, one forward FFT per block shared by both ears; at a fixed distance the propagation
 * delay's fraction, the air absorption and the gain are folded into that HRIR pair, so a static
 * render is one convolution. A moving source gets the HRIR for the direction at a block's end
 * whenever the direction has moved 0.5 degrees or more since the
 * last update (or the source has stopped); the previous and the new filter both run over that block
 * and are crossfaded with a raised-cosine ramp, so there are no clicks. Distance changes are per-sample
 * gain ramps and a time-varying propagation delay (see {@link RenderOptions}). HRIRs at another
 * rate than the render rate are resampled.
 */
public final class BinauralRenderer implements Renderer {
    private final RenderOptions options;
    private final HrirLookup lookup;
    private final RenderChain chain;

    /**
     * @param options render options; {@link RenderOptions#hrirLookup()} null selects the built-in
     *                MIT KEMAR set with interpolated lookup
     */
    public BinauralRenderer(RenderOptions options) {
        this.options = options;
        this.lookup = HrirSources.forRate(options.hrirLookup(), options.sampleRateHz());
        this.chain = new RenderChain(options, RenderFormat.BINAURAL, new RenderChain.SpatialPart() {
            @Override
            public BlockProcessor newStage(boolean moving) {
                return new BinauralStage(lookup, options.blockSize(), moving, null);
            }

            @Override
            public BlockProcessor newFoldedStage(boolean moving, float[] prefilter) {
                return new BinauralStage(lookup, options.blockSize(), moving, prefilter);
            }

            @Override
            public long tailFrames() {
                return lookup.length() - 1;
            }

            @Override
            public ReverbLayout reverbLayout() {
                return ReverbLayout.Binaural.HEAD;
            }
        });
    }

    /** @return the HRIR lookup in use, at the render rate */
    public HrirLookup hrirLookup() {
        return lookup;
    }

    @Override
    public RenderFormat format() {
        return RenderFormat.BINAURAL;
    }

    @Override
    public int sampleRateHz() {
        return options.sampleRateHz();
    }

    @Override
    public long tailFrames(SpatialParams params) {
        return chain.tailFrames(params);
    }

    @Override
    public long render(BlockSource source, SpatialParams params, BlockSink sink, RenderProgress progress) {
        return chain.run(source, params, sink, progress);
    }

    @Override
    public long renderParallel(SeekableSource source, SpatialParams params, RegionSink sink, int threads,
                               RenderProgress progress) {
        return chain.runParallel(source, params, sink, threads, progress);
    }
}
