package dev.earshot.ml.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.audio.AudioBuffer;
import dev.earshot.ml.perception.EventScore;
import dev.earshot.ml.perception.LabelledClip;
import dev.earshot.ml.perception.Perceiver;
import dev.earshot.ml.perception.Perception;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluator on hand-made perceptions whose metrics are computed by hand in the comments. */
class EvaluatorTest {
    private static final AudioBuffer AUDIO = AudioBuffer.silence(2, 100, 32000);
    private static final List<String> CLASSES = List.of("a", "b", "c");

    // truth, all at elevation 0: (az, distance, labels)
    private static final List<LabelledClip> CLIPS = List.of(
            new LabelledClip("c1", AUDIO, Set.of("a"), 0, 0, 1.0),
            new LabelledClip("c2", AUDIO, Set.of("b"), 90, 0, 2.0),
            new LabelledClip("c3", AUDIO, Set.of("a", "b"), -90, 0, 3.0),
            new LabelledClip("c4", AUDIO, Set.of("a"), 180, 0, 0.5));

    // c1: 10 deg off, distance class 2 vs rint(2.4) = 2;  c2: 30 deg up, same distance
    // c3: 30 deg off, distance class 8 vs 6 (off by 2: a DER clip);  c4: front for back, 180 deg, same distance
    private static final List<Perception> PERCEPTIONS = List.of(
            perception(0.9, 0.1, 10, 0, 1.2),
            perception(0.6, 0.8, 90, 30, 2.0),
            perception(0.6, 0.3, -60, 0, 4.0),
            perception(0.1, 0.5, 0, 0, 0.5));

    private static Perception perception(double a, double b, double az, double el, double d) {
        return new Perception(List.of(new EventScore("a", a), new EventScore("b", b)), az, el, d, 0.5);
    }

    private static EvaluationReport report() {
        return new Evaluator(CLASSES).evaluate("hand", CLIPS, PERCEPTIONS);
    }

    @Test
    void spatialMetricsEqualTheHandComputedValues() {
        EvaluationReport r = report();
        assertEquals((10 + 30 + 30 + 180) / 4.0, r.spatial().maeDeg(), 1e-9);
        assertEquals(75.0, r.spatial().er20Pct(), 0.0);
        assertEquals(25.0, r.spatial().derPct(), 0.0);
        assertEquals(List.of(10.0, 30.0, 30.0, 180.0),
                r.clips().stream().map(c -> Math.rint(c.doaErrorDeg() * 1e9) / 1e9).toList());
    }

    @Test
    void mapEqualsTheHandComputedValueWithATieAndAClassWithoutPositives() {
        // class a: scores 0.9(+) {0.6(-), 0.6(+)} 0.1(+): AP = 1/3 * 1 + 1/3 * 2/3 + 1/3 * 3/4 = 29/36
        // class b: 0.8(+) 0.5(-) 0.3(+) 0.1(-): AP = 1/2 * 1 + 1/2 * 2/3 = 5/6;  class c: no positive
        EvaluationReport r = report();
        double[] ap = r.map().perClassAp();
        assertEquals(29.0 / 36, ap[0], 1e-12);
        assertEquals(5.0 / 6, ap[1], 1e-12);
        assertTrue(Double.isNaN(ap[2]));
        assertArrayEquals(new int[] {2}, r.map().undefinedClasses());
        assertEquals((29.0 / 36 + 5.0 / 6) / 2, r.map().map(), 1e-12);
        assertEquals((29.0 / 36 + 5.0 / 6) / 3, r.map().mapUndefinedAsZero(), 1e-12);
    }

