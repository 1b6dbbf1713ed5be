package dev.earshot.data.format;

import java.io.IOException;
import java.nio.file.Path;

/** A dataset file whose content does not match its format; the message names file, field and expectation. */
public class DatasetFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String field;

    /**
     * @param file     the file
     * @param field    the field, column or line
     * @param expected what was expected there
     */
    public DatasetFormatException(Path file, String field, String expected) {
        super(file + ": " + field + ": expected " + expected);
        this.file = file;
        this.field = field;
    }

    /** @return the file */
    public Path file() {
        return file;
    }

    /** @return the field, column or line */
    public String field() {
        return field;
    }
}
