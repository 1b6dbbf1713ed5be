package dev.earshot.spatial.render;

import dev.earshot.spatial.render.effects.MixGains;
import dev.earshot.spatial.render.effects.ParametricReverb;
import dev.earshot.spatial.render.effects.ReverbDesign;
import dev.earshot.spatial.render.effects.ReverbLayout;
import dev.earshot.spatial.render.effects.SpreadModel;
import dev.earshot.spatial.render.effects.VirtualSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles a render chain around a format-specific spatial stage and runs it:
 * <ol>
 * <li>{@link DistanceStage} on the mono signal: source gain, propagation delay, air absorption,
 * inverse-distance gain;</li>
 * <li>the spatial stage (mono to the output channels), or for a spread above 0 a
 * {@link SpreadStage} of several decorrelated spatial stages;</li>
 * <li>{@link ReverbStage} if the room and wet mix call for reverb.</li>
 * </ol>
 * A point source (spread 0) that is dry (anechoic room or wet 0) runs stages 1 and 2 only, so those
 * stages leave it exactly unchanged. At a fixed distance stage 1 is linear and time-invariant
 * ({@link DistanceStage.Fixed}); for such a dry point source its FIR is folded into the spatial
 * stage's filters where the format allows it (binaural: into the HRIRs), leaving a whole-sample delay. One instance per renderer; it caches the last reverb impulse
 * response so that asking for the tail and then rendering builds it once.
 */
final class RenderChain {

    /** What a renderer contributes: its spatial stage and how its reverb looks. */
    interface SpatialPart {
        /**
         * @param moving whether the source moves (stages may pick a cheaper static path)
         * @return a new spatial stage reading the block's directions
         */
        BlockProcessor newStage(boolean moving);

        /**
         * A spatial stage that also applies a fixed mono prefilter by folding it into its own
         * filters (so it costs nothing per sample).
         *
         * @param moving    whether the source moves
         * @param prefilter the FIR to apply to the mono input before spatialisation
         * @return the stage, or null (the default) if this format cannot fold a prefilter
         */
        default BlockProcessor newFoldedStage(boolean moving, float[] prefilter) {
            return null;
        }

        /** @return frames the spatial stage's output lasts beyond its input */
        long tailFrames();

        /** @return the reverb channel layout for this format */
        ReverbLayout reverbLayout();

        /**
         * @param ir the reverb impulse response in {@link #reverbLayout()}
         * @return it in the output channel convention (default: unchanged)
         */
        default float[][] adaptReverb(float[][] ir) {
            return ir;
        }
    }

    private final RenderOptions options;
    private final RenderFormat format;
    private final SpatialPart part;
    private ReverbDesign cachedDesign;
    private float[][] cachedIr;

    RenderChain(RenderOptions options, RenderFormat format, SpatialPart part) {
        this.options = options;
        this.format = format;
        this.part = part;
    }

    private float[][] reverbIr(SpatialParams p) {
        ReverbDesign design = ReverbDesign.forRoom(p.room(), options.reverbSeed());
        if (!design.equals(cachedDesign)) {
            cachedIr = part.adaptReverb(ParametricReverb.impulseResponse(design, part.reverbLayout(),
                    options.sampleRateHz()));
            cachedDesign = design;
        }
        return cachedIr;
    }

    private static boolean hasReverb(MixGains g) {
        return g.reverbGain() > 0;
    }

    long tailFrames(SpatialParams p) {
        long spatial = part.tailFrames();
        if (p.spreadDeg() > 0) {
            spatial += SpreadStage.decorrelatorLength(options.sampleRateHz()) - 1;
        }
        MixGains g = ParametricReverb.mix(p.room(), p.wetMix());
        if (hasReverb(g)) {
            spatial = Math.max(spatial, reverbIr(p)[0].length - 1);
        }
        return new DistanceStage(p, options).tailFrames() + spatial;
    }

    /** A built chain: its stages, the distance stage first. */
    private record Built(DistanceStage distance, List<BlockProcessor> stages) {
    }

