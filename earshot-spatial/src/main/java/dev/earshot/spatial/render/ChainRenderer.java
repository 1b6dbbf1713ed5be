package dev.earshot.spatial.render;

/**
 * What every built-in renderer shares: a {@link RenderChain} of the common stages (gain, distance,
 * spread, reverb) around one format-specific spatial part, run serially or in time segments. Subclasses
 * only say which format they write and supply the spatial part.
 */
abstract class ChainRenderer implements Renderer {
    private final RenderOptions options;
    private final RenderFormat format;
    private final RenderChain chain;

    /**
     * @param options render options
     * @param format  the output format
     * @param part    the format-specific spatial stage and its reverb layout
     */
    ChainRenderer(RenderOptions options, RenderFormat format, RenderChain.SpatialPart part) {
        this.options = options;
        this.format = format;
        this.chain = new RenderChain(options, format, part);
    }

    @Override
    public final RenderFormat format() {
        return format;
    }

    @Override
    public final int sampleRateHz() {
        return options.sampleRateHz();
    }

    @Override
    public final long tailFrames(SpatialParams params) {
        return chain.tailFrames(params);
    }

    @Override
    public final int blockSizeFor(SpatialParams params) {
        return chain.optionsFor(params).blockSize();
    }

    @Override
    public final long render(BlockSource source, SpatialParams params, BlockSink sink, RenderProgress progress) {
        return chain.run(source, params, sink, progress);
    }

    @Override
    public final long renderParallel(SeekableSource source, SpatialParams params, RegionSink sink, int threads,
                                     RenderProgress progress) {
        return chain.runParallel(source, params, sink, threads, progress);
    }
}
