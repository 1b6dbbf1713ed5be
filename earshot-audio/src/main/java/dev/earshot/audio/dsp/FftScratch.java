package dev.earshot.audio.dsp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-thread pool of float work arrays for {@link FloatFftConvolver}, so that a long job (thousands of
 * ten-second convolutions with FFTs of up to 2^18 points, about 10 MB of work arrays each) does not
 * allocate and zero them again on every call and the garbage collector has less to do. Arrays are
 * lent with undefined contents and given back all together; at most {@value #MAX_RETAINED_FLOATS}
 * floats (48 MB) are kept per thread, larger demands are simply allocated. Not thread-safe: one pool
 * per thread ({@link #get}).
 */
final class FftScratch {
    /** Most floats kept in one thread's pool between calls. */
    static final long MAX_RETAINED_FLOATS = 12L << 20;
    private static final ThreadLocal<FftScratch> LOCAL = ThreadLocal.withInitial(FftScratch::new);
    private final Map<Integer, ArrayDeque<float[]>> free = new HashMap<>();
    private final List<float[]> lent = new ArrayList<>();
    private long retained;

    private FftScratch() {
    }

    /** @return the calling thread's pool */
    static FftScratch get() {
        return LOCAL.get();
    }

    /**
     * @param n length
     * @return an array of exactly n floats with undefined contents, lent until {@link #releaseAll}
     */
    float[] take(int n) {
        ArrayDeque<float[]> d = free.get(n);
        float[] a;
        if (d == null || d.isEmpty()) {
            a = new float[n];
        } else {
            a = d.pop();
            retained -= n;
        }
        lent.add(a);
        return a;
    }

    /** Takes back every lent array (keeping them while the pool stays under its limit). */
    void releaseAll() {
        for (float[] a : lent) {
            if (retained + a.length <= MAX_RETAINED_FLOATS) {
                free.computeIfAbsent(a.length, k -> new ArrayDeque<>()).push(a);
                retained += a.length;
            }
        }
        lent.clear();
    }

    /** @return floats currently kept in the pool */
    long retainedFloats() {
        return retained;
    }
}
