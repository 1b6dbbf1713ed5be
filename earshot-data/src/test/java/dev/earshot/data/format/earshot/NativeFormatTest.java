package dev.earshot.data.format.earshot;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.data.format.DatasetFormatException;
import dev.earshot.data.job.DatasetJob;
import dev.earshot.data.job.JobSpec;
import dev.earshot.data.job.ProgressListener;
import dev.earshot.data.scene.ReceiverPlacement;
import dev.earshot.data.scene.SceneSampler;
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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeFormatTest {
    @TempDir
    static Path tmp;
    static ToneBank bank;
    static JobSpec spec;
    static Path out;

    @BeforeAll
    static void write() throws IOException {
        bank = ToneBank.write(tmp.resolve("bank"), 3, 2, 0.3, 16000);
        spec = TestJobs.spec(21, 4, 3, ReceiverKind.BINAURAL, 16000, ReceiverPlacement.RANDOM, 2);
        out = tmp.resolve("native");
        new DatasetJob(bank, spec, new NativeFormat(), out).run(ProgressListener.NONE);
    }

    @Test
    void readBackScenesEqualTheSampledScenes() throws IOException {
        NativeDataset d = NativeDataset.read(out);
        assertEquals(4, d.items().size());
        SceneSampler sampler = new SceneSampler(21, bank, spec.scenes());
        for (NativeItem it : d.items()) {
            assertEquals(sampler.sample(it.scene().index()), it.scene());
        }
    }

    @Test
    void readBackLabelsAndAudioEqualARenderOfTheScene() throws IOException {
        NativeItem it = NativeDataset.read(out).items().get(1);
        SpatialClip c = new Spatializer(bank, spec.render()).render(it.scene());
        assertEquals(c.labels(), it.labels());
        AudioBuffer audio = AudioFiles.read(it.audio());
        assertEquals(2, audio.channels());
        assertEquals(16000, audio.sampleRateHz());
        assertArrayEquals(c.mix().channel(0), audio.channel(0));
        assertArrayEquals(c.mix().channel(1), audio.channel(1));
    }

    @Test
    void malformedLabelLineNamesFileAndLine() throws IOException {
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        Files.copy(out.resolve("manifest.json"), bad.resolve("manifest.json"));
        Files.writeString(bad.resolve(NativeFormat.LABELS), "{\"scene\": \"x\"}\n");
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> NativeDataset.read(bad));
        assertTrue(e.getMessage().contains(NativeFormat.LABELS) && e.getMessage().contains("room"), e.getMessage());
    }
}
