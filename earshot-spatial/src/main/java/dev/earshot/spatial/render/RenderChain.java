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
         * @param moving    whether the source moves (stages may pick a cheaper static path)
         * @param blockSize the chain's block size
         * @return a new spatial stage reading the block's directions
         */
        BlockProcessor newStage(boolean moving, int blockSize);

        /**
         * A spatial stage that also applies a fixed mono prefilter by folding it into its own
         * filters (so it costs nothing per sample).
         *
         * @param moving    whether the source moves
         * @param prefilter the FIR to apply to the mono input before spatialisation
         * @param blockSize the chain's block size
         * @return the stage, or null (the default) if this format cannot fold a prefilter
         */
        default BlockProcessor newFoldedStage(boolean moving, float[] prefilter, int blockSize) {
            return null;
        }

        /**
         * The block size for a source whose distance FIR is folded into this part's filters (a dry point
         * source at one distance), when the render allows long blocks (the options' block size is at
         * least {@link RenderOptions#LONG_BLOCK_SIZE}): a format whose cost per sample falls with the
         * block length may return a longer, even block (at most 32768) if the trajectory permits; the
         * default keeps the requested one.
         *
         * @param requested       the options' block size
         * @param prefilterLength taps of the folded prefilter
         * @param trajectory      the source's movement (at one distance)
         * @param sampleRateHz    the render rate
         * @return the block size to use, &ge; 64 and even
         */
        default int foldedBlockSize(int requested, int prefilterLength, Trajectory trajectory, int sampleRateHz) {
            return requested;
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
    /** What {@link #plan} last worked out, for the parameters it holds (asked per render and per report). */
    private Plan lastPlan;

    /**
     * A render's derived settings: the fixed distance form (null if the distance changes or the chain
     * does not run it: spread or reverb) and the options with the block size to use.
     */
    private record Plan(SpatialParams params, DistanceStage.Fixed fixed, RenderOptions options) {
    }

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

    /**
     * The options a render of these parameters runs with: this chain's, with the longer block that
     * {@link SpatialPart#foldedBlockSize} asks for when the source is folded (dry, one distance) and long
     * blocks are allowed. Everything of one render (stages, segment grid) uses the same block size.
     */
    RenderOptions optionsFor(SpatialParams p) {
        return plan(p).options();
    }

    private synchronized Plan plan(SpatialParams p) {
        if (lastPlan == null || !p.equals(lastPlan.params())) {
            DistanceStage.Fixed fixed = null;
            if (p.spreadDeg() == 0 && !hasReverb(ParametricReverb.mix(p.room(), p.wetMix()))) {
                fixed = new DistanceStage(p, options).fixedForm();
            }
            RenderOptions o = options;
            if (fixed != null && options.blockSize() >= RenderOptions.LONG_BLOCK_SIZE) {
                int b = part.foldedBlockSize(options.blockSize(), fixed.kernel().length, p.trajectory(),
                        options.sampleRateHz());
                o = b == options.blockSize() ? options : options.withBlockSize(b);
            }
            lastPlan = new Plan(p, fixed, o);
        }
        return lastPlan;
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

    private Built build(SpatialParams params, RenderOptions o) {
        DistanceStage distance = new DistanceStage(params, o);
        List<BlockProcessor> chain = new ArrayList<>();
        chain.add(distance);
        boolean moving = !params.trajectory().isStatic();
        MixGains g = ParametricReverb.mix(params.room(), params.wetMix());
        int blockSize = o.blockSize();
        BlockProcessor folded = null;
        if (params.spreadDeg() == 0 && !hasReverb(g) && distance.fixedForm() != null) {
            folded = part.newFoldedStage(moving, distance.fixedForm().kernel(), blockSize);
        }
        if (folded != null) {
            distance.setFolded();
            chain.add(folded);
        } else if (params.spreadDeg() == 0) {
            chain.add(part.newStage(moving, blockSize));
        } else {
            List<VirtualSource> sources = SpreadModel.DEFAULT.virtualSources(params.spreadDeg());
            chain.add(new SpreadStage(sources, () -> part.newStage(moving, blockSize), format.channels(), blockSize,
                    o.sampleRateHz(), SpreadStage.decorrelatorLength(o.sampleRateHz()), o.reverbSeed()));
        }
        if (hasReverb(g)) {
            chain.add(new ReverbStage(g, reverbIr(params), blockSize));
        }
        return new Built(distance, chain);
    }

    long run(BlockSource source, SpatialParams params, BlockSink sink, RenderProgress progress) {
        RenderOptions o = optionsFor(params);
        Built b = build(params, o);
        return RenderEngine.run(o.blockSize(), format.channels(), options.sampleRateHz(), source,
                params.trajectory(), b.stages(), b.distance().latencyFrames(), tailFrames(params), sink, progress);
    }

    /**
     * Frames of input history that a segment of a parallel render must run before its first output
     * block so that every stage's memory holds what the serial render's holds, or -1 if the chain
     * cannot be cut into segments (its state depends on more than recent input and the direction
     * schedule: a changing distance, spread or reverb).
     */
    long segmentWarmUpFrames(SpatialParams params) {
        DistanceStage.Fixed fixed = plan(params).fixed();
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
        RenderOptions o = optionsFor(params);
        int blockSize = o.blockSize();
        long warmFrames = threads > 1 ? segmentWarmUpFrames(params) : -1;
        long tail = tailFrames(params);
        long total = source.totalFrames() + tail;
        int latency = new DistanceStage(params, options).latencyFrames();
        long blocks = (total + latency + blockSize - 1) / blockSize;
        long warmBlocks = warmFrames < 0 ? 0 : (warmFrames + blockSize - 1) / blockSize + 1;
        // A segment shorter than a few warm-ups would spend too much on warming up.
        long minBlocks = Math.max(Math.min(MIN_SEGMENT_BLOCKS, (MIN_SEGMENT_FRAMES + blockSize - 1) / blockSize),
                8 * warmBlocks);
        int segments = warmFrames < 0 ? 1 : (int) Math.min(threads, blocks / minBlocks);
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
                    Built b = build(params, o);
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
     * blocks, 21.8 s with 2048-frame ones), unless {@link #MIN_SEGMENT_FRAMES} is fewer blocks.
     */
    static final int MIN_SEGMENT_BLOCKS = 512;
    /** Frames that are always enough for a segment, whatever the block size (21.8 s at 48 kHz). */
    static final long MIN_SEGMENT_FRAMES = 512L * 2048;
}
