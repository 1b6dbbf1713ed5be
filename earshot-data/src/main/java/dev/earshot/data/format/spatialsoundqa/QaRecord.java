package dev.earshot.data.format.spatialsoundqa;

/**
 * One SpatialSoundQA record (field names as in the JSON: audio_id, reverb_id, audio_id2, reverb_id2,
 * question_id, question_type, question, answer).
 *
 * @param audioId      audio path relative to the audio root without ".wav"
 * @param reverbId     RIR path relative to {@code <reverb_root>/binaural/}
 * @param audioId2     second source's audio id, or null for single-source questions
 * @param reverbId2    second source's RIR id, or null
 * @param questionId   id within its file
 * @param questionType the type
 * @param question     question text
 * @param answer       answer text
 */
public record QaRecord(String audioId, String reverbId, String audioId2, String reverbId2, long questionId,
                       QuestionType questionType, String question, String answer) {
    /** @throws IllegalArgumentException on missing fields or a second source that does not fit the type */
    public QaRecord {
        if (audioId == null || reverbId == null || questionType == null || question == null || answer == null) {
            throw new IllegalArgumentException("QA record needs audio_id, reverb_id, question_type, question, answer");
        }
        if (questionType.twoSources() != (audioId2 != null && reverbId2 != null)) {
            throw new IllegalArgumentException(questionType + " " + (questionType.twoSources() ? "needs" : "must not have")
                    + " audio_id2 and reverb_id2");
        }
    }

    /**
     * @param id a new question id
     * @return a copy with that id
     */
    public QaRecord withQuestionId(long id) {
        return new QaRecord(audioId, reverbId, audioId2, reverbId2, id, questionType, question, answer);
    }

    /** @return the decode-file key {@code <question_type>-<question_id>} (SPEC.md 3.1) */
    public String key() {
        return questionType.name() + "-" + questionId;
    }
}
