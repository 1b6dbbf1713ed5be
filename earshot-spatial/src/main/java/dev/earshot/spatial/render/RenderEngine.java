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
}
