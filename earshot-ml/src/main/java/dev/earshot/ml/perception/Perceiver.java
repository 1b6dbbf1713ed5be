package dev.earshot.ml.perception;

import dev.earshot.audio.AudioBuffer;

/**
 * Anything that listens to a binaural clip and says what sounds where: the classical baseline, the Spatial-AST
 * and DSpAST models. Implementations document the sample rate they analyse at and resample other rates.
 */
public interface Perceiver {
    /**
     * Perceives one clip.
     *
     * @param binaural two channels (left ear, right ear), any sample rate the implementation accepts
     * @return the perception, directions in Earshot's convention
     * @throws IllegalArgumentException if the audio is not binaural, silent, or otherwise unusable (the message
     *                                  says what was expected)
     */
    Perception perceive(AudioBuffer binaural);

    /** @return a short name for reports (e.g. {@code "classical-baseline"}) */
    default String name() {
        return getClass().getSimpleName();
    }
}
