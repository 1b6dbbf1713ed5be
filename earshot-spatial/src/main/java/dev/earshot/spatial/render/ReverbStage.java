package dev.earshot.spatial.render;

import dev.earshot.audio.dsp.MultiPartitionedConvolver;
import dev.earshot.spatial.render.effects.MixGains;

/**
 * Wet/dry mix with the parametric late reverb: {@code out = directGain * out + reverbGain *
 * (mono convolved with the reverb IR)}, the IR having one channel per output channel
 * ({@link dev.earshot.spatial.render.effects.ParametricReverb}). The mono signal is the
 * distance-processed source, so the reverb arrives with the direct sound and the mix's DRR holds at
 * every distance. Convolution is partitioned, one input FFT per block shared by all channels.
 */
final class ReverbStage implements BlockProcessor {
    private final float directGain;
    private final float reverbGain;
    private final MultiPartitionedConvolver convolver;
    private final float[][] wet;

    ReverbStage(MixGains gains, float[][] impulseResponse, int blockSize) {
        this.directGain = (float) gains.directGain();
        this.reverbGain = (float) gains.reverbGain();
        this.convolver = new MultiPartitionedConvolver(impulseResponse, blockSize);
        this.wet = new float[impulseResponse.length][blockSize];
    }

    @Override
    public void process(RenderBlock b) {
        convolver.process(b.mono, wet);
        for (int c = 0; c < b.out.length; c++) {
            float[] y = b.out[c];
            float[] r = wet[c];
            for (int k = 0; k < b.size; k++) {
                y[k] = directGain * y[k] + reverbGain * r[k];
            }
        }
    }
}
