package dev.earshot.data.job;

import dev.earshot.data.scene.ReceiverPlacement;
import dev.earshot.data.spatialize.ReceiverKind;
import dev.earshot.data.testing.TestJobs;
import dev.earshot.data.testing.ToneBank;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same seed gives byte-identical datasets in every format (fixed evaluation sets). */
class FixedEvalSetTest {
    @TempDir
    static Path tmp;
    static ToneBank bank;

    @BeforeAll
    static void bank() throws IOException {
        bank = ToneBank.write(tmp.resolve("bank"), 3, 1, 0.3, 16000);
    }

    @ParameterizedTest
    @CsvSource({"spatial-ast,BINAURAL,32000,RANDOM", "spatialsoundqa,BINAURAL,32000,RANDOM",
            "disse,DISSE_FOA,16000,ROOM_CENTRE"})
    void sameSeedGivesTheSameBytes(String format, ReceiverKind kind, int fs, ReceiverPlacement placement)
            throws IOException {
        JobSpec spec = TestJobs.spec(77, 3, 2, kind, fs, placement, 2);
        Path a = tmp.resolve(format + "-a");
        Path b = tmp.resolve(format + "-b");
        new DatasetJob(bank, spec, Datasets.format(format), a).run(ProgressListener.NONE);
        new DatasetJob(bank, spec, Datasets.format(format), b).run(ProgressListener.NONE);
        Map<String, byte[]> fa = TestJobs.files(a);
        Map<String, byte[]> fb = TestJobs.files(b);
        assertEquals(fa.keySet(), fb.keySet());
        assertTrue(fa.size() > 5, fa.keySet().toString());
        for (String k : fa.keySet()) {
            assertArrayEquals(fa.get(k), fb.get(k), k);
        }
    }
}