    @Test
    void tablesBinTheClipsByTrueAzimuthAndDistance() {
        EvaluationReport r = report();
        assertEquals(12, r.errorVsAzimuth().size());
        ErrorBin back = r.errorVsAzimuth().get(0); // [-180, -150): azimuth 180 lands here
        assertEquals(1, back.count());
        assertEquals(180, back.maeDeg(), 1e-9);
        ErrorBin right = r.errorVsAzimuth().get(3); // [-90, -60)
        assertEquals(1, right.count());
        assertEquals(100.0, right.derPct(), 0.0);
        assertEquals(0, r.errorVsAzimuth().get(1).count());
        assertTrue(Double.isNaN(r.errorVsAzimuth().get(1).maeDeg()));
        List<ErrorBin> dist = r.errorVsDistance();
        assertEquals(4, dist.size()); // [0,1) [1,2) [2,3) [3,4)
        assertEquals(List.of(1, 1, 1, 1), dist.stream().map(ErrorBin::count).toList());
        assertEquals(1.0, dist.get(3).distanceMaeM(), 1e-12);
        assertEquals(0.2, dist.get(1).distanceMaeM(), 1e-12);
    }

    @Test
    void jsonReportCarriesTheMetricsAndNullForUndefinedAp() throws Exception {
        JsonNode j = new ObjectMapper().readTree(report().toJsonNode().toString());
        assertEquals(62.5, j.get("metrics").get("mae_deg").asDouble(), 1e-9);
        assertEquals(75.0, j.get("metrics").get("er20_pct").asDouble(), 0.0);
        assertEquals(25.0, j.get("metrics").get("der_pct").asDouble(), 0.0);
        assertTrue(j.get("per_class_ap").get("c").isNull());
        assertEquals("c", j.get("classes_without_positives").get(0).asText());
        assertEquals(4, j.get("per_clip").size());
        assertEquals("a", j.get("per_clip").get(0).get("top_label").asText());
        assertTrue(j.get("error_vs_azimuth").get(1).get("mae_deg").isNull());
    }

    @Test
    void perceiverIsRunOnEveryClip() {
        Perceiver fixed = new Perceiver() {
            private int i;

            @Override
            public Perception perceive(AudioBuffer binaural) {
                return PERCEPTIONS.get(i++);
            }

            @Override
            public String name() {
                return "fixed";
            }
        };
        EvaluationReport r = new Evaluator(CLASSES).evaluate(fixed, CLIPS);
        assertEquals("fixed", r.perceiver());
        assertEquals(62.5, r.spatial().maeDeg(), 1e-9);
    }

    @Test
    void predictedDistancesBeyondTenMetresAreClampedToTheLastClass() {
        List<LabelledClip> one = List.of(new LabelledClip("far", AUDIO, Set.of("a"), 0, 0, 10.0));
        Perception p = new Perception(List.of(new EventScore("a", 1)), 0, 0, 25.0, 1);
        EvaluationReport r = new Evaluator(CLASSES).evaluate("x", one, List.of(p));
        assertEquals(0, r.clips().get(0).distanceClassError());
    }

    @Test
    void aTrueDistanceWithoutASpatialAstClassIsNamed() {
        List<LabelledClip> one = List.of(new LabelledClip("toofar", AUDIO, Set.of("a"), 0, 0, 12.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Evaluator(CLASSES).evaluate("x", one, List.of(PERCEPTIONS.get(0))));
        assertTrue(e.getMessage().contains("toofar"), e.getMessage());
    }

    @Test
    void comparisonJsonListsEveryPerceiver() {
        JsonNode j = EvaluationReport.comparisonJson(List.of(report(), report()));
        assertEquals(2, j.get("summary").size());
        assertEquals(62.5, j.get("summary").get(1).get("mae_deg").asDouble(), 1e-9);
    }

    @Test
    void polarPlotIsAPngWithTheClipDots(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("doa.png");
        DoaErrorPlot.write(report(), png, 300);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(300, img.getWidth());
        // c1: true azimuth 0 (up), error 10 deg: radius 120 * 10 / 180 = 6.7 px above the centre (150, 159); green
        int rgb = img.getRGB(150, 152);
        int red = (rgb >> 16) & 0xff;
        int green = (rgb >> 8) & 0xff;
        assertTrue(green > red + 60, "pixel " + Integer.toHexString(rgb));
        // c4: true azimuth 180 (down), error 180 deg: on the rim 120 px below the centre; red
        int rgb4 = img.getRGB(150, 279);
        assertTrue(((rgb4 >> 16) & 0xff) > ((rgb4 >> 8) & 0xff) + 60, "pixel " + Integer.toHexString(rgb4));
    }
}
