package dev.earshot.spatial.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembles the stages shared by every renderer around a format-specific spatial stage:
 * distance (source gain, inverse-distance gain ramp, propagation delay, air absorption) on the mono
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
        double maxD = SourceMotion.maxDistanceM(p.trajectory());
        return DistanceStage.delayTailFrames(o.propagationDelay(), maxD, o.sampleRateHz()) + part.tailFrames(p);
    }

    static List<BlockProcessor> stages(RenderOptions o, SpatialParams p, SpatialPart part) {
        List<BlockProcessor> chain = new ArrayList<>();
        double maxD = SourceMotion.maxDistanceM(p.trajectory());
        chain.add(new DistanceStage(p.gainDb(), o.referenceDistanceM(), o.propagationDelay(), maxD, o.sampleRateHz()));
        chain.add(part.stage(p));
        return chain;
    }

    static long run(RenderOptions o, RenderFormat format, BlockSource source, SpatialParams params,
                    SpatialPart part, BlockSink sink, RenderProgress progress) {
        return RenderEngine.run(o.blockSize(), format.channels(), o.sampleRateHz(), source, params.trajectory(),
                stages(o, params, part), tailFrames(o, params, part), sink, progress);
    }
}
