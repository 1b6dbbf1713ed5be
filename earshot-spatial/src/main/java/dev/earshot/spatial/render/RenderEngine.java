package dev.earshot.spatial.render;

import java.util.Arrays;
import java.util.List;

/**
 * Runs a chain of {@link BlockProcessor}s over a block source: reads fixed-size blocks (zero-padding
 * past the end of the input), lets each stage process the block in order, drops the chain's fixed
 * latency from the start of the output, and writes blocks until the input plus the chain's tail has
 * been emitted.
 */
final class RenderEngine {
    private RenderEngine() {
    }

    static long run(int blockSize, int channels, int sampleRateHz, BlockSource source, Trajectory trajectory,
                    List<BlockProcessor> chain, int latencyFrames, long tailFrames, BlockSink sink,
                    RenderProgress progress) {
        if (source.sampleRateHz() != sampleRateHz) {
            throw new IllegalArgumentException("source sample rate " + source.sampleRateHz()
                    + " Hz differs from the renderer's " + sampleRateHz + " Hz; resample it first");
        }
        RenderBlock block = new RenderBlock(blockSize, channels, sampleRateHz);
        SourceMotion motion = new SourceMotion(trajectory, sampleRateHz);
        long inTotal = source.totalFrames();
        long expected = inTotal < 0 ? -1 : inTotal + tailFrames;
        boolean eof = false;
        long inputFrames = 0;
        long processed = 0;
        long written = 0;
        long skip = latencyFrames;
        while (true) {
            int n = 0;
            while (!eof && n < blockSize) {
                int r = source.read(block.mono, n, blockSize - n);
                if (r < 0) {
                    eof = true;
                } else if (r == 0) {
                    throw new IllegalStateException("BlockSource.read returned 0 samples; it must block until it"
                            + " has at least one or return -1 at the end");
                } else {
                    n += r;
                }
            }
            Arrays.fill(block.mono, n, blockSize, 0f);
            inputFrames += n;
            if (eof && written >= inputFrames + tailFrames) {
                break;
            }
            block.startFrame = processed;
            motion.update(block);
            for (float[] ch : block.out) {
                Arrays.fill(ch, 0f);
            }
            for (BlockProcessor p : chain) {
                p.process(block);
            }
            processed += blockSize;
            int from = (int) Math.min(skip, blockSize);
            skip -= from;
            long limit = eof ? inputFrames + tailFrames : Long.MAX_VALUE;
            int emit = (int) Math.min(blockSize - from, limit - written);
            if (emit > 0) {
                if (from > 0) {
                    for (float[] ch : block.out) {
                        System.arraycopy(ch, from, ch, 0, emit);
                    }
                }
                sink.write(block.out, emit);
                written += emit;
                progress.onProgress(written, expected);
            }
        }
        return written;
    }

    /**
     * Renders one time segment of a render: runs the chain over blocks {@code warmBlock ..
     * endBlock - 1} (block j starting at input frame j * blockSize, input zero-padded past its end)
     * and writes the output of blocks {@code firstBlock ..} on, mapped to output frames as
     * {@link #run} maps them (processed frame f is output frame f - latency, output frames
     * 0 .. totalOut - 1), into one region opened at the segment's first output frame.
     *
     * @param emitted told the number of frames written after each block
     */
    static void runSegment(int blockSize, int channels, int sampleRateHz, SeekableSource source, Trajectory trajectory,
                           List<BlockProcessor> chain, int latencyFrames, long totalOut, long warmBlock,
                           long firstBlock, long endBlock, RegionSink sink, java.util.function.LongConsumer emitted) {
        if (source.sampleRateHz() != sampleRateHz) {
            throw new IllegalArgumentException("source sample rate " + source.sampleRateHz()
                    + " Hz differs from the renderer's " + sampleRateHz + " Hz; resample it first");
        }
        RenderBlock block = new RenderBlock(blockSize, channels, sampleRateHz);
        SourceMotion motion = new SourceMotion(trajectory, sampleRateHz);
        BlockSource in = source.openAt(Math.min(warmBlock * blockSize, source.totalFrames()));
        boolean eof = false;
        RegionSink.Region region = sink.open(Math.max(0, firstBlock * blockSize - latencyFrames));
        try {
            for (long j = warmBlock; j < endBlock; j++) {
                int n = 0;
                while (!eof && n < blockSize) {
                    int r = in.read(block.mono, n, blockSize - n);
                    if (r < 0) {
                        eof = true;
                    } else if (r == 0) {
                        throw new IllegalStateException("BlockSource.read returned 0 samples; it must block until it"
                                + " has at least one or return -1 at the end");
                    } else {
                        n += r;
                    }
                }
                Arrays.fill(block.mono, n, blockSize, 0f);
                long start = j * blockSize;
                block.startFrame = start;
                motion.update(block);
                for (float[] ch : block.out) {
                    Arrays.fill(ch, 0f);
                }
                for (BlockProcessor p : chain) {
                    p.process(block);
                }
                if (j < firstBlock) {
                    continue;
                }
                int from = (int) Math.max(0, Math.min(blockSize, latencyFrames - start));
                int to = (int) Math.max(0, Math.min(blockSize, totalOut + latencyFrames - start));
                int emit = to - from;
                if (emit > 0) {
                    if (from > 0) {
                        for (float[] ch : block.out) {
                            System.arraycopy(ch, from, ch, 0, emit);
                        }
                    }
                    region.write(block.out, emit);
                    emitted.accept(emit);
                }
            }
        } finally {
            region.close();
        }
    }
}
