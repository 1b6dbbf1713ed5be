package dev.earshot.audio.io;

import java.nio.file.Path;

/**
 * A file could not be read or written as audio (or as an array): corrupt, truncated or unsupported.
 * The message always names the file and the offending field, and what was expected.
 */
public class AudioFileException extends java.io.IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String field;

    /**
     * @param file    the file concerned (may be null for streams without a name)
     * @param field   the header field or structure that is wrong, e.g. {@code "fmt.bitsPerSample"}
     * @param problem what is wrong and what was expected
     */
    public AudioFileException(Path file, String field, String problem) {
        super((file == null ? "<stream>" : file.toString()) + ": " + field + ": " + problem);
        this.file = file;
        this.field = field;
    }

    /**
     * @param file    the file concerned
     * @param field   the offending field
     * @param problem what is wrong
     * @param cause   the underlying error
     */
    public AudioFileException(Path file, String field, String problem, Throwable cause) {
        this(file, field, problem);
        initCause(cause);
    }

    /** @return the file concerned, or null */
    public Path file() {
        return file;
    }

    /** @return the offending field */
    public String field() {
        return field;
    }
}
