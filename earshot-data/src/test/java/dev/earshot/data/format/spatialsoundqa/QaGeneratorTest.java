package dev.earshot.data.format.spatialsoundqa;

import dev.earshot.data.scene.SceneRandom;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QaGeneratorTest {
    private static QaSource src(String id, String cls, double az, double el, double d) {
        Direction dir = new Direction(az, el);
        return new QaSource("audio/" + id, id + "/0.npy", List.of(cls), az, el, d, dir.unitVector().times(d));
    }

    private final QaGenerator gen = new QaGenerator();

    @Test
    void promptTemplateIsBats() {
        assertEquals("Based on the audio you've heard, refer to the instruction and provide a response.\n\n"
                + "### Instruction:\nWhere?\n\n### Response:", QaPrompts.prompt("Where?"));
    }

    @Test
    void singleSourceGivesClassificationAndDoa() {
        List<QaRecord> r = gen.generate(List.of(new QaSource("audio/a", "a/0.npy",
                List.of("Accelerating, revving, vroom", "Car", "Vehicle"), 100, -20, 2.3,
                new Direction(100, -20).unitVector().times(2.3))), new SceneRandom(1));
        assertEquals(2, r.size());
        assertEquals(QuestionType.CLASSIFICATION, r.get(0).questionType());
        assertEquals("Enumerate the sound occurrences in the audio clip.", r.get(0).question());
        assertEquals("accelerating, revving, vroom; car; vehicle", r.get(0).answer());
        assertNull(r.get(0).audioId2());
        assertEquals("left, behind, below; 2.5m", r.get(1).answer());
    }

    @Test
    void distancesUseTheHalfMetreGrid() {
        assertEquals("2m", QaPrompts.meters(2.2));
        assertEquals("2.5m", QaPrompts.meters(2.3));
        assertEquals("0.5m", QaPrompts.meters(0.5));
        assertEquals("2m", QaPrompts.meters(2.25)); // half to even: round(4.5) = 4
    }

    @Test
    void nonbinaryDistanceMatchesTheReadmeExampleWording() {
        QaSource banjo = src("b", "Banjo", 0, 0, 3);
        QaSource whack = src("w", "Whack, thwack", 0, 0, 1);
        for (long seed = 0; seed < 20; seed++) {
            for (QaRecord q : gen.generate(List.of(banjo, whack), new SceneRandom(seed))) {
                if (q.questionType() == QuestionType.MIXUP_NONBINARY_DISTANCE
                        && q.question().startsWith("How far away is the sound of the banjo")) {
                    assertEquals("How far away is the sound of the banjo from the sound of the whack, thwack?",
                            q.question());
                    assertEquals("2m", q.answer());
                    return;
                }
            }
        }
        throw new AssertionError("no seed named the banjo first");
    }

    @Test
    void twoSourceScenesCoverEveryTwoSourceType() {
        Set<QuestionType> seen = EnumSet.noneOf(QuestionType.class);
        for (long seed = 0; seed < 10; seed++) {
            for (QaRecord q : gen.generate(List.of(src("a", "Dog", 60, 30, 1), src("b", "Cat", -120, -20, 4)),
                    new SceneRandom(seed))) {
                seen.add(q.questionType());
                assertEquals("audio/b", q.audioId2());
            }
        }
        for (QuestionType t : QuestionType.values()) {
            assertEquals(t.twoSources(), seen.contains(t), t.name());
        }
    }

    @Test
    void binaryAnswersAgreeWithTheGeometryAndAreBalanced() {
        QaSource left = src("a", "Dog", 90, 0, 2);
        QaSource right = src("b", "Cat", -90, 0, 2);
        int yes = 0;
        int n = 0;
        for (long seed = 0; seed < 200; seed++) {
            for (QaRecord q : gen.generate(List.of(left, right), new SceneRandom(seed))) {
                if (q.questionType() != QuestionType.MIXUP_DIRECTION) {
                    continue;
                }
                boolean dogFirst = q.question().startsWith("Is the sound of the dog");
                boolean saysLeft = q.question().contains("on the left of");
                assertTrue(q.question().contains("on the left of") || q.question().contains("on the right of"));
                assertEquals(dogFirst == saysLeft ? "Yes" : "No", q.answer(), q.question());
                yes += q.answer().equals("Yes") ? 1 : 0;
                n++;
            }
        }
        assertEquals(200, n);
        assertTrue(yes > 70 && yes < 130, "yes " + yes + " of " + n);
    }

    @Test
    void closerQuestionFollowsTheDistances() {
        QaSource near = src("a", "Dog", 10, 0, 1);
        QaSource far = src("b", "Cat", 20, 0, 5);
        for (long seed = 0; seed < 50; seed++) {
            for (QaRecord q : gen.generate(List.of(near, far), new SceneRandom(seed))) {
                if (q.questionType() == QuestionType.MIXUP_DISTANCE_BOTH) {
                    boolean dogFirst = q.question().startsWith("Is the sound of the dog");
                    boolean closer = q.question().contains("closer");
                    assertEquals(dogFirst == closer ? "Yes" : "No", q.answer(), q.question());
                }
                if (q.questionType() == QuestionType.MIXUP_NONBINARY_SOURCE
                        && q.question().equals("What is the sound on the left?")) {
                    assertEquals("cat", q.answer());
                }
            }
        }
    }

    @Test
    void directionWordsFollowEarshotAzimuth() {
        assertEquals("right, front, above; 1m", QaGenerator.doa(src("a", "x", -30, 10, 1)));
        assertEquals("left, behind, below; 1m", QaGenerator.doa(src("a", "x", 150, -10, 1)));
    }

    @Test
    void keyIsTypeDashId() {
        QaRecord r = new QaRecord("a", "b", null, null, 58, QuestionType.DOA, "q", "a");
        assertEquals("DOA-58", r.key());
    }
}
