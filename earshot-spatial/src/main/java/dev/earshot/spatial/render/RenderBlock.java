package dev.earshot.spatial.render;

import dev.earshot.spatial.geom.Direction;

/**
 * The state shared by the stages of a render chain for one block: the mono signal (stages before
 * the spatial stage work on it in place), the multichannel output, and where the source is at the
 * block's first and one-past-last sample. Every block has exactly {@link #size} frames; the engine
 * zero-pads the input past its end.
 */
final class RenderBlock {
    final int size;
    final int sampleRateHz;
    final float[] mono;
    final float[][] out;
    /** Index of the block's first frame in the output stream. */
    long startFrame;
    Direction startDirection;
    Direction endDirection;
    double startDistanceM;
    double endDistanceM;

    RenderBlock(int size, int channels, int sampleRateHz) {
        this.size = size;
        this.sampleRateHz = sampleRateHz;
        this.mono = new float[size];
        this.out = new float[channels][size];
    }
}
