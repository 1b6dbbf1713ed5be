package dev.earshot.data.format.disse;

/**
 * Python's {@code random.Random(seed)} for non-negative integer seeds, as far as {@code choice} needs it:
 * the MT19937 generator seeded by {@code init_by_array} with the seed's 32-bit words (least significant
 * first; seed 0 gives the key {@code [0]}), and {@code _randbelow(n)} = draw {@code getrandbits(k)} with
 * {@code k = n.bit_length()} until below n. With it, {@link Captioner} reproduces DISSE's
 * {@code augment_caption(..., rng=random.Random(seed))} draw for draw. Not thread-safe.
 */
public final class PythonRandom implements ChoiceSource {
    private static final int N = 624;
    private static final int M = 397;
    private final int[] mt = new int[N];
    private int mti;

    /**
     * @param seed a non-negative seed
     * @throws IllegalArgumentException for a negative seed
     */
    public PythonRandom(long seed) {
        if (seed < 0) {
            throw new IllegalArgumentException("seed must be >= 0, got " + seed);
        }
        int[] key = seed >>> 32 == 0 ? new int[] {(int) seed} : new int[] {(int) seed, (int) (seed >>> 32)};
        initByArray(key);
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (mti = 1; mti < N; mti++) {
            mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
        }
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
        mti = N;
    }

    /** @return the next 32 bits of MT19937 ({@code genrand_uint32}) as an unsigned value in a long */
    public long nextUint32() {
        if (mti >= N) {
            for (int kk = 0; kk < N; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % N] & 0x7fffffff);
                mt[kk] = mt[(kk + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            mti = 0;
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    /** Python's {@code _randbelow(n)} for n below 2^31. */
    @Override
    public int choose(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive, got " + n);
        }
        int k = 32 - Integer.numberOfLeadingZeros(n);
        while (true) {
            long r = nextUint32() >>> (32 - k);
            if (r < n) {
                return (int) r;
            }
        }
    }
}
