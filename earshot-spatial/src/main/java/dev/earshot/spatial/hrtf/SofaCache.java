package dev.earshot.spatial.hrtf;

import dev.earshot.audio.io.AtomicFiles;
import dev.earshot.spatial.geom.Direction;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A disk cache of parsed SOFA files, so that rendering with the same SOFA file again skips the HDF5
 * parse (about 0.8 s of CPU in a fresh JVM, mostly loading and interpreting the HDF5 library, against
 * a few milliseconds to read the cached arrays). An entry is keyed by the file's path as given (the
 * set's name and messages come from it), size, modification time and file key, so an edited, replaced
 * or moved file is parsed again; it holds exactly the {@link HrtfSet} that
 * {@link SofaReader#read(Path)} returned. Entries that cannot be read back (truncated, another version) are ignored and rewritten;
 * a cache that cannot be written is skipped silently.
 *
 * <p>Location: the system property {@code earshot.sofa.cache}, else the environment variable
 * {@code EARSHOT_SOFA_CACHE}, else {@code <java.io.tmpdir>/earshot-sofa-cache-<user>}; the value
 * {@code off} disables the cache.
 */
final class SofaCache {
    private static final int MAGIC = 0x45534331; // "ESC1"
    private static final int VERSION = 1;

    /** Parses a SOFA file (the cache's fallback). */
    @FunctionalInterface
    interface Parser {
        HrtfSet parse(Path file) throws IOException;
    }

    private SofaCache() {
    }

    /** @return the cache folder, or null if the cache is off */
    static Path directory() {
        String p = System.getProperty("earshot.sofa.cache");
        if (p == null) {
            p = System.getenv("EARSHOT_SOFA_CACHE");
        }
        if (p != null && p.equalsIgnoreCase("off")) {
            return null;
        }
        if (p != null && !p.isBlank()) {
            return Path.of(p);
        }
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "earshot-sofa-cache-" + user);
    }

    /**
     * Loads a SOFA file through the cache.
     *
     * @param file   the SOFA file
     * @param parser the parse used on a miss (and for every error: a file that cannot be read is
     *               handed to it, so its exceptions are the ones thrown)
     * @return the set, equal to {@code parser.parse(file)}
     * @throws IOException from the parser
     */
    static HrtfSet load(Path file, Parser parser) throws IOException {
        Path dir = directory();
        if (dir == null) {
            return parser.parse(file);
        }
        Path entry;
        try {
            entry = dir.resolve(key(file) + ".bin");
        } catch (IOException | RuntimeException e) {
            return parser.parse(file);
        }
        return readOrParse(dir, entry, () -> parser.parse(file));
    }

    /** Parses a SOFA resource (the cache's fallback for {@link #loadResource}). */
    @FunctionalInterface
    interface ResourceParser {
        HrtfSet parse() throws IOException;
    }

    /**
     * Loads a SOFA file that ships as a class-path resource (the built-in set) through the cache, keyed
     * by its URL, length and modification time (a rebuilt jar or a changed resource is parsed again).
     *
     * @param url    the resource
     * @param parser the parse used on a miss or when the resource's attributes cannot be read
     * @return the set, equal to {@code parser.parse()}
     * @throws IOException from the parser
     */
    static HrtfSet loadResource(java.net.URL url, ResourceParser parser) throws IOException {
        Path dir = directory();
        if (dir == null) {
            return parser.parse();
        }
        Path entry;
        try {
            java.net.URLConnection c = url.openConnection();
            c.setUseCaches(false);
            String id = "resource\0" + url + "\0" + c.getContentLengthLong() + "\0" + c.getLastModified();
            c.getInputStream().close(); // without caches the connection holds its own open jar: release it
            entry = dir.resolve(sha256(id) + ".bin");
        } catch (IOException | RuntimeException e) {
            return parser.parse();
        }
        return readOrParse(dir, entry, parser);
    }

    /** The set in a cache entry, or the parse's, which is then written to the entry (skipped if it cannot be). */
    private static HrtfSet readOrParse(Path dir, Path entry, ResourceParser parser) throws IOException {
        HrtfSet cached = read(entry);
        if (cached != null) {
            return cached;
        }
        HrtfSet set = parser.parse();
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(entry, encode(set));
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written is skipped
        }
        return set;
    }

    /**
     * SHA-256 (hex) of the path as given, the file's size, modification time (ns) and file key (inode
     * where there is one). Hashing the content instead would cost more than the cache saves: the
     * hash runs before the JIT has compiled anything.
     */
    static String key(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        String id = file + "\0" + a.size() + "\0" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "\0" + a.fileKey();
        return sha256(id);
    }

    private static String sha256(String id) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** The set as bytes (big-endian): header, name, directions, distances, IRs, attributes. */
    static byte[] encode(HrtfSet s) {
        int m = s.measurementCount();
        int n = s.irLength();
        List<byte[]> strings = new ArrayList<>();
        strings.add(s.name().getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> e : s.attributes().entrySet()) {
            strings.add(e.getKey().getBytes(StandardCharsets.UTF_8));
            strings.add(e.getValue().getBytes(StandardCharsets.UTF_8));
        }
        long size = 5L * 4 + 3L * 8 * m + 2L * 4 * m * n + 4;
        for (byte[] b : strings) {
            size += 4 + b.length;
        }
        ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(size));
        b.putInt(MAGIC).putInt(VERSION).putInt(s.sampleRateHz()).putInt(m).putInt(n);
        putBytes(b, strings.get(0));
        for (Direction d : s.directions()) {
            b.putDouble(d.azimuthDeg()).putDouble(d.elevationDeg());
        }
        for (double d : s.distancesM()) {
            b.putDouble(d);
        }
        for (float[] ir : s.left()) {
            b.asFloatBuffer().put(ir);
            b.position(b.position() + 4 * n);
        }
        for (float[] ir : s.right()) {
            b.asFloatBuffer().put(ir);
            b.position(b.position() + 4 * n);
        }
        b.putInt(s.attributes().size());
        for (int i = 1; i < strings.size(); i++) {
            putBytes(b, strings.get(i));
        }
        return b.array();
    }

    /** @return the cached set, or null if the entry is missing or unreadable */
    static HrtfSet read(Path entry) {
        try {
            if (!Files.isRegularFile(entry)) {
                return null;
            }
            return decode(ByteBuffer.wrap(Files.readAllBytes(entry)));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static HrtfSet decode(ByteBuffer b) {
        if (b.getInt() != MAGIC || b.getInt() != VERSION) {
            return null;
        }
        int rate = b.getInt();
        int m = b.getInt();
        int n = b.getInt();
        if (m <= 0 || n <= 0 || (long) m * n * 8 > b.remaining()) {
            return null;
        }
        String name = getString(b);
        List<Direction> dirs = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            dirs.add(new Direction(b.getDouble(), b.getDouble()));
        }
        double[] dist = new double[m];
        for (int i = 0; i < m; i++) {
            dist[i] = b.getDouble();
        }
        float[][] left = irs(b, m, n);
        float[][] right = irs(b, m, n);
        int count = b.getInt();
        Map<String, String> attrs = new HashMap<>();
        for (int i = 0; i < count; i++) {
            attrs.put(getString(b), getString(b));
        }
        if (b.hasRemaining()) {
            return null;
        }
        return new HrtfSet(name, rate, dirs, dist, left, right, attrs);
    }

    private static float[][] irs(ByteBuffer b, int m, int n) {
        float[][] out = new float[m][n];
        for (float[] ir : out) {
            b.asFloatBuffer().get(ir);
            b.position(b.position() + 4 * n);
        }
        return out;
    }

    private static void putBytes(ByteBuffer b, byte[] s) {
        b.putInt(s.length).put(s);
    }

    private static String getString(ByteBuffer b) {
        int len = b.getInt();
        if (len < 0 || len > b.remaining()) {
            throw new IllegalArgumentException("bad string length " + len);
        }
        byte[] s = new byte[len];
        b.get(s);
        return new String(s, StandardCharsets.UTF_8);
    }
}
