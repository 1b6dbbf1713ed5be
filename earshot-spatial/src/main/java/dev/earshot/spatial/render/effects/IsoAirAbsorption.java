package dev.earshot.spatial.render.effects;

/**
 * Pure-tone atmospheric absorption coefficient of ISO 9613-1:1993, equations (1) to (5) and
 * annex B (molar concentration of water vapour from relative humidity).
 *
 * <pre>
 *   h     = h_r · (p_sat / p_r) / (p_a / p_r),  p_sat/p_r = 10^C,  C = -6.8346 (T01/T)^1.261 + 4.6151
 *   f_rO  = (p_a/p_r) (24 + 4.04e4 h (0.02 + h) / (0.391 + h))
 *   f_rN  = (p_a/p_r) (T/T0)^(-1/2) (9 + 280 h exp{-4.170 [(T/T0)^(-1/3) - 1]})
 *   alpha = 8.686 f² [ 1.84e-11 (p_r/p_a) (T/T0)^(1/2)
 *                    + (T/T0)^(-5/2) ( 0.01275 e^(-2239.1/T) / (f_rO + f²/f_rO)
 *                                    + 0.1068  e^(-3352.0/T) / (f_rN + f²/f_rN) ) ]   dB/m
 * </pre>
 * with T0 = 293.15 K, T01 = 273.16 K (triple point of water), p_r = 101.325 kPa and h_r the relative
 * humidity in percent (h is then the molar concentration of water vapour in percent).
 */
public final class IsoAirAbsorption {
    /** Reference temperature T0 of ISO 9613-1, kelvin. */
    static final double T0_K = 293.15;
    /** Triple-point isotherm temperature T01, kelvin. */
    static final double T01_K = 273.16;
    /** Reference pressure p_r, kPa. */
    static final double P_REF_KPA = 101.325;

    private IsoAirAbsorption() {
    }

    /**
     * Molar concentration of water vapour (ISO 9613-1 annex B).
     *
     * @param air the atmosphere
     * @return h in percent
     */
    public static double molarWaterVapourPct(Atmosphere air) {
        double t = air.temperatureC() + 273.15;
        double c = -6.8346 * Math.pow(T01_K / t, 1.261) + 4.6151;
        return air.relativeHumidityPct() * Math.pow(10, c) / (air.pressureKPa() / P_REF_KPA);
    }

    /**
     * Oxygen relaxation frequency f_rO (ISO 9613-1 equation 3).
     *
     * @param air the atmosphere
     * @return f_rO in Hz
     */
    public static double oxygenRelaxationHz(Atmosphere air) {
        double h = molarWaterVapourPct(air);
        return air.pressureKPa() / P_REF_KPA * (24 + 4.04e4 * h * (0.02 + h) / (0.391 + h));
    }

    /**
     * Nitrogen relaxation frequency f_rN (ISO 9613-1 equation 4).
     *
     * @param air the atmosphere
     * @return f_rN in Hz
     */
    public static double nitrogenRelaxationHz(Atmosphere air) {
        double h = molarWaterVapourPct(air);
        double tr = (air.temperatureC() + 273.15) / T0_K;
        return air.pressureKPa() / P_REF_KPA * Math.pow(tr, -0.5)
                * (9 + 280 * h * Math.exp(-4.170 * (Math.pow(tr, -1.0 / 3.0) - 1)));
    }

    /**
     * Pure-tone attenuation coefficient (ISO 9613-1 equation 5).
     *
     * @param frequencyHz frequency in Hz, at least 0 (0 gives 0)
     * @param air         the atmosphere
     * @return alpha in dB per metre
     * @throws IllegalArgumentException if the frequency is negative or not finite
     */
    public static double coefficientDbPerM(double frequencyHz, Atmosphere air) {
        if (!Double.isFinite(frequencyHz) || frequencyHz < 0) {
            throw new IllegalArgumentException("frequencyHz must be >= 0, got " + frequencyHz);
        }
        double t = air.temperatureC() + 273.15;
        double tr = t / T0_K;
        double pa = air.pressureKPa() / P_REF_KPA;
        double frO = oxygenRelaxationHz(air);
        double frN = nitrogenRelaxationHz(air);
        double f2 = frequencyHz * frequencyHz;
        double classical = 1.84e-11 / pa * Math.sqrt(tr);
        double oxygen = 0.01275 * Math.exp(-2239.1 / t) / (frO + f2 / frO);
        double nitrogen = 0.1068 * Math.exp(-3352.0 / t) / (frN + f2 / frN);
        return 8.686 * f2 * (classical + Math.pow(tr, -2.5) * (oxygen + nitrogen));
    }
}
