package dev.earshot.ml.train;

/** Audio that a neural perceiver cannot analyse (not binaural, silent, clipped); the message says why. */
public final class UnusableAudioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and what was expected
     */
    public UnusableAudioException(String message) {
        super(message);
    }
}
