package dev.earshot.spatial.render;

import dev.earshot.audio.dsp.ConvolutionCost;
import dev.earshot.audio.dsp.MultiPartitionedConvolver;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import dev.earshot.spatial.hrtf.Hrir;
import dev.earshot.spatial.hrtf.HrirLookup;
import java.util.Arrays;

/**
 * Mono to binaural by HRIR convolution on the dsp module's {@link MultiPartitionedConvolver}
 * (uniformly partitioned overlap-save; one forward FFT per block shared by every ear filter).
 *
 * <p>The convolver's partitions are half a block, and each block is convolved as a pair of
 * partitions with one forward FFT for both ({@link MultiPartitionedConvolver#processPair}): a quarter
 * less FFT work than one partition per block. The pairing always follows the block grid, so a
 * render's bits do not depend on how it was cut into parallel segments.
 *
 * <p>The FFT size is the smallest power of two that holds a half block's output
 * ({@link ConvolutionCost#fftSizeFor}): twice the half block for the power-of-two blocks. A static
 * source with long blocks gets the block of {@link #staticBlockSize}, whose halves fill the FFT: each
 * 8192-point FFT then yields {@code 8192 - L + 1} output samples for an L-tap filter instead of 1024
 * with 2048-point FFTs, 37 % fewer flops per sample for the KEMAR set with its distance filter.
 *
 * <p>Static source: one two-output convolver (left, right) and nothing else.
 *
 * <p>Moving source: a four-output convolver holding two HRIR pairs, slot A and slot B, fed by the
 * same input history. A block's target filter is the HRIR for the direction at the block's end; when
 * it differs from the active slot's, it is written into the other slot, both run over the block and
 * the output crossfades from the old to the new pair with a raised-cosine (equal-gain) ramp, so
 * filter changes make no clicks. Then the slots swap roles, and the old slot is switched off until
 * the next change, so a block without a change costs two outputs, not four. The filter is only
 * looked up again once the direction has moved at least {@value #MIN_UPDATE_DEG} degrees from the
 * one last used (HRTF sets are measured on grids of several degrees, and that step is well below
 * the localisation blur of about 1 degree in front), or when the source has stopped (a block whose
 * start and end directions are equal), so a source always settles on its exact final filter.
 *
 * <p>Optional prefilter: a mono FIR (the fixed-distance {@link DistanceStage.Fixed} kernel) that is
 * convolved into every HRIR when it is selected, which equals filtering the input first.
 */
final class BinauralStage implements BlockProcessor {
    /** Smallest direction change, in degrees, that makes a moving source look up a new HRIR. */
    static final double MIN_UPDATE_DEG = 0.5;
    /**
     * Largest FFT a static source's long block is sized for: beyond it the flop model gains under 2 %
     * (653 taps: 115 flops per sample at 8192 points, 118 at 16384) while the working set outgrows the
     * L2 cache.
     */
    static final int MAX_STATIC_FFT = 8192;
    private static final double MIN_UPDATE_COS = Math.cos(Math.toRadians(MIN_UPDATE_DEG));

    private final HrirLookup lookup;
    private final boolean moving;
    private final int blockSize;
    private final float[] prefilter;
    private MultiPartitionedConvolver convolver;
    private final float[][] scratch;
    private final float[] fadeIn;
    private Direction current;
    private Vec3 currentUnit;
    private Hrir currentHrir;
    private int active;
    private boolean crossfade;

    BinauralStage(HrirLookup lookup, int blockSize, boolean moving) {
        this(lookup, blockSize, moving, null);
    }

    /**
     * @param lookup    HRIRs at the render rate
     * @param blockSize block size
     * @param moving    whether the source moves
     * @param prefilter a mono FIR folded into every HRIR, or null for none
     */
    BinauralStage(HrirLookup lookup, int blockSize, boolean moving, float[] prefilter) {
        this.lookup = lookup;
        this.moving = moving;
        this.blockSize = blockSize;
        this.prefilter = prefilter;
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
        if (updates(b, current, currentUnit)) {
            select(b.endDirection);
        }
        if (!moving) {
            convolver.processPair(b.mono, 0, b.out, 0);
            return;
        }
        convolver.processPair(b.mono, 0, scratch, 0);
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
        enableSlot(1 - active, false);
    }

