package dev.earshot.data.format.spatialsoundqa;

import dev.earshot.audio.io.AudioFiles;
import dev.earshot.audio.npy.Npy;
import dev.earshot.data.format.DatasetFormatException;
import dev.earshot.data.job.DatasetJob;
import dev.earshot.data.job.JobSpec;
import dev.earshot.data.job.ProgressListener;
import dev.earshot.data.scene.ReceiverPlacement;
import dev.earshot.data.spatialize.ReceiverKind;
import dev.earshot.data.testing.TestJobs;
import dev.earshot.data.testing.ToneBank;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpatialSoundQaFormatTest {
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void write() throws IOException {
        ToneBank bank = ToneBank.write(tmp.resolve("bank"), 3, 1, 0.3, 16000);
        JobSpec spec = TestJobs.spec(41, 4, 2, ReceiverKind.BINAURAL, 32000, ReceiverPlacement.RANDOM, 2);
        out = tmp.resolve("qa");
        new DatasetJob(bank, spec, new SpatialSoundQaFormat(), out).run(ProgressListener.NONE);
    }

    @Test
    void stagesHoldTheirLettersNumberedFromZero() throws IOException {
        for (Stage stage : Stage.values()) {
            List<QaRecord> r = SpatialSoundQaDataset.read(out, stage, "train");
            assertFalse(r.isEmpty(), stage.name());
            for (int i = 0; i < r.size(); i++) {
                assertEquals(i, r.get(i).questionId());
                assertTrue(stage.includes(r.get(i).questionType()));
            }
        }
        assertTrue(SpatialSoundQaDataset.read(out, Stage.STAGE3, "train").size()
                >= SpatialSoundQaDataset.read(out, Stage.STAGE1, "train").size());
    }

    @Test
    void recordsPointAtExistingAudioAndReverbs() throws IOException {
        for (QaRecord r : SpatialSoundQaDataset.read(out, Stage.STAGE3, "train")) {
            assertTrue(Files.exists(out.resolve(r.audioId() + ".wav")), r.audioId());
            assertEquals(2, Npy.readMatrix(out.resolve("binaural").resolve(r.reverbId())).length);
            if (r.audioId2() != null) {
                assertEquals(32000, AudioFiles.read(out.resolve(r.audioId2() + ".wav")).sampleRateHz());
            }
        }
    }

    @Test
    void writtenJsonRoundTrips() throws IOException {
        Path f = out.resolve("stage3-mixup/train.json");
        List<QaRecord> r = SpatialSoundQaDataset.read(f);
        Path copy = tmp.resolve("copy.json");
        com.fasterxml.jackson.databind.node.ObjectNode doc = dev.earshot.data.format.Json.object();
        com.fasterxml.jackson.databind.node.ArrayNode data = doc.putArray("data");
        r.forEach(x -> data.add(SpatialSoundQaFormat.toJson(x)));
        dev.earshot.data.format.Json.writePretty(copy, doc);
        assertEquals(Files.readString(f), Files.readString(copy));
    }

    @Test
    void unknownQuestionTypeIsNamed() throws IOException {
        Path f = tmp.resolve("bad.json");
        Files.writeString(f, "{\"data\":[{\"audio_id\":\"a\",\"reverb_id\":\"b\",\"audio_id2\":null,"
                + "\"reverb_id2\":null,\"question_id\":0,\"question_type\":\"WHAT\",\"question\":\"q\",\"answer\":\"a\"}]}");
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> SpatialSoundQaDataset.read(f));
        assertTrue(e.getMessage().contains("question_type") && e.getMessage().contains("WHAT"), e.getMessage());
    }
}
