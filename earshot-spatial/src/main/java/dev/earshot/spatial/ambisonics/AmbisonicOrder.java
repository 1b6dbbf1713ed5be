package dev.earshot.spatial.ambisonics;

/**
 * An ambisonic order supported by Earshot, 1 to 3, and its channel count.
 *
 * @param order the ambisonic order (highest spherical-harmonic degree), in [{@link #MIN}, {@link #MAX}]
 */
public record AmbisonicOrder(int order) {
    /** Lowest supported order. */
    public static final int MIN = 1;
    /** Highest supported order. */
    public static final int MAX = 3;
    /** First order (4 channels). */
    public static final AmbisonicOrder FIRST = new AmbisonicOrder(1);
    /** Second order (9 channels). */
    public static final AmbisonicOrder SECOND = new AmbisonicOrder(2);
    /** Third order (16 channels). */
    public static final AmbisonicOrder THIRD = new AmbisonicOrder(3);

    /**
     * @param order the ambisonic order, 1 to 3
     * @throws IllegalArgumentException if the order is outside [1, 3]
     */
    public AmbisonicOrder {
        if (order < MIN || order > MAX) {
            throw new IllegalArgumentException("ambisonic order must be in [" + MIN + ", " + MAX + "], got " + order);
        }
    }

    /** @return the number of ACN channels, {@code (order + 1)^2} */
    public int channels() {
        return (order + 1) * (order + 1);
    }

    /**
     * The order whose channel count is given.
     *
     * @param channels a channel count
     * @return the order with exactly that many ACN channels
     * @throws IllegalArgumentException if {@code channels} is not 4, 9 or 16
     */
    public static AmbisonicOrder ofChannels(int channels) {
        for (int o = MIN; o <= MAX; o++) {
            if ((o + 1) * (o + 1) == channels) {
                return new AmbisonicOrder(o);
            }
        }
        throw new IllegalArgumentException("an ambisonic signal of order 1..3 has 4, 9 or 16 channels, got " + channels);
    }

    /**
     * The degree of an ACN channel.
     *
     * @param acn channel index, at least 0
     * @return its degree {@code l = floor(sqrt(acn))}
     */
    public static int degreeOf(int acn) {
        if (acn < 0) {
            throw new IllegalArgumentException("ACN channel index must be >= 0, got " + acn);
        }
        int l = (int) Math.sqrt(acn);
        while (l * l > acn) {
            l--;
        }
        while ((l + 1) * (l + 1) <= acn) {
            l++;
        }
        return l;
    }
}
