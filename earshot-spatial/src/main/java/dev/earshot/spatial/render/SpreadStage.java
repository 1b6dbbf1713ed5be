package dev.earshot.spatial.render;

import dev.earshot.audio.dsp.MultiPartitionedConvolver;
import dev.earshot.spatial.render.effects.SpreadModel;
import dev.earshot.spatial.render.effects.VirtualSource;
import java.util.List;
import java.util.function.Supplier;

/**
 * A wide source: the {@link SpreadModel}'s virtual sources, each a weighted, decorrelated copy of the
 * mono signal rendered by its own spatial stage at the centre direction rotated by its offset, summed
 * into the output. Only used for a spread above 0 (a point source runs the plain spatial stage, so it
 * is left exactly unchanged).
 */
final class SpreadStage implements BlockProcessor {
    private final double[] offsetsDeg;
    private final float[] weights;
    private final MultiPartitionedConvolver[] decorrelators;
    private final BlockProcessor[] stages;
    private final RenderBlock[] subs;
    private final float[][] decorrelated;

    /**
     * @param sources            the virtual sources
     * @param stageFactory       makes one spatial stage per virtual source
     * @param channels           output channels
     * @param blockSize          block size
     * @param sampleRateHz       sample rate
     * @param decorrelatorLength decorrelation FIR length (power of two)
     * @param seed               decorrelator seed
     */
    SpreadStage(List<VirtualSource> sources, Supplier<BlockProcessor> stageFactory, int channels, int blockSize,
                int sampleRateHz, int decorrelatorLength, long seed) {
        int n = sources.size();
        offsetsDeg = new double[n];
        weights = new float[n];
        decorrelators = new MultiPartitionedConvolver[n];
        stages = new BlockProcessor[n];
        subs = new RenderBlock[n];
        decorrelated = new float[][] {new float[blockSize]};
        for (int i = 0; i < n; i++) {
            VirtualSource v = sources.get(i);
            offsetsDeg[i] = v.offsetDeg();
            weights[i] = (float) v.weight();
            if (v.decorrelatorIndex() > 0) {
                decorrelators[i] = new MultiPartitionedConvolver(
                        new float[][] {SpreadModel.decorrelator(v.decorrelatorIndex(), decorrelatorLength, seed)},
                        blockSize);
            }
            stages[i] = stageFactory.get();
            subs[i] = new RenderBlock(blockSize, channels, sampleRateHz);
        }
    }

    /** @return the decorrelation FIR length for a sample rate: a power of two near 20 ms */
    static int decorrelatorLength(int sampleRateHz) {
        return Math.max(64, Math.min(16384, Integer.highestOneBit(sampleRateHz / 40)));
    }

    @Override
    public void process(RenderBlock b) {
        for (int i = 0; i < stages.length; i++) {
            RenderBlock s = subs[i];
            float[] src = b.mono;
            if (decorrelators[i] != null) {
                decorrelators[i].process(b.mono, decorrelated);
                src = decorrelated[0];
            }
            float w = weights[i];
            for (int k = 0; k < b.size; k++) {
                s.mono[k] = w * src[k];
            }
            s.startFrame = b.startFrame;
            s.startDistanceM = b.startDistanceM;
            s.endDistanceM = b.endDistanceM;
            s.startDirection = SpreadModel.directionOf(b.startDirection, offsetsDeg[i]);
            s.endDirection = b.endDirection.equals(b.startDirection) ? s.startDirection
                    : SpreadModel.directionOf(b.endDirection, offsetsDeg[i]);
            stages[i].process(s);
            for (int c = 0; c < b.out.length; c++) {
                float[] acc = b.out[c];
                float[] add = s.out[c];
                for (int k = 0; k < b.size; k++) {
                    acc[k] += add[k];
                }
            }
        }
    }
}
