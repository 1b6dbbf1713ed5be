package dev.earshot.data.format.spatialsoundqa;

import dev.earshot.data.scene.SceneRandom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generates SpatialSoundQA questions for a scene. A one-source scene gives CLASSIFICATION and DOA; a
 * scene with two or more sources gives, about its first two sources (the QA loader renders exactly those
 * two and averages them), one question of each two-source type whose answer is well defined:
 * <ul>
 *   <li>CLASSIFICATION / MIXUP_SINGLE_CLASSIFICATION: "Enumerate the sound occurrences in the audio clip."
 *       → class names, lower-cased, joined by "; " (the first source's, then the second's);</li>
 *   <li>DOA: "Where is the sound coming from, and how far away is it?"; MIXUP_SINGLE_DOA: "Where is the
 *       sound of the {a} coming from, and how far away is it?" → "left|right, front|behind,
 *       above|below; {d}m" with the distance on the 0.5 m grid;</li>
 *   <li>MIXUP_DIRECTION: "Is the sound of the {a} on the left of | in front of | above the sound of the
 *       {b}?" (or the opposite word) → "Yes"/"No", on an axis where the sources are at least 0.5 m apart;</li>
 *   <li>MIXUP_DISTANCE_BOTH: "Is the sound of the {a} closer to you than the sound of the {b}?" (or
 *       "farther from you") → "Yes"/"No", when their distances differ by at least 0.5 m;</li>
 *   <li>MIXUP_NONBINARY_DIRECTION: "In which direction is the sound of the {a} relative to the sound of the
 *       {b}?" → "left|right, front|behind, above|below" from the signs of their position difference;</li>
 *   <li>MIXUP_NONBINARY_DISTANCE: "How far away is the sound of the {a} from the sound of the {b}?" →
 *       their separation on the 0.5 m grid, e.g. "2m";</li>
 *   <li>MIXUP_NONBINARY_SOURCE: "What is the sound on the left|right?" (lateral separation at least 0.5 m)
 *       or else "Which sound is closer to you?" (distances differ by at least 0.5 m) → a class name.</li>
 * </ul>
 * Which source is named first and which wording is used are drawn from the given random stream, so the
 * Yes/No answers are balanced; question ids are left 0 (the writer numbers them per file).
 */
public final class QaGenerator {
    /** Smallest separation (metres) for a comparison to count as well defined. */
    public static final double MIN_SEPARATION_M = 0.5;
    /** The classification question (verbatim from the BAT README). */
    public static final String ENUMERATE = "Enumerate the sound occurrences in the audio clip.";

    /** Creates a generator (stateless). */
    public QaGenerator() {
        // stateless
    }

