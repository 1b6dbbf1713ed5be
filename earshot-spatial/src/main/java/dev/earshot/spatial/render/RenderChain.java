package dev.earshot.spatial.render;

import java.util.List;

/**
 * Assembles the stages shared by every renderer around a format-specific spatial stage:
 * {@link DistanceStage} (source gain, propagation delay, air absorption, distance gain) on the mono
 * signal, then the spatial stage (mono to output channels), then spread and the wet/dry reverb.
 */
final class RenderChain {
    private RenderChain() {
    }

    /** A format-specific part: the spatial stage and the tail it adds. */
    interface SpatialPart {
        BlockProcessor stage(SpatialParams params);

        long tailFrames(SpatialParams params);
    }

    static long tailFrames(RenderOptions o, SpatialParams p, SpatialPart part) {
        return new DistanceStage(p, o).tailFrames() + part.tailFrames(p);
    }

    static long run(RenderOptions o, RenderFormat format, BlockSource source, SpatialParams params,
                    SpatialPart part, BlockSink sink, RenderProgress progress) {
        DistanceStage distance = new DistanceStage(params, o);
        List<BlockProcessor> chain = List.of(distance, part.stage(params));
        long tail = distance.tailFrames() + part.tailFrames(params);
        return RenderEngine.run(o.blockSize(), format.channels(), o.sampleRateHz(), source, params.trajectory(),
                chain, distance.latencyFrames(), tail, sink, progress);
    }
}
