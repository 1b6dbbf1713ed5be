package dev.earshot.data.format.spatialast;

import dev.earshot.audio.io.AudioFiles;
import dev.earshot.audio.npy.Npy;
import dev.earshot.audio.npy.NpyArray;
import dev.earshot.audio.npy.NpyDtype;
import dev.earshot.data.format.DatasetFormatException;
import dev.earshot.data.job.DatasetJob;
import dev.earshot.data.job.JobSpec;
import dev.earshot.data.job.ProgressListener;
import dev.earshot.data.scene.ReceiverPlacement;
import dev.earshot.data.scene.Scene;
import dev.earshot.data.scene.SceneSampler;
import dev.earshot.data.scene.SceneSource;
import dev.earshot.data.spatialize.ReceiverKind;
import dev.earshot.data.spatialize.SpatialClip;
import dev.earshot.data.spatialize.Spatializer;
import dev.earshot.data.testing.TestJobs;
import dev.earshot.data.testing.ToneBank;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpatialAstFormatTest {
    @TempDir
    static Path tmp;
    static ToneBank bank;
    static JobSpec spec;
    static Path out;

    @BeforeAll
    static void write() throws IOException {
        bank = ToneBank.write(tmp.resolve("bank"), 3, 1, 0.3, 16000);
        spec = TestJobs.spec(31, 3, 2, ReceiverKind.BINAURAL, 32000, ReceiverPlacement.RANDOM, 2);
        out = tmp.resolve("sast");
        new DatasetJob(bank, spec, new SpatialAstFormat(), out).run(ProgressListener.NONE);
    }

    @Test
    void writtenTargetsEqualTheEarshotLabels() throws IOException {
        List<SpatialAstItem> items = SpatialAstDataset.read(out, "train");
        SceneSampler sampler = new SceneSampler(31, bank, spec.scenes());
        int n = 0;
        for (long i = 0; i < 3; i++) {
            Scene s = sampler.sample(i);
            for (int k = 0; k < s.sources().size(); k++) {
                SpatialAstItem it = items.get(n++);
                SceneSource src = s.sources().get(k);
                assertEquals(s.name() + "-s" + k, it.id());
                assertEquals(src.labels(), it.labels());
                assertEquals(new SpatialAstTargets(SpatialAstConvention.distanceClass(src.distanceM()),
                        SpatialAstConvention.azimuthClass(src.direction().azimuthDeg()),
                        SpatialAstConvention.elevationClass(src.direction().elevationDeg())), it.targets());
            }
        }
        assertEquals(n, items.size());
    }

    @Test
    void rirIsFloat64TwoByLAndEqualsTheRender() throws IOException {
        SpatialAstItem it = SpatialAstDataset.read(out, "train").get(0);
        NpyArray a = Npy.read(it.rirPath());
        assertEquals(NpyDtype.FLOAT64, a.dtype());
        assertEquals(2, a.shape()[0]);
        SpatialClip c = new Spatializer(bank, spec.render()).render(new SceneSampler(31, bank, spec.scenes()).sample(0));
        float[][] m = Npy.readMatrix(it.rirPath());
        assertArrayEquals(c.rirs().get(0).channel(0), m[0]);
        assertArrayEquals(c.rirs().get(0).channel(1), m[1]);
        assertArrayEquals(c.dry().get(0).channel(0), AudioFiles.read(it.audioPath()).channel(0));
    }

    @Test
    void classCsvListsEveryClassByRowOrder() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(SpatialAstFormat.CLASSES));
        assertEquals("index,mid,display_name", lines.get(0));
        assertTrue(lines.get(1).startsWith("0,class"));
    }

    @Test
    void rejectsNonBinauralReceivers() {
        JobSpec foa = TestJobs.spec(1, 1, 1, ReceiverKind.FOA, 32000, ReceiverPlacement.RANDOM, 1);
        assertThrows(IllegalArgumentException.class, () -> new SpatialAstFormat().validate(foa));
    }

    @Test
    void mismatchedListLengthsAreReported() throws IOException {
        Path bad = tmp.resolve("sast-bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("x.json"), "[{\"folder\":\"a\",\"id\":\"b\",\"label\":[\"c\"]}]");
        Files.writeString(bad.resolve("x_reverberation.json"), "{\"data\": []}");
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> SpatialAstDataset.read(bad, "x"));
        assertTrue(e.getMessage().contains("x_reverberation.json"), e.getMessage());
    }
}
