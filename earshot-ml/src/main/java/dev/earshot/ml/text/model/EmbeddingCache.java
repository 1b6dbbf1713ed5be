package dev.earshot.ml.text.model;

import dev.earshot.audio.io.AtomicFiles;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A disk cache of sentence embeddings keyed by the SHA-256 of model id + the prepared text, so that
 * retraining does not embed the dataset again. File layout (big-endian): magic {@code "ESEC"}, int
 * version 1, int dimension, int count, then per entry the 64-char hex key (UTF-8) and the floats.
 * A file of another dimension or version is ignored (rebuilt). Not thread-safe.
 */
final class EmbeddingCache {

    private static final int MAGIC = 0x45534543;
    private final Path file;
    private final Map<String, float[]> entries = new LinkedHashMap<>();
    private boolean dirty;

    /**
     * @param file the cache file; read if it exists, null for an in-memory cache
     * @throws IOException if an existing file cannot be read
     */
    EmbeddingCache(Path file) throws IOException {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                if (in.readInt() == MAGIC && in.readInt() == 1 && in.readInt() == SentenceEmbedder.DIMENSION) {
                    int n = in.readInt();
                    byte[] key = new byte[64];
                    for (int i = 0; i < n; i++) {
                        in.readFully(key);
                        float[] v = new float[SentenceEmbedder.DIMENSION];
                        for (int k = 0; k < v.length; k++) {
                            v[k] = in.readFloat();
                        }
                        entries.put(new String(key, StandardCharsets.UTF_8), v);
                    }
                }
            }
        }
    }

    /** @param text any text @return its embedding, from the cache or computed (and cached) */
    float[] embed(String text) {
        String key = key(SentenceEmbedder.prepare(text));
        float[] v = entries.get(key);
        if (v == null) {
            v = SentenceEmbedder.embed(text);
            entries.put(key, v);
            dirty = true;
        }
        return v.clone();
    }

    /** @return number of cached embeddings */
    int size() {
        return entries.size();
    }

    /** Writes the cache file (atomically) if anything was added. @throws IOException on write errors */
    void save() throws IOException {
        if (file == null || !dirty) {
            return;
        }
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        AtomicFiles.write(file, os -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os));
            out.writeInt(MAGIC);
            out.writeInt(1);
            out.writeInt(SentenceEmbedder.DIMENSION);
            out.writeInt(entries.size());
            for (Map.Entry<String, float[]> e : entries.entrySet()) {
                out.write(e.getKey().getBytes(StandardCharsets.UTF_8));
                for (float x : e.getValue()) {
                    out.writeFloat(x);
                }
            }
            out.flush();
        });
        dirty = false;
    }

    static String key(String preparedText) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(SentenceEmbedder.MODEL_ID.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
            md.update(preparedText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
