package dev.earshot.spatial.hrtf;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Entry points for HRTF sets: the built-in MIT KEMAR set, loading SOFA files, and a text summary.
 */
public final class HrtfSets {
    /** Class-path resource of the built-in set (see the NOTICE file next to it). */
    static final String KEMAR_RESOURCE = "MIT_KEMAR_normal_pinna.sofa";
    /** Name given to the built-in set. */
    public static final String KEMAR_NAME = "MIT KEMAR normal pinna (built-in)";

    private HrtfSets() {
    }

    private static final class KemarHolder {
        static final HrtfSet KEMAR = loadKemar();
    }

    /**
     * The built-in MIT KEMAR set (Gardner &amp; Martin 1994, normal pinna: 710 directions, elevation
     * -40..90 deg, 512 taps, 44.1 kHz, 1.4 m), loaded once and cached. Free to use provided the authors
     * are cited; see {@code MIT_KEMAR_normal_pinna.NOTICE.txt} next to the resource.
     *
     * @return the cached set (the same instance on every call; its arrays must not be modified)
     * @throws UncheckedIOException if the resource is missing or unreadable (a broken build)
     */
    public static HrtfSet builtinKemar() {
        return KemarHolder.KEMAR;
    }

    private static HrtfSet loadKemar() {
        try {
            java.net.URL url = HrtfSets.class.getResource(KEMAR_RESOURCE);
            if (url == null) {
                throw new IOException("resource " + KEMAR_RESOURCE + " is missing from the class path");
            }
            // through the SOFA cache: the HDF5 parse costs about 0.4 s of a render's start-up
            HrtfSet s = SofaCache.loadResource(url, HrtfSets::parseKemar);
            return new HrtfSet(KEMAR_NAME, s.sampleRateHz(), s.directions(), s.distancesM(), s.left(), s.right(),
                    s.attributes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the built-in KEMAR HRTF set", e);
        }
    }

    private static HrtfSet parseKemar() throws IOException {
        try (InputStream in = HrtfSets.class.getResourceAsStream(KEMAR_RESOURCE)) {
            if (in == null) {
                throw new IOException("resource " + KEMAR_RESOURCE + " is missing from the class path");
            }
            return SofaReader.read(in.readAllBytes(), KEMAR_RESOURCE);
        }
    }

    /**
     * Loads a SOFA file (see {@link SofaReader#read(Path)}), through a disk cache of parsed files
     * keyed by content and path (see {@code SofaCache}: system property {@code earshot.sofa.cache} or
     * environment variable {@code EARSHOT_SOFA_CACHE}, {@code off} to disable), so that loading the
     * same file again skips the HDF5 parse; the result is the same either way.
     *
     * @param sofaFile the file
     * @return the set
     * @throws IOException (a {@link SofaFormatException} for unusable content)
     */
    public static HrtfSet load(Path sofaFile) throws IOException {
        return SofaCache.load(sofaFile, SofaReader::read);
    }

    /**
     * A human-readable, multi-line summary (for {@code earshot hrtf info FILE}): name, conventions,
     * sample rate, measurement count, taps, distances, azimuth/elevation coverage (including the
     * largest angular distance from any direction to its nearest measurement) and the global
     * attributes.
     *
     * @param set the set
     * @return the summary, lines separated by {@code \n}
     */
    public static String describe(HrtfSet set) {
        StringBuilder sb = new StringBuilder();
        Map<String, String> a = set.attributes();
        line(sb, "name", set.name());
        String conv = a.getOrDefault("SOFAConventions", "?") + " " + a.getOrDefault("SOFAConventionsVersion", "")
                + " (" + a.getOrDefault("Conventions", "?") + " " + a.getOrDefault("Version", "") + ")";
        line(sb, "conventions", conv.replaceAll("\\s+", " ").replace(" )", ")"));
        line(sb, "sample rate", set.sampleRateHz() + " Hz");
        line(sb, "measurements", Integer.toString(set.measurementCount()));
        line(sb, "taps", set.irLength() + String.format(Locale.ROOT, " (%.2f ms)",
                1000.0 * set.irLength() / set.sampleRateHz()));
        TreeSet<Double> dists = new TreeSet<>();
        for (double d : set.distancesM()) {
            dists.add(Math.round(d * 1000) / 1000.0);
        }
        line(sb, "distance", dists.size() <= 5
                ? String.join(", ", dists.stream().map(d -> fmt(d) + " m").toList())
                : dists.size() + " distances, " + fmt(dists.first()) + " .. " + fmt(dists.last()) + " m");
        double azMin = 180;
        double azMax = -180;
        double elMin = 90;
        double elMax = -90;
        TreeSet<Double> elevations = new TreeSet<>();
        for (Direction d : set.directions()) {
            azMin = Math.min(azMin, d.azimuthDeg());
            azMax = Math.max(azMax, d.azimuthDeg());
            elMin = Math.min(elMin, d.elevationDeg());
            elMax = Math.max(elMax, d.elevationDeg());
            elevations.add(Math.round(d.elevationDeg() * 100) / 100.0);
        }
        line(sb, "azimuth", fmt(azMin) + " .. " + fmt(azMax) + " deg (+left)");
        line(sb, "elevation", fmt(elMin) + " .. " + fmt(elMax) + " deg (+up), " + elevations.size()
                + " distinct elevations");
        double[] gap = largestGap(set);
        line(sb, "largest gap", String.format(Locale.ROOT, "%.1f deg from the nearest measurement, at az %.0f el %.0f",
                gap[0], gap[1], gap[2]));
        sb.append("attributes:\n");
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(a).entrySet()) {
            if (e.getKey().startsWith("_")) {
                continue;
            }
            sb.append("  ").append(e.getKey()).append(": ").append(e.getValue().replace("\n", " / ")).append('\n');
        }
        return sb.toString();
    }

    /** Largest great-circle distance from a dense Fibonacci grid of directions to the nearest measurement. */
    private static double[] largestGap(HrtfSet set) {
        NearestHrirLookup nearest = new NearestHrirLookup(set);
        int k = 4000;
        double golden = Math.PI * (3 - Math.sqrt(5));
        double[] best = {-1, 0, 0};
        for (int i = -2; i < k; i++) {
            // the two poles first, then a Fibonacci spiral
            double z = i < 0 ? 2 * i + 3 : 1 - (2 * i + 1) / (double) k;
            double r = Math.sqrt(Math.max(0, 1 - z * z));
            Direction q = Direction.of(new Vec3(r * Math.cos(golden * i), r * Math.sin(golden * i), z));
            double ang = q.angleToDeg(set.directions().get(nearest.nearestIndex(q)));
            if (ang > best[0]) {
                best = new double[] {ang, q.azimuthDeg(), q.elevationDeg()};
            }
        }
        return best;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append(String.format(Locale.ROOT, "%-14s%s%n", key + ":", value).replace(System.lineSeparator(), "\n"));
    }
}
