package dev.earshot.data.format.spatialsoundqa;

/** SpatialSoundQA question types with their paper letters (SPEC.md 3.2). */
public enum QuestionType {
    /** A: single source, detection (answer: class names joined by "; "). */
    CLASSIFICATION('A', false),
    /** B: single source, direction and distance. */
    DOA('B', false),
    /** C: two sources, detection of every sound event in the mixture. */
    MIXUP_SINGLE_CLASSIFICATION('C', true),
    /** D: two sources, direction and distance of one named source. */
    MIXUP_SINGLE_DOA('D', true),
    /** E (binary): is one source left of / in front of / above the other ("Yes"/"No"). */
    MIXUP_DIRECTION('E', true),
    /** E (binary): is one source closer than the other ("Yes"/"No"). */
    MIXUP_DISTANCE_BOTH('E', true),
    /** E (non-binary): direction of one source relative to the other ("left, front, above"). */
    MIXUP_NONBINARY_DIRECTION('E', true),
    /** E (non-binary): distance between the two sources ("2.5m"). */
    MIXUP_NONBINARY_DISTANCE('E', true),
    /** E (non-binary): which sound is on a side or nearer (a class name). */
    MIXUP_NONBINARY_SOURCE('E', true);

    private final char letter;
    private final boolean twoSources;

    QuestionType(char letter, boolean twoSources) {
        this.letter = letter;
        this.twoSources = twoSources;
    }

    /** @return the paper's letter A-E */
    public char letter() {
        return letter;
    }

    /** @return true if the question is about a two-source mixture */
    public boolean twoSources() {
        return twoSources;
    }
}
