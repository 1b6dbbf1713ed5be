package dev.earshot.ml.checkpoint;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A checkpoint file that cannot be read: not a PyTorch zip archive, truncated, a pickle opcode or structure
 * outside what {@code torch.save} writes, a missing or short storage entry, a tensor view outside its storage.
 * The message names the file, the part of it (zip entry, pickle offset, tensor key) and what was expected.
 */
public class CheckpointFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file   the checkpoint file
     * @param detail what is wrong and where
     */
    public CheckpointFormatException(Path file, String detail) {
        super(file + ": " + detail);
        this.file = file;
    }

    /**
     * @param file   the checkpoint file
     * @param detail what is wrong and where
     * @param cause  the underlying error
     */
    public CheckpointFormatException(Path file, String detail, Throwable cause) {
        super(file + ": " + detail, cause);
        this.file = file;
    }

    /** @return the checkpoint file */
    public Path file() {
        return file;
    }
}
