package dev.earshot.spatial.render.effects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Reference: ISO 9613-2:1996 Table 2, "Atmospheric attenuation coefficient alpha for octave bands of
 * noise", dB/km, computed by its authors with ISO 9613-1 at the exact octave midband frequencies
 * (1000 * 10^(0.3 k) Hz). The table rounds to 0.1 dB/km (to 1 dB/km above 100), which sets the
 * tolerance.
 */
class IsoAirAbsorptionTest {
    private static final double[] MIDBAND_HZ = new double[8];

    static {
        for (int k = -4; k <= 3; k++) {
            MIDBAND_HZ[k + 4] = 1000 * Math.pow(10, 0.3 * k);
        }
    }

    @ParameterizedTest(name = "{0} C, {1} % RH")
    @CsvSource({
        "10, 70, 0.1, 0.4, 1.0, 1.9, 3.7, 9.7, 32.8, 117",
        "20, 70, 0.1, 0.3, 1.1, 2.8, 5.0, 9.0, 22.9, 76.6",
        "30, 70, 0.1, 0.3, 1.0, 3.1, 7.4, 12.7, 23.1, 59.3",
        "15, 20, 0.3, 0.6, 1.2, 2.7, 8.2, 28.2, 88.8, 202",
        "15, 50, 0.1, 0.5, 1.2, 2.2, 4.2, 10.8, 36.2, 129",
        "15, 80, 0.1, 0.3, 1.1, 2.4, 4.1, 8.3, 23.7, 82.8"})
    void matchesIso9613Part2Table2(double tempC, double rh, double a63, double a125, double a250, double a500,
                                   double a1k, double a2k, double a4k, double a8k) {
        Atmosphere air = new Atmosphere(tempC, rh, 101.325);
        double[] table = {a63, a125, a250, a500, a1k, a2k, a4k, a8k};
        for (int i = 0; i < 8; i++) {
            double dbPerKm = IsoAirAbsorption.coefficientDbPerM(MIDBAND_HZ[i], air) * 1000;
            double tol = table[i] >= 100 ? 0.5 : 0.06; // half a rounding step, +0.01 for the table's own arithmetic
            assertEquals(table[i], dbPerKm, tol, "at " + MIDBAND_HZ[i] + " Hz");
        }
    }

    @Test
    void standardAtmosphereValuesAt20C50Percent() {
        // Values of the ISO 9613-1 formulas at 20 C / 50 % RH (documented figures; 1 kHz is 4.66 dB/km,
        // not 4.9). Checked against the 20 C / 70 % and 15 C / 50 % table rows above, which bracket it.
        double a1k = IsoAirAbsorption.coefficientDbPerM(1000, Atmosphere.STANDARD) * 1000;
        double a70 = IsoAirAbsorption.coefficientDbPerM(1000, new Atmosphere(20, 70, 101.325)) * 1000;
        double a15 = IsoAirAbsorption.coefficientDbPerM(1000, new Atmosphere(15, 50, 101.325)) * 1000;
        assertEquals(4.66, a1k, 0.01);
        assertEquals(true, a1k < a70 && a1k > a15, "20C/50% lies between 15C/50% and 20C/70% at 1 kHz");
    }

    @Test
    void zeroFrequencyIsNotAttenuated() {
        assertEquals(0, IsoAirAbsorption.coefficientDbPerM(0, Atmosphere.STANDARD));
    }

    @Test
    void rejectsNegativeFrequency() {
        assertThrows(IllegalArgumentException.class, () -> IsoAirAbsorption.coefficientDbPerM(-1, Atmosphere.STANDARD));
    }

    @Test
    void rejectsHumidityOutOfRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Atmosphere(20, 120, 101.325));
        assertEquals(true, e.getMessage().contains("relativeHumidityPct"));
    }
}
