package dev.earshot.ml.perception;

/** A perception (or model) JSON document that does not have the expected fields; the message names the field. */
public class PerceptionFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message what was wrong: source, field and what was expected */
    public PerceptionFormatException(String message) {
        super(message);
    }

    /**
     * @param message what was wrong
     * @param cause   the parser's exception
     */
    public PerceptionFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
