package dev.earshot.data.format.disse;

import dev.earshot.audio.io.AtomicFiles;
import dev.earshot.data.format.Csv;
import dev.earshot.data.format.DatasetFormatException;
import dev.earshot.spatial.geom.Vec3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes DISSE RIR catalogs exactly as DISSE's {@code rir_catalog_*.csv}: the header below,
 * "\r\n" line ends, vectors as {@code "[x, y, z]"} (quoted), numbers as Python's {@code repr(round(v, n))}
 * with n = 3 for dims and positions, 2 for area and source_distance_m, 4 for alpha, 1 for T30, 3 for
 * distance, and integer azimuth/elevation.
 */
public final class RirCatalog {
    /** The catalog columns in order. */
    public static final List<String> HEADER = List.of("rir_path", "dims", "area_m2", "alpha", "fullband_T30_ms",
            "source_distance_m", "azimuth_deg", "elevation_deg", "source_pos_xyz", "distance", "fs", "room_id",
            "split");

    private RirCatalog() {
    }

    /**
     * @param file a catalog csv
     * @return its rows in order
     * @throws DatasetFormatException naming file, line and column on malformed content
     * @throws IOException            if it cannot be read
     */
    public static List<RirCatalogRow> read(Path file) throws IOException {
        Csv.Table t = Csv.read(file);
        int[] c = new int[HEADER.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = t.column(HEADER.get(i));
        }
        List<RirCatalogRow> out = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> f = t.rows().get(r);
            out.add(new RirCatalogRow(f.get(c[0]), vector(t, r, c[1]), Csv.number(t, r, c[2]), Csv.number(t, r, c[3]),
                    Csv.number(t, r, c[4]), Csv.number(t, r, c[5]), integer(t, r, c[6]), integer(t, r, c[7]),
                    vector(t, r, c[8]), Csv.number(t, r, c[9]), integer(t, r, c[10]), f.get(c[11]), f.get(c[12])));
        }
        return out;
    }

    /**
     * @param file target (written atomically)
     * @param rows rows
     * @throws IOException if writing fails
     */
    public static void write(Path file, List<RirCatalogRow> rows) throws IOException {
        StringBuilder sb = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (RirCatalogRow r : rows) {
            sb.append(line(r)).append("\r\n");
        }
        AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param r a row
     * @return its csv line as DISSE writes it (without the line end)
     */
    public static String line(RirCatalogRow r) {
        return Csv.join(List.of(r.rirPath(), vector(r.dimensionsM()), Csv.pyRound(r.areaM2(), 2),
                Csv.pyRound(r.alpha(), 4), Csv.pyRound(r.t30Ms(), 1), Csv.pyRound(r.sourceDistanceM(), 2),
                Integer.toString(r.azimuthDeg()), Integer.toString(r.elevationDeg()), vector(r.sourcePosM()),
                Csv.pyRound(r.distanceM(), 3), Integer.toString(r.sampleRateHz()), r.roomId(), r.split()));
    }

    private static String vector(Vec3 v) {
        return "[" + Csv.pyRound(v.x(), 3) + ", " + Csv.pyRound(v.y(), 3) + ", " + Csv.pyRound(v.z(), 3) + "]";
    }

    private static int integer(Csv.Table t, int r, int c) throws DatasetFormatException {
        double v = Csv.number(t, r, c);
        if (v != Math.rint(v)) {
            throw new DatasetFormatException(t.file(), "line " + (r + 2) + " column " + t.header().get(c),
                    "an integer, got " + v);
        }
        return (int) v;
    }

    private static Vec3 vector(Csv.Table t, int r, int c) throws DatasetFormatException {
        String s = t.rows().get(r).get(c).trim();
        String where = "line " + (r + 2) + " column " + t.header().get(c);
        if (!s.startsWith("[") || !s.endsWith("]")) {
            throw new DatasetFormatException(t.file(), where, "\"[x, y, z]\", got '" + s + "'");
        }
        String[] p = s.substring(1, s.length() - 1).split(",");
        if (p.length != 3) {
            throw new DatasetFormatException(t.file(), where, "3 values in [x, y, z], got '" + s + "'");
        }
        try {
            return new Vec3(Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim()),
                    Double.parseDouble(p[2].trim()));
        } catch (NumberFormatException e) {
            throw new DatasetFormatException(t.file(), where, "numbers in [x, y, z], got '" + s + "'");
        }
    }
}
