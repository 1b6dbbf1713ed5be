package dev.earshot.data.job;

import com.fasterxml.jackson.databind.JsonNode;
import dev.earshot.data.bank.BankClip;
import dev.earshot.data.format.Json;
import dev.earshot.data.format.earshot.NativeFormat;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetJobTest {
    @TempDir
    static Path tmp;
    static ToneBank bank;
    static Path reference;

    @BeforeAll
    static void bank() throws IOException {
        bank = ToneBank.write(tmp.resolve("bank"), 4, 2, 0.3, 16000);
        reference = tmp.resolve("reference");
        new DatasetJob(bank, spec(3), new NativeFormat(), reference).run(ProgressListener.NONE);
    }

    private static void assertSameFiles(Path a, Path b) throws IOException {
        Map<String, byte[]> fa = TestJobs.files(a);
        Map<String, byte[]> fb = TestJobs.files(b);
        assertEquals(fa.keySet(), fb.keySet());
        for (String k : fa.keySet()) {
            assertArrayEquals(fa.get(k), fb.get(k), k);
        }
    }

    private static JobSpec spec(long seed) {
        return TestJobs.spec(seed, 5, 2, ReceiverKind.FOA, 16000, ReceiverPlacement.RANDOM, 2);
    }

    @Test
    void sameSeedGivesByteIdenticalDatasets() throws IOException {
        Path a = reference;
        Path b = tmp.resolve("same-b");
        new DatasetJob(bank, spec(3), new NativeFormat(), b).run(ProgressListener.NONE);
        Map<String, byte[]> fa = TestJobs.files(a);
        Map<String, byte[]> fb = TestJobs.files(b);
        assertEquals(fa.keySet(), fb.keySet());
        assertTrue(fa.containsKey("manifest.json") && fa.containsKey("labels.jsonl"));
        for (String k : fa.keySet()) {
            assertArrayEquals(fa.get(k), fb.get(k), k);
        }
    }

    @Test
    void shardsRunInAnyOrderGiveTheSameBytes() throws IOException {
        Path b = tmp.resolve("order-b");
        DatasetJob job = new DatasetJob(bank, spec(3), new NativeFormat(), b);
        for (int s = job.shardCount() - 1; s >= 0; s--) {
            job.runShard(s, ProgressListener.NONE);
        }
        job.finish();
        assertSameFiles(reference, b);
    }

    @Test
    void shardsRunConcurrentlyGiveTheSameBytesAsOneThread() throws Exception {
        Path b = tmp.resolve("conc-b");
        DatasetJob job = new DatasetJob(bank, spec(3), new NativeFormat(), b);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<ShardResult>> done = new ArrayList<>();
            for (int s = 0; s < job.shardCount(); s++) {
                int shard = s;
                done.add(pool.submit(() -> job.runShard(shard, ProgressListener.NONE)));
            }
            for (java.util.concurrent.Future<ShardResult> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        job.finish();
        assertSameFiles(reference, b);
    }

    @Test
    void rerunSkipsFinishedShardsAndCleansPartialOnes() throws IOException {
        Path out = tmp.resolve("resume");
        DatasetJob job = new DatasetJob(bank, spec(5), new NativeFormat(), out);
        job.runShard(0, ProgressListener.NONE);
        Path partial = out.resolve("shards/.shard-00001.partial");
        Files.createDirectories(partial);
        Files.writeString(partial.resolve("junk.txt"), "left over from a crash");
        List<Long> rendered = new ArrayList<>();
        new DatasetJob(bank, spec(5), new NativeFormat(), out).run((i, w, s) -> rendered.add(i));
        assertEquals(List.of(2L, 3L, 4L), rendered);
        assertFalse(Files.exists(partial));
        assertFalse(Files.exists(out.resolve("junk.txt")));
    }

    @Test
    void finishRefusesWhileShardsAreMissing() throws IOException {
        DatasetJob job = new DatasetJob(bank, spec(6), new NativeFormat(), tmp.resolve("missing"));
        job.runShard(0, ProgressListener.NONE);
        IllegalStateException e = assertThrows(IllegalStateException.class, job::finish);
        assertTrue(e.getMessage().contains("[1, 2]"), e.getMessage());
    }

    @Test
    void badClipsAreSkippedAndListedInTheManifest() throws IOException {
        ToneBank withGhost = bank.with(new BankClip("ghost", "missing/ghost.wav", List.of("ghostclass"), "g",
                "CC0-1.0", "train"));
        JobSpec s = TestJobs.spec(8, 8, 4, ReceiverKind.FOA, 16000, ReceiverPlacement.RANDOM, 3);
        Path out = tmp.resolve("bad");
        DatasetSummary sum = new DatasetJob(withGhost, s, new NativeFormat(), out).run(ProgressListener.NONE);
        assertFalse(sum.skipped().isEmpty(), "seed 8 should draw the ghost clip at least once");
        assertEquals(8, sum.written() + sum.skipped().size());
        JsonNode m = Json.read(out.resolve("manifest.json"));
        assertEquals(sum.skipped().size(), m.get("counts").get("skipped").asInt());
        assertEquals(sum.written(), m.get("counts").get("written").asLong());
        for (JsonNode k : m.get("skipped")) {
            assertEquals("ghost", k.get("clipId").asText());
            assertTrue(k.get("reason").asText().contains("missing/ghost.wav"));
        }
        assertEquals(sum.written(), Json.readLines(out.resolve("labels.jsonl")).size());
    }

    @Test
    void manifestRebuildsTheSpecExactly() throws IOException {
        Path m = reference.resolve("manifest.json");
        assertEquals(spec(3), DatasetJob.specFromManifest(m, Json.read(m)));
    }

    @Test
    void manifestCarriesSeedVersionAndParameters() throws IOException {
        JsonNode m = Json.read(reference.resolve("manifest.json"));
        assertEquals(3, m.get("seed").asLong());
        assertEquals(DatasetJob.VERSION, m.get("version").asText());
        assertEquals("native", m.get("format").asText());
        assertEquals("FOA", m.get("parameters").get("render").get("receiver").asText());
        assertEquals(250.0, m.get("parameters").get("scenes").get("rooms").get("t30MaxMs").asDouble());
        assertEquals(5, m.get("counts").get("scenes").asInt());
    }
}
