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

    @BeforeAll
    static void bank() throws IOException {
        bank = ToneBank.write(tmp.resolve("bank"), 4, 2, 0.3, 16000);
    }

    private static JobSpec spec(long seed) {
        return TestJobs.spec(seed, 5, 2, ReceiverKind.FOA, 16000, ReceiverPlacement.RANDOM, 2);
    }

    @Test
    void sameSeedGivesByteIdenticalDatasets() throws IOException {
        Path a = tmp.resolve("same-a");
        Path b = tmp.resolve("same-b");
        new DatasetJob(bank, spec(3), new NativeFormat(), a).run(ProgressListener.NONE);
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
        Path a = tmp.resolve("order-a");
        Path b = tmp.resolve("order-b");
        new DatasetJob(bank, spec(4), new NativeFormat(), a).run(ProgressListener.NONE);
        DatasetJob job = new DatasetJob(bank, spec(4), new NativeFormat(), b);
        for (int s = job.shardCount() - 1; s >= 0; s--) {
            job.runShard(s, ProgressListener.NONE);
        }
        job.finish();
        Map<String, byte[]> fa = TestJobs.files(a);
        Map<String, byte[]> fb = TestJobs.files(b);
        assertEquals(fa.keySet(), fb.keySet());
        for (String k : fa.keySet()) {
            assertArrayEquals(fa.get(k), fb.get(k), k);
        }
    }

    @Test
    void shardsRunConcurrentlyGiveTheSameBytesAsOneThread() throws Exception {
        Path a = tmp.resolve("conc-a");
        Path b = tmp.resolve("conc-b");
        new DatasetJob(bank, spec(10), new NativeFormat(), a).run(ProgressListener.NONE);
        DatasetJob job = new DatasetJob(bank, spec(10), new NativeFormat(), b);
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
        Map<String, byte[]> fa = TestJobs.files(a);
        Map<String, byte[]> fb = TestJobs.files(b);
        assertEquals(fa.keySet(), fb.keySet());
        for (String k : fa.keySet()) {
            assertArrayEquals(fa.get(k), fb.get(k), k);
        }
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
        JobSpec s = TestJobs.spec(8, 12, 5, ReceiverKind.FOA, 16000, ReceiverPlacement.RANDOM, 3);
        Path out = tmp.resolve("bad");
        DatasetSummary sum = new DatasetJob(withGhost, s, new NativeFormat(), out).run(ProgressListener.NONE);
        assertFalse(sum.skipped().isEmpty(), "seed 8 should draw the ghost clip at least once");
        assertEquals(12, sum.written() + sum.skipped().size());
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
    void manifestCarriesSeedVersionAndParameters() throws IOException {
        Path out = tmp.resolve("manifest");
        new DatasetJob(bank, spec(9), new NativeFormat(), out).run(ProgressListener.NONE);
        JsonNode m = Json.read(out.resolve("manifest.json"));
        assertEquals(9, m.get("seed").asLong());
        assertEquals(DatasetJob.VERSION, m.get("version").asText());
        assertEquals("native", m.get("format").asText());
        assertEquals("FOA", m.get("parameters").get("render").get("receiver").asText());
        assertEquals(250.0, m.get("parameters").get("scenes").get("rooms").get("t30MaxMs").asDouble());
        assertEquals(5, m.get("counts").get("scenes").asInt());
    }
}
