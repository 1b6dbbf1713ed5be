package dev.earshot.data.format.disse;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.data.job.DatasetJob;
import dev.earshot.data.job.JobSpec;
import dev.earshot.data.job.ProgressListener;
import dev.earshot.data.scene.ReceiverPlacement;
import dev.earshot.data.scene.Scene;
import dev.earshot.data.scene.SceneRandom;
import dev.earshot.data.scene.SceneSampler;
import dev.earshot.data.scene.SceneSource;
import dev.earshot.data.spatialize.ReceiverKind;
import dev.earshot.data.testing.TestJobs;
import dev.earshot.data.testing.ToneBank;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DisseFormatTest {
    @TempDir
    static Path tmp;
    static ToneBank bank;
    static JobSpec spec;
    static Path out;

    @BeforeAll
    static void write() throws IOException {
        bank = ToneBank.write(tmp.resolve("bank"), 3, 1, 0.3, 16000);
        spec = TestJobs.spec(51, 3, 2, ReceiverKind.DISSE_FOA, 16000, ReceiverPlacement.ROOM_CENTRE, 2);
        out = tmp.resolve("disse");
        new DatasetJob(bank, spec, new DisseFormat(), out).run(ProgressListener.NONE);
    }

    private static List<SceneSource> sources(List<Scene> scenes) {
        List<SceneSource> all = new ArrayList<>();
        scenes.forEach(s -> all.addAll(s.sources()));
        return all;
    }

    @Test
    void catalogRowsFollowTheScenesInDisseConvention() throws IOException {
        SceneSampler sampler = new SceneSampler(51, bank, spec.scenes());
        List<Scene> scenes = List.of(sampler.sample(0), sampler.sample(1), sampler.sample(2));
        List<RirCatalogRow> cat = RirCatalog.read(out.resolve("rir_catalog_train.csv"));
        List<SceneSource> src = sources(scenes);
        assertEquals(src.size(), cat.size());
        for (int i = 0; i < cat.size(); i++) {
            RirCatalogRow r = cat.get(i);
            assertEquals(Math.rint(-src.get(i).direction().azimuthDeg()), r.azimuthDeg(), 1e-9);
            assertEquals(r.azimuthDeg(), DisseConvention.catalogAzimuthDeg(r.sourcePosM(), r.dimensionsM()), 0.6);
            assertEquals(src.get(i).distanceM(), r.distanceM(), 0.0006);
            assertEquals(16000, r.sampleRateHz());
            assertEquals(8, r.roomId().length());
        }
    }

    @Test
    void manifestCaptionsAreTheCatalogRowsCaptions() throws IOException {
        List<DisseManifestRow> m = DisseDataset.readManifest(out.resolve("manifest.csv"));
        List<RirCatalogRow> cat = RirCatalog.read(out.resolve("rir_catalog_train.csv"));
        SceneSampler sampler = new SceneSampler(51, bank, spec.scenes());
        int row = 0;
        for (long i = 0; i < 3; i++) {
            Scene s = sampler.sample(i);
            for (int k = 0; k < s.sources().size(); k++) {
                String orig = String.join(" and ", s.sources().get(k).labels()).toLowerCase(Locale.ROOT);
                String expected = Captioner.caption(orig, cat.get(row).captionMeta(),
                        SceneRandom.of(51, i).child("caption" + k)::nextInt);
                assertEquals(expected, m.get(row).text());
                assertEquals(row, m.get(row).spatialId());
                assertEquals(cat.get(row).rirPath(), m.get(row).rirPath());
                row++;
            }
        }
        assertEquals(row, m.size());
    }

    @Test
    void foaFilesHoldFourChannelsAndRirsAFormat() throws IOException {
        DisseManifestRow r = DisseDataset.readManifest(out.resolve("manifest.csv")).get(0);
        AudioBuffer foa = AudioFiles.read(out.resolve(r.foaPath()));
        assertEquals(4, foa.channels());
        assertEquals(8000, foa.frames());
        assertEquals(4, AudioFiles.read(out.resolve(r.rirPath())).channels());
        assertEquals(1, AudioFiles.read(out.resolve(r.dryPath())).channels());
    }

    @Test
    void requiresRoomCentrePlacement() {
        JobSpec random = TestJobs.spec(1, 1, 1, ReceiverKind.DISSE_FOA, 16000, ReceiverPlacement.RANDOM, 1);
        assertThrows(IllegalArgumentException.class, () -> new DisseFormat().validate(random));
    }
}
