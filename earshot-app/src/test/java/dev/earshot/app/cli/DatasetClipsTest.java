package dev.earshot.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.ml.perception.LabelledClip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both dataset layouts of {@code earshot simulate}, read back by {@link DatasetClips}. The same seed gives the
 * same scenes in both layouts, so the Spatial-AST reading (dry WAV convolved with the stored RIR, positions
 * rotated from Spatial-AST axes) is checked against the native reading of the simulator's own mix.
 */
class DatasetClipsTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void simulate() {
        for (String f : new String[] {"native", "spatial-ast"}) {
            CliTestSupport.Run r = CliTestSupport.run("simulate", "--count", "3", "--seconds", "0.5", "--seed", "5",
                    "--format", f, "--quiet", "-o", dir.resolve(f).toString());
            assertEquals(0, r.exitCode(), r.err());
        }
    }

    @Test
    void detectsBothLayoutsFromTheManifest() throws Exception {
        assertEquals(DatasetClips.Layout.NATIVE, DatasetClips.detect(dir.resolve("native")).layout());
        DatasetClips.Detected d = DatasetClips.detect(dir.resolve("spatial-ast"));
        assertEquals(DatasetClips.Layout.SPATIAL_AST, d.layout());
        assertEquals("train", d.split());
    }

    @Test
    void spatialAstSourceZeroHasTheNativePrimaryDirectionAndDistance() throws Exception {
        Map<String, LabelledClip> nat = byScene(DatasetClips.read(dir.resolve("native"), 100), ".wav");
        Map<String, List<LabelledClip>> sa = DatasetClips.read(dir.resolve("spatial-ast"), 100).stream()
                .collect(Collectors.groupingBy(c -> c.id().substring(0, c.id().lastIndexOf("-s")), TreeMap::new,
                        Collectors.toList()));
        assertEquals(nat.keySet(), sa.keySet());
        for (var e : nat.entrySet()) {
            LabelledClip n = e.getValue();
            LabelledClip s0 = sa.get(e.getKey()).stream().filter(c -> c.id().endsWith("-s0")).findFirst().orElseThrow();
            assertEquals(n.distanceM(), s0.distanceM(), 1e-9, e.getKey());
            assertEquals(n.elevationDeg(), s0.elevationDeg(), 1e-6, e.getKey());
            assertEquals(0, angleDiff(n.azimuthDeg(), s0.azimuthDeg()), 1e-6, e.getKey());
            assertTrue(n.labels().containsAll(s0.labels()), e.getKey());
        }
    }

    @Test
    void meanOfSpatialAstSourcesEqualsTheNativeMix() throws Exception {
        Map<String, LabelledClip> nat = byScene(DatasetClips.read(dir.resolve("native"), 100), ".wav");
        List<LabelledClip> sa = DatasetClips.read(dir.resolve("spatial-ast"), 100);
        for (var e : nat.entrySet()) {
            List<LabelledClip> parts = new ArrayList<>();
            sa.stream().filter(c -> c.id().startsWith(e.getKey() + "-s")).forEach(parts::add);
            float[][] want = e.getValue().binaural().samples();
            double peak = 0;
            double maxErr = 0;
            for (int c = 0; c < 2; c++) {
                for (int i = 0; i < want[c].length; i++) {
                    double sum = 0;
                    for (LabelledClip p : parts) {
                        sum += p.binaural().channel(c)[i];
                    }
                    peak = Math.max(peak, Math.abs(want[c][i]));
                    maxErr = Math.max(maxErr, Math.abs(sum / parts.size() - want[c][i]));
                }
            }
            assertTrue(maxErr < 1e-4 * peak, e.getKey() + ": max error " + maxErr + " vs peak " + peak);
            assertEquals(32000, parts.get(0).binaural().sampleRateHz());
            assertEquals(want[0].length, parts.get(0).binaural().frames());
        }
    }

    @Test
    void spatialAstFolderWithoutManifestIsDetectedFromItsIndexFiles() throws Exception {
        Path copy = dir.resolve("sa-no-manifest");
        copyTree(dir.resolve("spatial-ast"), copy);
        Files.delete(copy.resolve("manifest.json"));
        DatasetClips.Detected d = DatasetClips.detect(copy);
        assertEquals(DatasetClips.Layout.SPATIAL_AST, d.layout());
        assertEquals("train", d.split());
        assertEquals(DatasetClips.read(dir.resolve("spatial-ast"), 2).get(1).labels(), DatasetClips.read(copy, 2).get(1).labels());
    }

    @Test
    void unknownLayoutIsRefusedNamingBothExpectedLayouts() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        UserInputException e = assertThrows(UserInputException.class, () -> DatasetClips.read(empty, 10));
        assertTrue(e.getMessage().contains("unknown dataset layout") && e.getMessage().contains("native")
                && e.getMessage().contains("<split>_reverberation.json"), e.getMessage());
    }

    @Test
    void unsupportedManifestFormatIsRefusedNamingTheField() throws Exception {
        Path f = Files.createDirectories(dir.resolve("disse"));
        Files.writeString(f.resolve("manifest.json"), "{\"format\": \"disse\"}");
        UserInputException e = assertThrows(UserInputException.class, () -> DatasetClips.read(f, 10));
        assertTrue(e.getMessage().contains("\"format\"") && e.getMessage().contains("\"disse\""), e.getMessage());
    }

    @Test
    void missingFolderIsRefused() {
        UserInputException e = assertThrows(UserInputException.class, () -> DatasetClips.read(dir.resolve("nope"), 10));
        assertTrue(e.getMessage().contains("no such dataset folder"), e.getMessage());
    }

    @Test
    void evalReadsASpatialAstDataset() {
        CliTestSupport.Run r = CliTestSupport.run("eval", "--data", dir.resolve("spatial-ast").toString(), "--train",
                dir.resolve("spatial-ast").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("clips from") && r.out().contains("classical-baseline"), r.out());
    }

    private static Map<String, LabelledClip> byScene(List<LabelledClip> clips, String suffix) {
        Map<String, LabelledClip> m = new TreeMap<>();
        clips.forEach(c -> m.put(c.id().substring(0, c.id().length() - suffix.length()), c));
        return m;
    }

    private static double angleDiff(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return Math.min(d, 360 - d);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
