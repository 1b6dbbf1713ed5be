package dev.earshot.data.spatialize;

import java.io.IOException;

/** A bank clip that cannot be used (missing, unreadable, silent, unknown id); the message names it. */
public class BadClipException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String clipId;

    /**
     * @param clipId  the clip
     * @param problem what is wrong
     * @param cause   the underlying error, or null
     */
    public BadClipException(String clipId, String problem, Throwable cause) {
        super("bank clip '" + clipId + "': " + problem, cause);
        this.clipId = clipId;
    }

    /** @return the id of the bad clip */
    public String clipId() {
        return clipId;
    }
}