    /**
     * Replays the filter-update schedule of blocks {@code 0 .. firstBlock - 1} (directions only, no
     * lookups or convolution) and selects the direction a serial render holds before
     * {@code firstBlock}, so that from there on this stage updates its filters on exactly the same
     * blocks as the serial render.
     */
    @Override
    public void startAt(long firstBlock, Trajectory trajectory, int blockSize, int sampleRateHz) {
        if (firstBlock <= 0) {
            return;
        }
        SourceMotion motion = new SourceMotion(trajectory, sampleRateHz);
        RenderBlock b = new RenderBlock(blockSize, 0, sampleRateHz);
        Direction cur = null;
        Vec3 curUnit = null;
        for (long j = 0; j < firstBlock; j++) {
            b.startFrame = j * blockSize;
            motion.update(b);
            if (cur == null) {
                cur = b.startDirection;
                curUnit = cur.unitVector();
            }
            if (updates(b, cur, curUnit)) {
                cur = b.endDirection;
                curUnit = cur.unitVector();
            }
            if (!moving) {
                break; // a static source never leaves its first direction
            }
        }
        select(cur);
    }

    /** The update rule of {@link #process}: whether block b moves the filter on from {@code cur}. */
    private static boolean updates(RenderBlock b, Direction cur, Vec3 curUnit) {
        return !b.endDirection.equals(cur) && (b.endDirection.equals(b.startDirection)
                || b.endDirection.unitVector().dot(curUnit) < MIN_UPDATE_COS);
    }

    private void enableSlot(int slot, boolean on) {
        convolver.setOutputEnabled(2 * slot, on);
        convolver.setOutputEnabled(2 * slot + 1, on);
    }

    private void select(Direction d) {
        current = d;
        currentUnit = d.unitVector();
        Hrir h = lookup.lookup(d);
        if (currentHrir != null && (h == currentHrir
                || Arrays.equals(h.left(), currentHrir.left()) && Arrays.equals(h.right(), currentHrir.right()))) {
            return;
        }
        currentHrir = h;
        float[] left = fold(h.left());
        float[] right = fold(h.right());
        if (convolver == null) {
            float[][] irs = moving ? new float[][] {left, right, left, right} : new float[][] {left, right};
            int maxLength = lookup.length() + (prefilter == null ? 0 : prefilter.length - 1);
            int half = blockSize / 2;
            convolver = new MultiPartitionedConvolver(irs, half, maxLength, ConvolutionCost.fftSizeFor(half, maxLength));
            active = 0;
            if (moving) {
                enableSlot(1, false);
            }
        } else {
            // The previous pair is kept in the active slot; the new one goes into the other slot.
            // Two changes before one block (first block of a move) simply overwrite the target.
            if (!crossfade) {
                active = 1 - active;
                enableSlot(active, true);
            }
            convolver.setImpulseResponsePair(active, left, right);
            crossfade = true;
        }
    }

    /**
     * The block size for a static source with long blocks allowed: two halves of
     * {@link ConvolutionCost#cheapestSinglePartitionBlockSize} for the filter with FFTs of up to
     * {@value #MAX_STATIC_FFT} points, or the requested size when that is longer or the filter too
     * long for such an FFT.
     *
     * @param requested    the options' block size (even)
     * @param filterLength taps of the HRIR with any prefilter folded in
     * @return an even block size &ge; requested
     */
    static int staticBlockSize(int requested, int filterLength) {
        if (2L * filterLength - 1 > MAX_STATIC_FFT) {
            return requested;
        }
        return Math.max(requested, 2 * ConvolutionCost.cheapestSinglePartitionBlockSize(filterLength, 2, MAX_STATIC_FFT));
    }

    /** The HRIR convolved with the prefilter (full length), or the HRIR itself if there is none. */
    private float[] fold(float[] h) {
        if (prefilter == null) {
            return h;
        }
        return convolve(h, prefilter);
    }

    /** Full linear convolution, accumulated in double. */
    static float[] convolve(float[] a, float[] b) {
        double[] acc = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            double ai = a[i];
            if (ai != 0) {
                addScaled(acc, i, ai, b);
            }
        }
        float[] y = new float[acc.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) acc[i];
        }
        return y;
    }

    /**
     * {@code acc[offset + j] += scale * b[j]}. A method of its own so that HotSpot compiles it after a
     * few hundred short calls, within the first filter update: renders run without on-stack
     * replacement, and {@link #convolve}'s own loop (a few hundred calls per render) would otherwise
     * run interpreted or C1-compiled throughout (measured: 20 % of a 10-minute moving render's samples).
     */
    private static void addScaled(double[] acc, int offset, double scale, float[] b) {
        for (int j = 0; j < b.length; j++) {
            acc[offset + j] += scale * b[j];
        }
    }
}
