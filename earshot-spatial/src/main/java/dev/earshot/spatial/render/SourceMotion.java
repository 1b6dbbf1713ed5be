package dev.earshot.spatial.render;

/**
 * Samples a trajectory at block boundaries: each block gets the position at its first frame and at
 * the frame after its last, and stages interpolate within the block. A static trajectory is
 * evaluated once.
 */
final class SourceMotion {
    private final Trajectory trajectory;
    private final boolean fixed;
    private final double sampleRateHz;
    private Keyframe next;
    private long nextFrame = -1;

    SourceMotion(Trajectory trajectory, int sampleRateHz) {
        this.trajectory = trajectory;
        this.fixed = trajectory.isStatic();
        this.sampleRateHz = sampleRateHz;
    }

    /** Fills the block's start and end positions. */
    void update(RenderBlock block) {
        Keyframe start;
        if (fixed) {
            start = next == null ? trajectory.at(0) : next;
            next = start;
        } else {
            start = block.startFrame == nextFrame ? next : trajectory.at(block.startFrame / sampleRateHz);
            nextFrame = block.startFrame + block.size;
            next = trajectory.at(nextFrame / sampleRateHz);
        }
        block.startDirection = start.direction();
        block.startDistanceM = start.distanceM();
        block.endDirection = next.direction();
        block.endDistanceM = next.distanceM();
    }

    /** @return the largest distance the source reaches, in metres */
    static double maxDistanceM(Trajectory t) {
        double max = 0;
        for (Keyframe k : t.keyframes()) {
            max = Math.max(max, k.distanceM());
        }
        return max;
    }
}
