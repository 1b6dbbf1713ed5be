package dev.earshot.spatial.room;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Energy absorption coefficients of the six walls, either broadband (one alpha per wall) or per octave
 * band (one alpha per wall and {@link OctaveBands octave band}). The pressure reflection coefficient
 * of a wall is {@code sqrt(1 - alpha)}, the convention of pyroomacoustics' {@code Material(alpha)}.
 *
 * @param alphaByWallBand     {@code [6][7]} coefficients in [0, 1] (1 = fully absorbing, no reflection), indexed by {@link Wall#ordinal()}
 *                            and band; a broadband set holds the same value in every band
 * @param frequencyDependent  false when every wall has one value for all bands (the simulator then
 *                            skips the band split unless air absorption is on)
 */
public record WallAbsorption(double[][] alphaByWallBand, boolean frequencyDependent) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the array is not {@code [6][7]}, a value is outside [0, 1],
     *                                  or {@code frequencyDependent} is false while the bands differ
     */
    public WallAbsorption {
        if (alphaByWallBand == null || alphaByWallBand.length != 6) {
            throw new IllegalArgumentException("alphaByWallBand must have 6 rows (one per wall)");
        }
        double[][] copy = new double[6][];
        for (int w = 0; w < 6; w++) {
            double[] row = alphaByWallBand[w];
            if (row == null || row.length != OctaveBands.COUNT) {
                throw new IllegalArgumentException("alphaByWallBand[" + Wall.values()[w] + "] must have "
                        + OctaveBands.COUNT + " bands");
            }
            for (int b = 0; b < row.length; b++) {
                if (!(row[b] >= 0 && row[b] <= 1)) {
                    throw new IllegalArgumentException("alpha of wall " + Wall.values()[w] + " band "
                            + OctaveBands.centerHz(b) + " Hz must be in [0, 1], got " + row[b]);
                }
                if (!frequencyDependent && row[b] != row[0]) {
                    throw new IllegalArgumentException("broadband absorption of wall " + Wall.values()[w]
                            + " differs between bands");
                }
            }
            copy[w] = row.clone();
        }
        alphaByWallBand = copy;
    }

    /**
     * The same broadband coefficient on every wall.
     *
     * @param alpha energy absorption in [0, 1]
     * @return the absorption set
     */
    public static WallAbsorption uniform(double alpha) {
        double[][] a = new double[6][OctaveBands.COUNT];
        for (double[] row : a) {
            Arrays.fill(row, alpha);
        }
        return new WallAbsorption(a, false);
    }

    /**
     * Broadband coefficients per wall.
     *
     * @param alphaByWall a value in [0, 1] for each of the six walls
     * @return the absorption set
     * @throws IllegalArgumentException if a wall is missing
     */
    public static WallAbsorption broadband(Map<Wall, Double> alphaByWall) {
        double[][] a = new double[6][OctaveBands.COUNT];
        for (Wall w : Wall.values()) {
            Double v = alphaByWall.get(w);
            if (v == null) {
                throw new IllegalArgumentException("broadband absorption is missing wall " + w);
            }
            Arrays.fill(a[w.ordinal()], v);
        }
        return new WallAbsorption(a, false);
    }

    /**
     * Per-octave-band coefficients per wall.
     *
     * @param alphaByWall for each of the six walls, 7 values (125 Hz .. 8 kHz), each in [0, 1]
     * @return the absorption set
     * @throws IllegalArgumentException if a wall is missing or has the wrong number of bands
     */
    public static WallAbsorption perBand(Map<Wall, double[]> alphaByWall) {
        double[][] a = new double[6][];
        for (Wall w : Wall.values()) {
            double[] v = alphaByWall.get(w);
            if (v == null) {
                throw new IllegalArgumentException("per-band absorption is missing wall " + w);
            }
            a[w.ordinal()] = v;
        }
        return new WallAbsorption(a, true);
    }

    /**
     * @param wall a wall
     * @param band band index 0..6
     * @return the energy absorption coefficient
     */
    public double alpha(Wall wall, int band) {
        return alphaByWallBand[wall.ordinal()][band];
    }

    /**
     * @param wall a wall
     * @param band band index 0..6
     * @return the pressure reflection coefficient {@code sqrt(1 - alpha)}
     */
    public double reflection(Wall wall, int band) {
        return Math.sqrt(1 - alpha(wall, band));
    }

    /** @return a copy of the {@code [6][7]} coefficients */
    @Override
    public double[][] alphaByWallBand() {
        double[][] c = new double[6][];
        for (int w = 0; w < 6; w++) {
            c[w] = alphaByWallBand[w].clone();
        }
        return c;
    }

    /** Value equality over the coefficients. */
    @Override
    public boolean equals(Object o) {
        return o instanceof WallAbsorption other && frequencyDependent == other.frequencyDependent
                && Arrays.deepEquals(alphaByWallBand, other.alphaByWallBand);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(alphaByWallBand) * 31 + Boolean.hashCode(frequencyDependent);
    }

    @Override
    public String toString() {
        return "WallAbsorption" + (frequencyDependent ? "(per band) " : "(broadband) ")
                + Arrays.deepToString(alphaByWallBand);
    }

    /** @return the coefficients as a map from wall to its 7 band values (copies) */
    public Map<Wall, double[]> asMap() {
        Map<Wall, double[]> m = new EnumMap<>(Wall.class);
        for (Wall w : Wall.values()) {
            m.put(w, alphaByWallBand[w.ordinal()].clone());
        }
        return m;
    }
}
