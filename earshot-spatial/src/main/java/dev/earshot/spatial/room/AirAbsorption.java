package dev.earshot.spatial.room;

import dev.earshot.spatial.render.effects.Atmosphere;
import dev.earshot.spatial.render.effects.IsoAirAbsorption;

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
        // One ISO 9613-1 implementation serves the renderer and the room simulator.
        return IsoAirAbsorption.coefficientDbPerM(frequencyHz,
                new Atmosphere(temperatureC, relativeHumidity, pressureKpa));
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
