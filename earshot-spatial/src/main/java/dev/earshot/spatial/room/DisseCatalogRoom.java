package dev.earshot.spatial.room;

import dev.earshot.audio.io.CsvFields;
import dev.earshot.spatial.geom.Vec3;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of a DISSE RIR catalog ({@code rir_catalog_*.csv}, SPEC.md 4.3): a pyroomacoustics shoebox
 * with uniform energy absorption {@code alpha} on all walls, the source position, and the catalog's
 * {@code fullband_T30_ms}. The catalog does not store the receiver: DISSE centres its tetrahedral array
 * on the room centre (checked against {@code source_distance_m}). In the DISSE generator
 * ({@code gen_room_pool.py}) the catalog T30 is the value the room was designed for
 * (alpha = 0.161 V / (S T30), clipped to [0.05, 0.95]), i.e. Sabine's formula applied to the sampled
 * alpha for every unclipped room, not a measurement of the rendered RIR.
 *
 * @param rirPath       the catalog's {@code rir_path}
 * @param dimensionsM   room dimensions (pyroomacoustics x, y, z), metres
 * @param alpha         energy absorption of every wall
 * @param t30Ms         the catalog's {@code fullband_T30_ms}
 * @param sourceM       source position in room coordinates, metres
 * @param distanceM     the catalog's {@code source_distance_m}
 */
record DisseCatalogRoom(String rirPath, Vec3 dimensionsM, double alpha, double t30Ms, Vec3 sourceM,
                        double distanceM) {

    /** @return the DISSE receiver position: the room centre */
    Vec3 receiverM() {
        return dimensionsM.times(0.5);
    }

    /** @return the room as a {@link RoomSpec} (receiver at the centre, yaw 0) */
    RoomSpec toRoomSpec() {
        return new RoomSpec(dimensionsM, WallAbsorption.uniform(alpha), sourceM, receiverM(), 0);
    }

    /**
     * Reads a catalog.
     *
     * @param csv the catalog file
     * @return its rows in file order
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException naming file, line and column when a row is malformed
     */
    static List<DisseCatalogRoom> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(csv + ": empty catalog");
        }
        List<String> header = CsvFields.split(lines.get(0));
        int cPath = column(csv, header, "rir_path");
        int cDims = column(csv, header, "dims");
        int cAlpha = column(csv, header, "alpha");
        int cT30 = column(csv, header, "fullband_T30_ms");
        int cSrc = column(csv, header, "source_pos_xyz");
        int cDist = column(csv, header, "source_distance_m");
        List<DisseCatalogRoom> rows = new ArrayList<>();
        for (int li = 1; li < lines.size(); li++) {
            if (lines.get(li).isBlank()) {
                continue;
            }
            List<String> f = CsvFields.split(lines.get(li));
            String where = csv + " line " + (li + 1);
            if (f.size() != header.size()) {
                throw new IllegalArgumentException(where + ": expected " + header.size() + " fields, got " + f.size());
            }
            rows.add(new DisseCatalogRoom(f.get(cPath), vector(where, "dims", f.get(cDims)),
                    number(where, "alpha", f.get(cAlpha)), number(where, "fullband_T30_ms", f.get(cT30)),
                    vector(where, "source_pos_xyz", f.get(cSrc)), number(where, "source_distance_m", f.get(cDist))));
        }
        return rows;
    }

    private static int column(Path csv, List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(csv + ": header lacks column '" + name + "'");
        }
        return i;
    }

    private static double number(String where, String field, String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": field " + field + " must be a number, got '" + s + "'", e);
        }
    }

    private static Vec3 vector(String where, String field, String s) {
        String t = s.trim();
        if (!t.startsWith("[") || !t.endsWith("]")) {
            throw new IllegalArgumentException(where + ": field " + field + " must look like [x, y, z], got '" + s + "'");
        }
        String[] p = t.substring(1, t.length() - 1).split(",");
        if (p.length != 3) {
            throw new IllegalArgumentException(where + ": field " + field + " must have 3 values, got '" + s + "'");
        }
        return new Vec3(number(where, field, p[0]), number(where, field, p[1]), number(where, field, p[2]));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s dims=%s alpha=%.4f T30=%.1f ms", rirPath, dimensionsM, alpha, t30Ms);
    }
}
