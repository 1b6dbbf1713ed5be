package dev.earshot.app.cli;

/** Bad input detected by a command (not a bug): reported as one line, exit status 1. */
public final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the file or option and the expected value */
    public UserInputException(String message) {
        super(message);
    }
}
