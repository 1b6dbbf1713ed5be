package dev.earshot.data.format.spatialsoundqa;

import java.util.Set;

/** The three SpatialSoundQA training stages and the question letters each contains (SPEC.md 3.2). */
public enum Stage {
    /** Stage 1: classification and DOA of single sources (A, B). */
    STAGE1("stage1-clsdoa", Set.of('A', 'B')),
    /** Stage 2: single-source and mixture perception (A-D). */
    STAGE2("stage2-single", Set.of('A', 'B', 'C', 'D')),
    /** Stage 3: everything, including reasoning (A-E). */
    STAGE3("stage3-mixup", Set.of('A', 'B', 'C', 'D', 'E'));

    private final String folder;
    private final Set<Character> letters;

    Stage(String folder, Set<Character> letters) {
        this.folder = folder;
        this.letters = letters;
    }

    /** @return the stage folder name, e.g. "stage1-clsdoa" */
    public String folder() {
        return folder;
    }

    /**
     * @param type a question type
     * @return true if the stage includes it
     */
    public boolean includes(QuestionType type) {
        return letters.contains(type.letter());
    }
}
