package dev.earshot.data.scene;

/**
 * A small, fully specified SplitMix64 generator (Steele, Lea &amp; Flood 2014; the generator behind
 * {@code java.util.SplittableRandom}), implemented here so that datasets stay byte-identical across JDK
 * versions. Streams are derived from {@code (seed, index)} and from named sub-streams, so scene
 * {@code i} never depends on how many other scenes were drawn before it.
 *
 * <p>Not thread-safe; create one per scene.
 */
public final class SceneRandom {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private long state;

    /**
     * A generator whose first {@link #nextLong()} is SplitMix64's first output for this seed.
     *
     * @param seed the 64-bit state
     */
    public SceneRandom(long seed) {
        this.state = seed;
    }

    /**
     * The stream of one item of a dataset.
     *
     * @param seed  dataset seed
     * @param index item index, at least 0
     * @return a generator that depends only on {@code (seed, index)}
     * @throws IllegalArgumentException if the index is negative
     */
    public static SceneRandom of(long seed, long index) {
        if (index < 0) {
            throw new IllegalArgumentException("item index must be >= 0, got " + index);
        }
        return new SceneRandom(mix64(mix64(seed) ^ mix64(index + GOLDEN_GAMMA)));
    }

    /**
     * A child stream for one purpose (e.g. "room", "sources"); drawing from the child does not move this
     * generator, so adding draws to one purpose never changes another.
     *
     * @param purpose a stable name
     * @return the child generator
     */
    public SceneRandom child(String purpose) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < purpose.length(); i++) {
            h = (h ^ purpose.charAt(i)) * 0x100000001b3L;
        }
        return new SceneRandom(mix64(state ^ mix64(h)));
    }

    /** @return the next 64 random bits */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix64(state);
    }

    /** @return a uniform double in [0, 1) with 53 random bits */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * @param lo lower bound
     * @param hi upper bound, at least {@code lo}
     * @return a uniform double in [lo, hi) (lo when they are equal)
     */
    public double uniform(double lo, double hi) {
        if (!(hi >= lo)) {
            throw new IllegalArgumentException("uniform needs lo <= hi, got " + lo + ", " + hi);
        }
        return lo + (hi - lo) * nextDouble();
    }

    /**
     * An unbiased integer in [0, bound) by rejection.
     *
     * @param bound exclusive upper bound, positive
     * @return the integer
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        // 2^64 mod bound: the top that many values are rejected so every residue is equally likely
        long excess = (Long.remainderUnsigned(-1L, bound) + 1) % bound;
        while (true) {
            long r = nextLong();
            if (excess == 0 || Long.compareUnsigned(r, -excess) < 0) {
                return (int) Long.remainderUnsigned(r, bound);
            }
        }
    }

    /**
     * SplitMix64's output function (variant 13 of Stafford's mixers).
     *
     * @param z any value
     * @return the mixed value
     */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
