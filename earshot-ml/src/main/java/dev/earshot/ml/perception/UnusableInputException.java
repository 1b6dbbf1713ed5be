package dev.earshot.ml.perception;

/**
 * A clip that no perceiver can analyse (wrong channel count, too short, non-finite, silent or heavily clipped);
 * the message names the source and what was expected. See {@link InputScreen}.
 */
public final class UnusableInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message names the source, the problem and what was expected */
    public UnusableInputException(String message) {
        super(message);
    }
}
