package dev.earshot.data.bank;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A sound bank's manifest, class map or clip list is malformed or refers to something missing. The
 * message names the file, the item (row number or clip id) and the field, and says what was expected.
 */
public class BankFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String item;
    private final String field;

    /**
     * @param file    the manifest or list file concerned (may be null for in-memory text)
     * @param item    the offending item, e.g. {@code "row 12"} or {@code "clip 'kick_0003'"}
     * @param field   the offending field, e.g. {@code "labels"}
     * @param problem what is wrong and what was expected
     */
    public BankFormatException(Path file, String item, String field, String problem) {
        super((file == null ? "<text>" : file.toString()) + ": " + item + ": " + field + ": " + problem);
        this.file = file;
        this.item = item;
        this.field = field;
    }

    /** @return the file concerned, or null */
    public Path file() {
        return file;
    }

    /** @return the offending item (row or clip) */
    public String item() {
        return item;
    }

    /** @return the offending field */
    public String field() {
        return field;
    }
}
