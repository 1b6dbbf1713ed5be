package dev.earshot.ml.text.text2hoa;

import dev.earshot.spatial.geom.Direction;

/**
 * The one adapter between text2hoa's conventions and Earshot's. text2hoa: azimuth 0 = front,
 * <b>+90 = right</b>; elevation in radians, +up; distances, spreads, wet mix and gains partly
 * normalised (v4). Earshot: azimuth in degrees, 0 = front, <b>+90 = left</b>, (-180, 180];
 * elevation in degrees. So Earshot azimuth = -text2hoa azimuth; elevations agree in sign.
 *
 * <p>v4 azimuth (SPEC 5.1): the four {@code az_*} fields encode one direction, not a trajectory:
 * {@code az_*_start = sin/cos(pi * az_sc[0])}, {@code az_*_end = sin/cos(pi * az_sc[1])}, with
 * {@code az_sc = (sin az, cos az)}. Decoding keeps full double precision because +-180 deg lives only
 * in the sign of a ~1e-16 sine.
 */
public final class Text2HoaConvention {

    private Text2HoaConvention() {
    }

    /**
     * @param text2hoaAzimuthDeg azimuth in degrees, +right (text2hoa)
     * @return azimuth in degrees, +left (Earshot), in (-180, 180]
     */
    public static double toEarshotAzimuthDeg(double text2hoaAzimuthDeg) {
        return Direction.wrapDeg(-text2hoaAzimuthDeg);
    }

    /**
     * @param earshotAzimuthDeg azimuth in degrees, +left (Earshot)
     * @return azimuth in degrees, +right (text2hoa), in (-180, 180]
     */
    public static double toText2HoaAzimuthDeg(double earshotAzimuthDeg) {
        return Direction.wrapDeg(-earshotAzimuthDeg);
    }

    /**
     * Reads a flat {@code az_sc} pair.
     *
     * @param first  {@code az_sc[0]}
     * @param second {@code az_sc[1]}
     * @param order  which of the two is the sine
     * @return Earshot azimuth in degrees (+left), (-180, 180]
     */
    public static double azimuthFromAzScDeg(double first, double second, AzScOrder order) {
        double sin = order == AzScOrder.SIN_COS ? first : second;
        double cos = order == AzScOrder.SIN_COS ? second : first;
        return toEarshotAzimuthDeg(Math.toDegrees(Math.atan2(sin, cos)));
    }

    /**
     * Writes an azimuth as a flat {@code az_sc} pair (text2hoa convention, +right).
     *
     * @param earshotAzimuthDeg Earshot azimuth in degrees (+left)
     * @param order             the pair order to write
     * @return {@code {az_sc[0], az_sc[1]}}
     */
    public static double[] toAzSc(double earshotAzimuthDeg, AzScOrder order) {
        double a = Math.toRadians(toText2HoaAzimuthDeg(earshotAzimuthDeg));
        return order == AzScOrder.SIN_COS
                ? new double[] {Math.sin(a), Math.cos(a)}
                : new double[] {Math.cos(a), Math.sin(a)};
    }

    /**
     * Recovers the {@code az_sc = (sin az, cos az)} pair (text2hoa convention) from the four v4 fields:
     * {@code s = atan2(az_sin_start, az_cos_start) / pi}, {@code c = atan2(az_sin_end, az_cos_end) / pi}.
     *
     * @param sinStart {@code y.az_sin_start}
     * @param cosStart {@code y.az_cos_start}
     * @param sinEnd   {@code y.az_sin_end}
     * @param cosEnd   {@code y.az_cos_end}
     * @return {@code {s, c}}
     */
    public static double[] v4AzSc(double sinStart, double cosStart, double sinEnd, double cosEnd) {
        return new double[] {Math.atan2(sinStart, cosStart) / Math.PI, Math.atan2(sinEnd, cosEnd) / Math.PI};
    }

    /**
     * Decodes the v4 azimuth: {@code az = atan2(s, c)} (text2hoa, +right), returned as Earshot azimuth.
     *
     * @param sinStart {@code y.az_sin_start}
     * @param cosStart {@code y.az_cos_start}
     * @param sinEnd   {@code y.az_sin_end}
     * @param cosEnd   {@code y.az_cos_end}
     * @return Earshot azimuth in degrees (+left), (-180, 180]
     */
    public static double decodeV4AzimuthDeg(double sinStart, double cosStart, double sinEnd, double cosEnd) {
        double[] sc = v4AzSc(sinStart, cosStart, sinEnd, cosEnd);
        return toEarshotAzimuthDeg(Math.toDegrees(Math.atan2(sc[0], sc[1])));
    }

    /**
     * @param sin sine of the elevation ({@code el_sin_*})
     * @param cos cosine of the elevation ({@code el_cos_*})
     * @return elevation in degrees, +up (same sign in both conventions)
     */
    public static double elevationDeg(double sin, double cos) {
        return Math.toDegrees(Math.atan2(sin, cos));
    }

    /**
     * @param stats the dataset constants
     * @param distZ {@code y.dist_z = (ln d - mean) / std}
     * @return distance in metres, {@code exp(dist_z * std + mean)}
     */
    public static double distanceM(Text2HoaStats stats, double distZ) {
        return Math.exp(distZ * stats.logDistStd() + stats.logDistMean());
    }

    /**
     * @param stats     the dataset constants
     * @param distanceM distance in metres, positive
     * @return {@code dist_z}
     */
    public static double distZ(Text2HoaStats stats, double distanceM) {
        return (Math.log(distanceM) - stats.logDistMean()) / stats.logDistStd();
    }

    /**
     * @param stats    the dataset constants
     * @param gainNorm {@code y.gain_norm}, min-max scaled linear gain
     * @return gain in dB, {@code 20 log10(min + gain_norm * (max - min))}
     */
    public static double gainDb(Text2HoaStats stats, double gainNorm) {
        double lin = stats.gainLinMin() + gainNorm * (stats.gainLinMax() - stats.gainLinMin());
        return 20 * Math.log10(lin);
    }

    /**
     * @param stats  the dataset constants
     * @param gainDb gain in dB
     * @return {@code gain_norm}
     */
    public static double gainNorm(Text2HoaStats stats, double gainDb) {
        double lin = Math.pow(10, gainDb / 20);
        return (lin - stats.gainLinMin()) / (stats.gainLinMax() - stats.gainLinMin());
    }

    /**
     * @param stats the dataset constants
     * @param width {@code y.width_*}
     * @return spread in degrees, {@code width * width_scale_deg}
     */
    public static double spreadDeg(Text2HoaStats stats, double width) {
        return width * stats.widthScaleDeg();
    }
}
