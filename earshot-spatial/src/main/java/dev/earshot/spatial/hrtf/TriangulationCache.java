package dev.earshot.spatial.hrtf;

import dev.earshot.audio.io.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A disk cache of {@link SphericalTriangulation}s next to the {@link SofaCache} entries, so that a
 * render with the same HRTF set skips building the hull (about 0.2 s of CPU in a fresh JVM, nearly
 * all of it interpreting and compiling code that runs once, against a few milliseconds to read the
 * arrays back). An entry is keyed by the SHA-256 of the input directions' bits and is only used if
 * it holds exactly those directions, so it can never give another set's triangulation; an entry that
 * cannot be read back is rebuilt and rewritten, and a cache that cannot be written is skipped. Same
 * location and off switch as {@link SofaCache#directory()}.
 */
final class TriangulationCache {
    private static final int MAGIC = 0x45535431; // "EST1"

    private TriangulationCache() {
    }

    /**
     * The triangulation of these directions: from the cache, or built and stored.
     *
     * @param units distinct unit vectors (at least 3), x, y, z each
     * @return a triangulation equal to {@code new SphericalTriangulation(units)}
     * @throws IllegalArgumentException for fewer than 3 directions
     */
    static SphericalTriangulation forUnits(double[][] units) {
        Path dir = SofaCache.directory();
        if (dir == null || units.length < 3) {
            return new SphericalTriangulation(units);
        }
        Path entry = dir.resolve("tri-" + key(units) + ".bin");
        SphericalTriangulation cached = read(entry, units);
        if (cached != null) {
            return cached;
        }
        SphericalTriangulation t = new SphericalTriangulation(units);
        byte[] body = t.encode();
        ByteBuffer b = ByteBuffer.allocate(4 + body.length).putInt(MAGIC).put(body);
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(entry, b.array());
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written is skipped
        }
        return t;
    }

    /** @return the cached triangulation for these directions, or null if missing, unreadable or for others */
    static SphericalTriangulation read(Path entry, double[][] units) {
        try {
            if (!Files.isRegularFile(entry)) {
                return null;
            }
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(entry));
            if (b.remaining() < 4 || b.getInt() != MAGIC) {
                return null;
            }
            return SphericalTriangulation.decode(b, units);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** SHA-256 (hex) of the directions' raw bits and their count. */
    static String key(double[][] units) {
        ByteBuffer b = ByteBuffer.allocate(4 + 24 * units.length);
        b.putInt(units.length);
        for (double[] u : units) {
            b.putDouble(u[0]).putDouble(u[1]).putDouble(u[2]);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
