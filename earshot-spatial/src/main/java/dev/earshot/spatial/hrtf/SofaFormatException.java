package dev.earshot.spatial.hrtf;

import java.io.IOException;

/**
 * A SOFA (AES69) file that cannot be used as an HRTF set: not HDF5 at all, an unsupported
 * convention, a missing or mis-shaped variable, unexpected units, NaN values and the like.
 *
 * <p>The message always reads {@code "<file>: <field>: <what is wrong>; expected <what>"}, so that
 * a user can see which file, which variable or attribute, and what would have been accepted.
 */
public final class SofaFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String field;

    /**
     * @param file    the file (or resource) name as the user gave it
     * @param field   the offending SOFA variable or attribute, e.g. {@code "Data.IR"} or
     *                {@code "SourcePosition:Units"}; {@code "file"} for the file as a whole
     * @param problem what is wrong and what was expected
     */
    public SofaFormatException(String file, String field, String problem) {
        super(file + ": " + field + ": " + problem);
        this.file = file;
        this.field = field;
    }

    /**
     * @param file    the file (or resource) name
     * @param field   the offending variable or attribute
     * @param problem what is wrong and what was expected
     * @param cause   the underlying error (e.g. from the HDF5 library)
     */
    public SofaFormatException(String file, String field, String problem, Throwable cause) {
        super(file + ": " + field + ": " + problem, cause);
        this.file = file;
        this.field = field;
    }

    /** @return the file (or resource) name */
    public String file() {
        return file;
    }

    /** @return the SOFA variable or attribute at fault ({@code "file"} for the file as a whole) */
    public String field() {
        return field;
    }
}
