package dev.earshot.spatial.room;

import java.util.List;

/**
 * The seven octave bands the room model works in: nominal centres 125, 250, 500, 1k, 2k, 4k and 8k Hz.
 * Band {@code b} spans from the geometric mean of its centre and the previous one to the geometric
 * mean with the next one; the first band extends down to 0 Hz and the last up to Nyquist.
 */
public final class OctaveBands {
    /** Number of bands. */
    public static final int COUNT = 7;
    /** Nominal centre frequencies in Hz, ascending. */
    public static final List<Double> CENTERS_HZ = List.of(125.0, 250.0, 500.0, 1000.0, 2000.0, 4000.0, 8000.0);

    private OctaveBands() {
    }

    /**
     * @param band band index 0..6
     * @return the nominal centre frequency in Hz
     * @throws IndexOutOfBoundsException for an index outside 0..6
     */
    public static double centerHz(int band) {
        return CENTERS_HZ.get(band);
    }

    /**
     * @param k crossover index 0..5 (between band k and band k+1)
     * @return the crossover frequency sqrt(center_k * center_(k+1)) in Hz
     */
    public static double crossoverHz(int k) {
        if (k < 0 || k >= COUNT - 1) {
            throw new IndexOutOfBoundsException("crossover index must be in 0.." + (COUNT - 2) + ", got " + k);
        }
        return Math.sqrt(centerHz(k) * centerHz(k + 1));
    }
}