    /**
     * @param sources the scene's sources (only the first two are used)
     * @param rng     the scene's QA random stream
     * @return the questions, in question-type order
     */
    public List<QaRecord> generate(List<QaSource> sources, SceneRandom rng) {
        List<QaRecord> out = new ArrayList<>();
        if (sources.isEmpty()) {
            return out;
        }
        QaSource a = sources.get(0);
        if (sources.size() == 1) {
            out.add(single(a, QuestionType.CLASSIFICATION, ENUMERATE, classes(a)));
            out.add(single(a, QuestionType.DOA, "Where is the sound coming from, and how far away is it?", doa(a)));
            return out;
        }
        QaSource b = sources.get(1);
        String both = classes(a) + "; " + classes(b);
        out.add(pair(a, b, QuestionType.MIXUP_SINGLE_CLASSIFICATION, ENUMERATE, both));
        QaSource t = rng.nextInt(2) == 0 ? a : b;
        out.add(pair(a, b, QuestionType.MIXUP_SINGLE_DOA,
                "Where is the sound of the " + t.name() + " coming from, and how far away is it?", doa(t)));
        boolean swap = rng.nextInt(2) == 1;
        QaSource x = swap ? b : a;
        QaSource y = swap ? a : b;
        directionQuestion(a, b, x, y, rng, out);
        double dd = x.distanceM() - y.distanceM();
        if (Math.abs(dd) >= MIN_SEPARATION_M) {
            boolean closer = rng.nextInt(2) == 0;
            String q = "Is the sound of the " + x.name() + (closer ? " closer to you than" : " farther from you than")
                    + " the sound of the " + y.name() + "?";
            out.add(pair(a, b, QuestionType.MIXUP_DISTANCE_BOTH, q, yesNo(closer == dd < 0)));
        }
        var d = x.relativeM().minus(y.relativeM());
        out.add(pair(a, b, QuestionType.MIXUP_NONBINARY_DIRECTION, "In which direction is the sound of the " + x.name()
                + " relative to the sound of the " + y.name() + "?", (d.y() >= 0 ? "left" : "right") + ", "
                + (d.x() >= 0 ? "front" : "behind") + ", " + (d.z() >= 0 ? "above" : "below")));
        out.add(pair(a, b, QuestionType.MIXUP_NONBINARY_DISTANCE, "How far away is the sound of the " + x.name()
                + " from the sound of the " + y.name() + "?", QaPrompts.meters(d.norm())));
        if (Math.abs(d.y()) >= MIN_SEPARATION_M) {
            boolean askLeft = rng.nextInt(2) == 0;
            QaSource answer = (d.y() > 0) == askLeft ? x : y;
            out.add(pair(a, b, QuestionType.MIXUP_NONBINARY_SOURCE, "What is the sound on the "
                    + (askLeft ? "left" : "right") + "?", answer.name()));
        } else if (Math.abs(dd) >= MIN_SEPARATION_M) {
            out.add(pair(a, b, QuestionType.MIXUP_NONBINARY_SOURCE, "Which sound is closer to you?",
                    (dd < 0 ? x : y).name()));
        }
        return out;
    }

    private static void directionQuestion(QaSource a, QaSource b, QaSource x, QaSource y, SceneRandom rng,
                                          List<QaRecord> out) {
        var d = x.relativeM().minus(y.relativeM());
        double[] delta = {d.y(), d.x(), d.z()};
        String[][] words = {{"on the left of", "on the right of"}, {"in front of", "behind"}, {"above", "below"}};
        List<Integer> axes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if (Math.abs(delta[i]) >= MIN_SEPARATION_M) {
                axes.add(i);
            }
        }
        if (axes.isEmpty()) {
            return;
        }
        int axis = axes.get(rng.nextInt(axes.size()));
        boolean positiveWord = rng.nextInt(2) == 0;
        String q = "Is the sound of the " + x.name() + " " + words[axis][positiveWord ? 0 : 1] + " the sound of the "
                + y.name() + "?";
        out.add(pair(a, b, QuestionType.MIXUP_DIRECTION, q, yesNo(positiveWord == delta[axis] > 0)));
    }

    private static String classes(QaSource s) {
        List<String> lower = new ArrayList<>();
        for (String c : s.classes()) {
            lower.add(c.toLowerCase(Locale.ROOT));
        }
        return String.join("; ", lower);
    }

    /**
     * @param s a source
     * @return "left|right, front|behind, above|below; {d}m"
     */
    static String doa(QaSource s) {
        return QaPrompts.leftRight(s.azimuthDeg()) + ", " + QaPrompts.frontBehind(s.azimuthDeg()) + ", "
                + QaPrompts.aboveBelow(s.elevationDeg()) + "; " + QaPrompts.meters(s.distanceM());
    }

    private static String yesNo(boolean yes) {
        return yes ? QaPrompts.YES : QaPrompts.NO;
    }

    private static QaRecord single(QaSource a, QuestionType t, String q, String answer) {
        return new QaRecord(a.audioId(), a.reverbId(), null, null, 0, t, q, answer);
    }

    private static QaRecord pair(QaSource a, QaSource b, QuestionType t, String q, String answer) {
        return new QaRecord(a.audioId(), a.reverbId(), b.audioId(), b.reverbId(), 0, t, q, answer);
    }
}
