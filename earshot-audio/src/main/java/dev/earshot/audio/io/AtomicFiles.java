package dev.earshot.audio.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader never sees a half-written one: the content goes to a temporary file
 * in the same folder, which is moved into place only when the writer finished without error. On
 * failure the temporary file is deleted and the target is left as it was.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes content to an output stream. */
    @FunctionalInterface
    public interface StreamWriter {
        /**
         * @param out the stream to write to (buffered; closed by the caller)
         * @throws IOException on failure
         */
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes a file atomically.
     *
     * @param target the final path; its parent folder is created if missing
     * @param writer writes the content
     * @throws IOException if writing or moving fails (the target is then untouched)
     */
    public static void write(Path target, StreamWriter writer) throws IOException {
        Path tmp = createTempSibling(target);
        boolean done = false;
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                writer.write(out);
            }
            moveIntoPlace(tmp, target);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Creates an empty temporary file next to the target (same folder, hidden name ending in
     * {@code .tmp}), for writers that fill a file incrementally and then call
     * {@link #moveIntoPlace(Path, Path)}. The caller must delete it if it does not move it.
     *
     * @param target the final path; its parent folder is created if missing
     * @return the temporary file
     * @throws IOException if it cannot be created
     */
    public static Path createTempSibling(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        return Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    }

    /**
     * Moves a finished temporary file onto the target, atomically where the file system allows,
     * replacing any existing file.
     *
     * @param tmp    the finished temporary file (from {@link #createTempSibling(Path)})
     * @param target the final path
     * @throws IOException if the move fails (the temporary file is then left for the caller to delete)
     */
    public static void moveIntoPlace(Path tmp, Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        try {
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Writes bytes atomically.
     *
     * @param target the final path
     * @param bytes  the content
     * @throws IOException if writing fails
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }
}
