package dev.earshot.ml.baseline;

/**
 * A direction-of-arrival estimate and the cues it was made from.
 *
 * @param azimuthDeg   azimuth in degrees, Earshot convention (0 = front, +90 = left), (-180, 180]
 * @param elevationDeg elevation in degrees, +90 = up
 * @param confidence   posterior probability mass within 20 degrees of the estimate, [0, 1]
 * @param itdS         measured interaural time difference in seconds (GCC-PHAT peak lag; positive when the
 *                     left ear lags, i.e. the source is on the right)
 * @param ildDb        measured band ILDs, {@code 10 log10(E_left / E_right)} per third-octave band, dB
 * @param activeBands  how many ILD bands carried enough energy to be used
 */
public record DoaEstimate(double azimuthDeg, double elevationDeg, double confidence, double itdS, double[] ildDb,
                          int activeBands) {
    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if a value is out of range
     */
    public DoaEstimate {
        if (!Double.isFinite(azimuthDeg) || !(elevationDeg >= -90 && elevationDeg <= 90)
                || !(confidence >= 0 && confidence <= 1) || !Double.isFinite(itdS) || ildDb == null) {
            throw new IllegalArgumentException("invalid DOA estimate: az " + azimuthDeg + ", el " + elevationDeg
                    + ", confidence " + confidence + ", itd " + itdS);
        }
        ildDb = ildDb.clone();
    }

    /** @return a copy of the band ILDs */
    @Override
    public double[] ildDb() {
        return ildDb.clone();
    }
}
