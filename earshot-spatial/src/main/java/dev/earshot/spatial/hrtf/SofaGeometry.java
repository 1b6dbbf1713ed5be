package dev.earshot.spatial.hrtf;

import dev.earshot.spatial.geom.Vec3;
import java.util.Locale;

/**
 * Reads SOFA position variables ({@code SourcePosition}, {@code ListenerPosition},
 * {@code ListenerView}, {@code ListenerUp}) into cartesian metres, checking their shape, their
 * {@code Type} (cartesian or spherical) and their {@code Units}.
 *
 * <p>SOFA's spherical coordinates are (azimuth deg counter-clockwise from the front, elevation deg
 * up, radius m) and its cartesian axes are x front, y left, z up: Earshot's own convention, so
 * spherical positions convert with the usual formulas and no sign flip.
 */
final class SofaGeometry {
    private SofaGeometry() {
    }

    /**
     * Reads a position-like variable of shape [1,3] or [m,3].
     *
     * @param f           the open file
     * @param variable    variable name
     * @param m           number of measurements
     * @param defaultType Type to assume when the variable has none (null: Type is required)
     * @param typeFrom    variable whose Type/Units apply when this one has none (SOFA's rule for
     *                    ListenerUp), or null
     * @return one cartesian vector in metres per row (1 or m rows)
     */
    static Vec3[] read(SofaFile f, String variable, int m, String defaultType, String typeFrom)
            throws SofaFormatException {
        return readRows(f, variable, m, defaultType, typeFrom).cartesian();
    }

    /**
     * Rows of a position variable: cartesian metres, and the file's own (azimuth deg, elevation deg,
     * radius m) triples when its Type is spherical (null otherwise), so that angles need not make a
     * lossy round trip through cartesian coordinates.
     */
    record Rows(Vec3[] cartesian, double[][] spherical) {
    }

    /** Like {@link #read} but keeps spherical values as given. */
    static Rows readRows(SofaFile f, String variable, int m, String defaultType, String typeFrom)
            throws SofaFormatException {
        String shapeText = "shape [1,3] or [M,3] with M = " + m;
        SofaFile.Variable v = f.numeric(variable, shapeText);
        int[] s = v.shape();
        // netCDF writers sometimes keep a trailing singleton dimension: [M,3,1]
        boolean okRank = s.length == 2 || (s.length == 3 && s[2] == 1);
        if (!okRank || s[1] != 3 || (s[0] != 1 && s[0] != m)) {
            throw f.error(variable, "has shape " + java.util.Arrays.toString(s) + "; expected " + shapeText);
        }
        String type = f.attribute(variable, "Type");
        String units = f.attribute(variable, "Units");
        if (type == null && typeFrom != null) {
            type = f.attribute(typeFrom, "Type");
            units = units == null ? f.attribute(typeFrom, "Units") : units;
        }
        if (type == null) {
            if (defaultType == null) {
                throw f.error(variable + ":Type", "attribute is missing; expected \"spherical\" or \"cartesian\"");
            }
            type = defaultType;
        }
        String t = type.strip().toLowerCase(Locale.ROOT);
        boolean spherical;
        if (t.equals("spherical")) {
            spherical = true;
        } else if (t.equals("cartesian")) {
            spherical = false;
        } else {
            throw f.error(variable + ":Type", "is \"" + type + "\"; expected \"spherical\" or \"cartesian\""
                    + (t.contains("harmonic") ? " (spherical harmonics are not supported)" : ""));
        }
        if (units != null) {
            checkUnits(f, variable, units, spherical);
        }
        int rows = s[0];
        Vec3[] out = new Vec3[rows];
        double[][] sph = spherical ? new double[rows][] : null;
        double[] x = v.values();
        for (int i = 0; i < rows; i++) {
            double a = x[3 * i];
            double b = x[3 * i + 1];
            double c = x[3 * i + 2];
            if (spherical) {
                if (b < -90 - 1e-9 || b > 90 + 1e-9) {
                    throw f.error(variable, "elevation " + b + " deg in row " + i + "; expected -90..90 deg");
                }
                if (c < 0) {
                    throw f.error(variable, "negative radius " + c + " m in row " + i + "; expected >= 0 m");
                }
                sph[i] = new double[] {a, b, c};
                double az = Math.toRadians(a);
                double el = Math.toRadians(b);
                out[i] = new Vec3(c * Math.cos(el) * Math.cos(az), c * Math.cos(el) * Math.sin(az), c * Math.sin(el));
            } else {
                out[i] = new Vec3(a, b, c);
            }
        }
        return new Rows(out, sph);
    }

    private static void checkUnits(SofaFile f, String variable, String units, boolean spherical)
            throws SofaFormatException {
        String[] tok = units.strip().toLowerCase(Locale.ROOT).split("[,\\s]+");
        String expected = spherical ? "\"degree, degree, metre\"" : "\"metre\"";
        boolean ok;
        if (spherical) {
            ok = tok.length == 3 && isDegree(tok[0]) && isDegree(tok[1]) && isMetre(tok[2]);
        } else {
            ok = tok.length == 1 ? isMetre(tok[0])
                    : tok.length == 3 && isMetre(tok[0]) && isMetre(tok[1]) && isMetre(tok[2]);
        }
        if (!ok) {
            throw f.error(variable + ":Units", "is \"" + units + "\"; expected " + expected
                    + " for Type " + (spherical ? "spherical" : "cartesian"));
        }
    }

    private static boolean isDegree(String t) {
        return t.equals("degree") || t.equals("degrees") || t.equals("deg");
    }

    private static boolean isMetre(String t) {
        return t.equals("metre") || t.equals("meter") || t.equals("metres") || t.equals("meters") || t.equals("m");
    }
}