    private Built build(SpatialParams params) {
        DistanceStage distance = new DistanceStage(params, options);
        List<BlockProcessor> chain = new ArrayList<>();
        chain.add(distance);
        boolean moving = !params.trajectory().isStatic();
        MixGains g = ParametricReverb.mix(params.room(), params.wetMix());
        BlockProcessor folded = null;
        if (params.spreadDeg() == 0 && !hasReverb(g) && distance.fixedForm() != null) {
            folded = part.newFoldedStage(moving, distance.fixedForm().kernel());
        }
        if (folded != null) {
            distance.setFolded();
            chain.add(folded);
        } else if (params.spreadDeg() == 0) {
            chain.add(part.newStage(moving));
        } else {
            List<VirtualSource> sources = SpreadModel.DEFAULT.virtualSources(params.spreadDeg());
            chain.add(new SpreadStage(sources, () -> part.newStage(moving), format.channels(), options.blockSize(),
                    options.sampleRateHz(), SpreadStage.decorrelatorLength(options.sampleRateHz()),
                    options.reverbSeed()));
        }
        if (hasReverb(g)) {
            chain.add(new ReverbStage(g, reverbIr(params), options.blockSize()));
        }
        return new Built(distance, chain);
    }

    long run(BlockSource source, SpatialParams params, BlockSink sink, RenderProgress progress) {
        Built b = build(params);
        return RenderEngine.run(options.blockSize(), format.channels(), options.sampleRateHz(), source,
                params.trajectory(), b.stages(), b.distance().latencyFrames(), tailFrames(params), sink, progress);
    }

    /**
     * Frames of input history that a segment of a parallel render must run before its first output
     * block so that every stage's memory holds what the serial render's holds, or -1 if the chain
     * cannot be cut into segments (its state depends on more than recent input and the direction
     * schedule: a changing distance, spread or reverb).
     */
    long segmentWarmUpFrames(SpatialParams params) {
        if (params.spreadDeg() != 0 || hasReverb(ParametricReverb.mix(params.room(), params.wetMix()))) {
            return -1;
        }
        DistanceStage.Fixed fixed = new DistanceStage(params, options).fixedForm();
        if (fixed == null) {
            return -1;
        }
        // whole-sample delay + the distance FIR (separate or folded) + the spatial stage's filter memory
        return (long) fixed.delayFrames() + fixed.kernel().length + part.tailFrames() + 1;
    }

    long runParallel(SeekableSource source, SpatialParams params, RegionSink sink, int threads, RenderProgress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        int blockSize = options.blockSize();
        long warmFrames = threads > 1 ? segmentWarmUpFrames(params) : -1;
        long tail = tailFrames(params);
        long total = source.totalFrames() + tail;
        int latency = new DistanceStage(params, options).latencyFrames();
        long blocks = (total + latency + blockSize - 1) / blockSize;
        long warmBlocks = warmFrames < 0 ? 0 : (warmFrames + blockSize - 1) / blockSize + 1;
        // A segment shorter than a few warm-ups would spend too much on warming up.
        int segments = warmFrames < 0 ? 1 : (int) Math.min(threads, blocks / Math.max(MIN_SEGMENT_BLOCKS, 8 * warmBlocks));
        if (segments <= 1) {
            RegionSink.Region region = sink.open(0);
            try {
                return run(source.openAt(0), params, region, progress);
            } finally {
                region.close();
            }
        }
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        long[] bounds = new long[segments + 1];
        for (int i = 0; i <= segments; i++) {
            bounds[i] = blocks * i / segments;
        }
        Throwable[] errors = new Throwable[segments];
        Thread[] workers = new Thread[segments];
        for (int i = 0; i < segments; i++) {
            int seg = i;
            Runnable job = () -> {
                try {
                    Built b = build(params);
                    long first = bounds[seg];
                    long warm = Math.max(0, first - warmBlocks);
                    for (BlockProcessor p : b.stages()) {
                        p.startAt(warm, params.trajectory(), blockSize, options.sampleRateHz());
                    }
                    RenderEngine.runSegment(blockSize, format.channels(), options.sampleRateHz(), source,
                            params.trajectory(), b.stages(), latency, total, warm, first, bounds[seg + 1], sink,
                            n -> progress.onProgress(done.addAndGet(n), total));
                } catch (Throwable e) {
                    errors[seg] = e;
                }
            };
            if (i < segments - 1) {
                workers[i] = new Thread(job, "earshot-render-" + i);
                workers[i].setDaemon(true);
                workers[i].start();
            } else {
                job.run();
            }
        }
        for (int i = 0; i < segments - 1; i++) {
            try {
                workers[i].join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for render segment " + i, e);
            }
        }
        for (Throwable e : errors) {
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (e instanceof Error err) {
                throw err;
            }
            if (e != null) {
                throw new IllegalStateException(e);
            }
        }
        return total;
    }

    /**
     * Fewest blocks per segment of a parallel render (10.9 s at 48 kHz with the default 1024-frame
     * blocks, 21.8 s with long ones).
     */
    static final int MIN_SEGMENT_BLOCKS = 512;
}
