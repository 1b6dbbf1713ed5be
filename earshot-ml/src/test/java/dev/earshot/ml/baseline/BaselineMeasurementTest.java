package dev.earshot.ml.baseline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.ml.eval.DoaErrorPlot;
import dev.earshot.ml.eval.EvaluationReport;
import dev.earshot.ml.eval.Evaluator;
import dev.earshot.ml.perception.LabelledClip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The measurement reported in earshot-ml/docs/BASELINE.md (minutes, so off by default): 100 training and 100 test
 * clips simulated in different random rooms (see {@link SimulatedScenes#reverberant}), the baseline fitted on
 * the first and evaluated on the second; report JSON and polar plot under {@code target/baseline-measurement}.
 * Run with {@code mvn -pl earshot-ml -am test -Dtest=BaselineMeasurementTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dearshot.measure=true}.
 */
@EnabledIfSystemProperty(named = "earshot.measure", matches = "true")
class BaselineMeasurementTest {
    static final int TRAIN = 100;
    static final int TEST = 100;
    static final double SECONDS = 2.0;

    static EvaluationReport measure(Path outDir) throws Exception {
        List<LabelledClip> train = SimulatedScenes.reverberant(TRAIN, SECONDS, 1);
        List<LabelledClip> test = SimulatedScenes.reverberant(TEST, SECONDS, 2);
        ClassicalBaseline baseline = ClassicalBaseline.fit(ClassicalDoaEstimator.kemar(), train, 7);
        EvaluationReport report = Evaluator.forLabelsOf(train).evaluate(baseline, test);
        Files.createDirectories(outDir);
        report.writeJson(outDir.resolve("report.json"));
        DoaErrorPlot.write(report, outDir.resolve("doa_errors.png"), 640);
        baseline.save(outDir.resolve("baseline.json"));
        System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                report.toJsonNode().get("metrics")) + "\nper_class_ap " + report.toJsonNode().get("per_class_ap")
                + "\nerror_vs_azimuth " + report.toJsonNode().get("error_vs_azimuth")
                + "\nerror_vs_distance " + report.toJsonNode().get("error_vs_distance")
                + "\ndistance lambda " + baseline.distance().lambda());
        return report;
    }

    @Test
    void baselineBeatsChanceOnSimulatedRooms() throws Exception {
        EvaluationReport r = measure(Path.of("target", "baseline-measurement"));
        // chance: a uniformly random direction has a mean great-circle error of 90 degrees; random class scores
        // give mAP near the class prior (0.25 for four classes)
        assertTrue(r.spatial().maeDeg() < 60, "MAE " + r.spatial().maeDeg());
        assertTrue(r.map().map() > 0.8, "mAP " + r.map().map());
        assertTrue(r.spatial().derPct() < 60, "DER " + r.spatial().derPct());
    }
}
