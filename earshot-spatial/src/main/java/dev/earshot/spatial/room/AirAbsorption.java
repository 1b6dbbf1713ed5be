package dev.earshot.spatial.room;

/**
 * Atmospheric sound absorption after ISO 9613-1:1993 (pure-tone attenuation coefficient as a function
 * of frequency, temperature, relative humidity and pressure).
 *
 * @param temperatureC     air temperature in degrees Celsius, in [-20, 50]
 * @param relativeHumidity relative humidity in percent, in [0, 100]
 * @param pressureKpa      atmospheric pressure in kPa, in [50, 120]
 */
public record AirAbsorption(double temperatureC, double relativeHumidity, double pressureKpa) {
    /** Typical indoor air: 20 degrees C, 50 % relative humidity, 101.325 kPa. */
    public static final AirAbsorption INDOOR = new AirAbsorption(20, 50, 101.325);

    private static final double REF_PRESSURE_KPA = 101.325;
    private static final double REF_TEMPERATURE_K = 293.15;
    private static final double TRIPLE_POINT_K = 273.16;
    /** 10 log10(e): converts an energy attenuation coefficient in 1/m to dB/m. */
    private static final double DB_PER_NEPER_ENERGY = 10 / Math.log(10);

    /** @throws IllegalArgumentException if a value is out of range or not finite */
    public AirAbsorption {
        if (!(temperatureC >= -20 && temperatureC <= 50)) {
            throw new IllegalArgumentException("temperatureC must be in [-20, 50], got " + temperatureC);
        }
        if (!(relativeHumidity >= 0 && relativeHumidity <= 100)) {
            throw new IllegalArgumentException("relativeHumidity must be in [0, 100] %, got " + relativeHumidity);
        }
        if (!(pressureKpa >= 50 && pressureKpa <= 120)) {
            throw new IllegalArgumentException("pressureKpa must be in [50, 120], got " + pressureKpa);
        }
    }

    /**
     * ISO 9613-1 equation (5): the pure-tone attenuation coefficient.
     *
     * @param frequencyHz frequency in Hz, positive
     * @return attenuation in dB per metre (of sound pressure level)
     */
    public double attenuationDbPerM(double frequencyHz) {
        if (!(frequencyHz > 0)) {
            throw new IllegalArgumentException("frequencyHz must be positive, got " + frequencyHz);
        }
        double t = temperatureC + 273.15;
        double pr = pressureKpa / REF_PRESSURE_KPA;
        double c = -6.8346 * Math.pow(TRIPLE_POINT_K / t, 1.261) + 4.6151;
        double h = relativeHumidity * Math.pow(10, c) / pr;
        double tr = t / REF_TEMPERATURE_K;
        double frO = pr * (24 + 4.04e4 * h * (0.02 + h) / (0.391 + h));
        double frN = pr / Math.sqrt(tr) * (9 + 280 * h * Math.exp(-4.170 * (Math.pow(tr, -1.0 / 3) - 1)));
        double f2 = frequencyHz * frequencyHz;
        return 8.686 * f2 * (1.84e-11 / pr * Math.sqrt(tr)
                + Math.pow(tr, -2.5) * (0.01275 * Math.exp(-2239.1 / t) / (frO + f2 / frO)
                + 0.1068 * Math.exp(-3352.0 / t) / (frN + f2 / frN)));
    }

    /**
     * The energy attenuation coefficient {@code m} (intensity falls as {@code exp(-m r)}), the term of
     * the Sabine/Eyring formulas {@code 4 m V}.
     *
     * @param frequencyHz frequency in Hz, positive
     * @return m in 1/m
     */
    public double energyCoefficientPerM(double frequencyHz) {
        return attenuationDbPerM(frequencyHz) / DB_PER_NEPER_ENERGY;
    }
}
