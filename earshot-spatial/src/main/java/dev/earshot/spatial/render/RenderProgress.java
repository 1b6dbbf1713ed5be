package dev.earshot.spatial.render;

/** Told how far a render has got, e.g. to drive a progress bar. */
@FunctionalInterface
public interface RenderProgress {
    /** A listener that ignores every report. */
    RenderProgress NONE = (done, total) -> { };

    /**
     * Called after each block is written.
     *
     * @param framesDone  output frames written so far
     * @param totalFrames output frames expected in all, or -1 if the source length is unknown
     */
    void onProgress(long framesDone, long totalFrames);
}
