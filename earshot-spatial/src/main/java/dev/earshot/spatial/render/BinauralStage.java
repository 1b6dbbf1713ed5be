package dev.earshot.spatial.render;

import dev.earshot.audio.dsp.MultiPartitionedConvolver;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.hrtf.Hrir;
import dev.earshot.spatial.hrtf.HrirLookup;
import java.util.Arrays;

/**
 * Mono to binaural by HRIR convolution on the dsp module's {@link MultiPartitionedConvolver}
 * (uniformly partitioned overlap-save; one forward FFT per block shared by every ear filter).
 *
 * <p>Static source: one two-output convolver (left, right) and nothing else.
 *
 * <p>Moving source: a four-output convolver holding two HRIR pairs, slot A and slot B, fed by the
 * same input history. Each block's target filter is the HRIR for the direction at the block's end;
 * when it differs from the active slot's, it is written into the other slot, both run over the block
 * and the output crossfades from the old to the new pair with a raised-cosine (equal-gain) ramp, so
 * filter changes make no clicks. Then the slots swap roles.
 */
final class BinauralStage implements BlockProcessor {
    private final HrirLookup lookup;
    private final boolean moving;
    private final int blockSize;
    private MultiPartitionedConvolver convolver;
    private final float[][] scratch;
    private final float[] fadeIn;
    private Direction current;
    private Hrir currentHrir;
    private int active;
    private boolean crossfade;

    BinauralStage(HrirLookup lookup, int blockSize, boolean moving) {
        this.lookup = lookup;
        this.moving = moving;
        this.blockSize = blockSize;
        this.scratch = moving ? new float[4][blockSize] : null;
        this.fadeIn = new float[blockSize];
        for (int n = 0; n < blockSize; n++) {
            fadeIn[n] = (float) (0.5 - 0.5 * Math.cos(Math.PI * (n + 1) / blockSize));
        }
    }

    @Override
    public void process(RenderBlock b) {
        if (current == null) {
            select(b.startDirection);
        }
        if (!b.endDirection.equals(current)) {
            select(b.endDirection);
        }
        if (!moving) {
            convolver.process(b.mono, b.out);
            return;
        }
        convolver.process(b.mono, scratch);
        float[] newL = scratch[2 * active];
        float[] newR = scratch[2 * active + 1];
        if (!crossfade) {
            System.arraycopy(newL, 0, b.out[0], 0, blockSize);
            System.arraycopy(newR, 0, b.out[1], 0, blockSize);
            return;
        }
        float[] oldL = scratch[2 * (1 - active)];
        float[] oldR = scratch[2 * (1 - active) + 1];
        float[] outL = b.out[0];
        float[] outR = b.out[1];
        for (int n = 0; n < blockSize; n++) {
            float w = fadeIn[n];
            outL[n] = oldL[n] + w * (newL[n] - oldL[n]);
            outR[n] = oldR[n] + w * (newR[n] - oldR[n]);
        }
        crossfade = false;
    }

    private void select(Direction d) {
        current = d;
        Hrir h = lookup.lookup(d);
        if (currentHrir != null && (h == currentHrir
                || Arrays.equals(h.left(), currentHrir.left()) && Arrays.equals(h.right(), currentHrir.right()))) {
            return;
        }
        if (convolver == null) {
            float[][] irs = moving ? new float[][] {h.left(), h.right(), h.left(), h.right()}
                    : new float[][] {h.left(), h.right()};
            convolver = new MultiPartitionedConvolver(irs, blockSize, lookup.length());
            active = 0;
        } else {
            // The previous pair is kept in the active slot; the new one goes into the other slot.
            // Two changes before one block (first block of a move) simply overwrite the target.
            if (!crossfade) {
                active = 1 - active;
            }
            convolver.setImpulseResponse(2 * active, h.left());
            convolver.setImpulseResponse(2 * active + 1, h.right());
            crossfade = true;
        }
        currentHrir = h;
    }
}
