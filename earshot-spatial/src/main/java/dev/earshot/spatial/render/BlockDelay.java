package dev.earshot.spatial.render;

/**
 * A whole-sample delay line that works on blocks in place: block copies into and out of a
 * power-of-two ring, so a long delay costs two copies per sample, whatever its length.
 */
final class BlockDelay {
    private final float[] ring;
    private final int mask;
    private final int delayFrames;
    private int write;

    /**
     * @param delayFrames  the delay in samples, at least 0
     * @param maxBlockSize the largest block that {@link #process} will get
     */
    BlockDelay(int delayFrames, int maxBlockSize) {
        if (delayFrames < 0 || maxBlockSize < 1) {
            throw new IllegalArgumentException("delayFrames must be >= 0 and maxBlockSize >= 1, got "
                    + delayFrames + ", " + maxBlockSize);
        }
        this.delayFrames = delayFrames;
        int size = Integer.highestOneBit(delayFrames + maxBlockSize) << 1;
        this.ring = new float[size];
        this.mask = size - 1;
    }

    /**
     * Delays a block in place: {@code x[i]} becomes the sample pushed {@code delayFrames} samples
     * before it (zeros before the first push).
     *
     * @param x the block, changed in place
     * @param n samples in the block, at most the maximum block size
     */
    void process(float[] x, int n) {
        copyIn(x, n);
        int read = (write - delayFrames) & mask;
        copyOut(read, x, n);
        write = (write + n) & mask;
    }

    private void copyIn(float[] x, int n) {
        int first = Math.min(n, ring.length - write);
        System.arraycopy(x, 0, ring, write, first);
        System.arraycopy(x, first, ring, 0, n - first);
    }

    private void copyOut(int read, float[] x, int n) {
        int first = Math.min(n, ring.length - read);
        System.arraycopy(ring, read, x, 0, first);
        System.arraycopy(ring, 0, x, first, n - first);
    }
}
