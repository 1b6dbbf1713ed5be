package dev.earshot.spatial.render.effects;

/**
 * The state of the air that sound travels through, as ISO 9613-1 needs it.
 *
 * @param temperatureC       air temperature in degrees Celsius, in [-20, 50] (the range ISO 9613-1 covers)
 * @param relativeHumidityPct relative humidity in percent, in [0, 100]
 * @param pressureKPa        ambient atmospheric pressure in kPa, in [50, 120]
 */
public record Atmosphere(double temperatureC, double relativeHumidityPct, double pressureKPa) {

    /** 20 °C, 50 % relative humidity, 101.325 kPa: the default of every Earshot renderer. */
    public static final Atmosphere STANDARD = new Atmosphere(20, 50, 101.325);

    /** @throws IllegalArgumentException naming the field if a value is out of range or not finite */
    public Atmosphere {
        check("temperatureC", temperatureC, -20, 50);
        check("relativeHumidityPct", relativeHumidityPct, 0, 100);
        check("pressureKPa", pressureKPa, 50, 120);
    }

    private static void check(String field, double v, double lo, double hi) {
        if (!Double.isFinite(v) || v < lo || v > hi) {
            throw new IllegalArgumentException(field + " must be in [" + lo + ", " + hi + "], got " + v);
        }
    }
}
