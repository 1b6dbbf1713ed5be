package dev.earshot.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.audio.io.WavEncoding;
import dev.earshot.data.bank.BankClip;
import dev.earshot.data.bank.BankEntry;
import dev.earshot.data.bank.BankManifest;
import dev.earshot.data.bank.SoundBanks;
import dev.earshot.data.job.DatasetFormat;
import dev.earshot.data.job.DatasetJob;
import dev.earshot.data.job.DatasetSummary;
import dev.earshot.data.job.Datasets;
import dev.earshot.data.job.JobSpec;
import dev.earshot.data.job.ProgressListener;
import dev.earshot.data.scene.ReceiverPlacement;
import dev.earshot.data.scene.RoomRanges;
import dev.earshot.data.scene.SceneConfig;
import dev.earshot.data.spatialize.ReceiverKind;
import dev.earshot.data.spatialize.SpatialClip;
import dev.earshot.data.spatialize.SpatializerOptions;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spark (local[2]) against the local engine; one session for the whole class. */
class SparkDatasetJobTest {
    /** Small dry rooms (T30 150-250 ms) and half-second clips keep each scene quick. */
    static final RoomRanges SMALL_ROOMS = new RoomRanges("TEST", 15, 30, -30, 30, 0.5, 4, 150, 250, 0.05, 0.95);

    @TempDir
    static Path tmp;
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("earshot-spark-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static JobSpec spec(long seed, long count, int shardSize, ReceiverKind kind, int fs) {
        SceneConfig c = new SceneConfig(1, 2, 0.5, 10, -30, 30, SMALL_ROOMS, 3.0, 2.5, ReceiverPlacement.RANDOM, null);
        return new JobSpec(seed, count, shardSize, c, new SpatializerOptions(kind, fs, 0.5, -14), "train");
    }

    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String k : expected.keySet()) {
            assertArrayEquals(expected.get(k), actual.get(k), k);
        }
    }

    static Map<String, byte[]> localReference(String name, Path bank, JobSpec spec, String format) throws IOException {
        Path out = tmp.resolve(name);
        if (!Files.exists(out.resolve("manifest.json"))) {
            new DatasetJob(SoundBanks.openOrBuiltin(bank), spec, Datasets.format(format), out).run(ProgressListener.NONE);
        }
        return files(out);
    }

    @Test
    void nativeOutputIsByteIdenticalToTheLocalEngine() throws IOException {
        JobSpec s = spec(7, 6, 2, ReceiverKind.BINAURAL, 16000);
        Path out = tmp.resolve("spark-native");
        DatasetSummary sum = new SparkDatasetJob(spark, null, s, FormatFactory.named("native"), out)
                .run(ShardProgress.NONE);
        assertEquals(6, sum.scenes());
        assertSameFiles(localReference("local-native", null, s, "native"), files(out));
    }

    @Test
    void spatialAstOutputFromAFolderBankIsByteIdenticalToTheLocalEngine() throws IOException {
        Path bank = toneBank(tmp.resolve("tone-bank"));
        JobSpec s = spec(11, 4, 2, ReceiverKind.BINAURAL, 32000);
        Path out = tmp.resolve("spark-ast");
        new SparkDatasetJob(spark, bank, s, FormatFactory.named("spatial-ast"), out).run(ShardProgress.NONE);
        assertSameFiles(localReference("local-ast", bank, s, "spatial-ast"), files(out));
    }

    @Test
    void rerunRegeneratesOnlyTheDeletedShard() throws IOException {
        JobSpec s = spec(7, 6, 2, ReceiverKind.BINAURAL, 16000);
        Path out = tmp.resolve("spark-resume");
        new SparkDatasetJob(spark, null, s, FormatFactory.named("native"), out).run(ShardProgress.NONE);
        Map<String, byte[]> before = files(out);
        // Shard 1 holds scenes 2 and 3; delete its marker and one of its files, and date every file back.
        Files.delete(out.resolve("shards/shard-00001.json"));
        List<String> shard1 = filesOfScenes(out, 2, 4);
        assertFalse(shard1.isEmpty());
        Files.delete(out.resolve(shard1.get(0)));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        for (String f : files(out).keySet()) {
            Files.setLastModifiedTime(out.resolve(f), old);
        }
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        new SparkDatasetJob(spark, null, s, FormatFactory.named("native"), out)
                .run((shard, first, end) -> done.add(shard));
        assertEquals(List.of(1), done);
        assertSameFiles(before, files(out));
        for (String f : files(out).keySet()) {
            boolean rewritten = !Files.getLastModifiedTime(out.resolve(f)).equals(old);
            boolean expected = shard1.contains(f) || f.equals("shards/shard-00001.json") || isIndexFile(f);
            assertEquals(expected, rewritten, f);
        }
    }

    @Test
    void aCrashMidShardLeavesNoPartialShardAndARerunCompletesIt() throws IOException {
        JobSpec s = spec(7, 6, 2, ReceiverKind.BINAURAL, 16000);
        Path out = tmp.resolve("spark-crash");
        IOException e = assertThrows(IOException.class, () -> new SparkDatasetJob(spark, null, s, new CrashingNative(3), out)
                .run(ShardProgress.NONE));
        assertTrue(String.valueOf(e.getMessage()).contains("simulated crash"), e.getMessage());
        Map<String, byte[]> reference = localReference("local-native", null, s, "native");
        assertFalse(Files.exists(out.resolve("shards/shard-00001.json")));
        assertFalse(Files.exists(out.resolve("manifest.json")));
        for (Map.Entry<String, byte[]> f : files(out).entrySet()) {
            if (f.getKey().startsWith("shards/.shard-")) {
                continue; // the failed shard's temporary folder, removed by the next run
            }
            assertTrue(reference.containsKey(f.getKey()), "unexpected file " + f.getKey());
            assertArrayEquals(reference.get(f.getKey()), f.getValue(), f.getKey());
        }
        assertTrue(filesOfScenes(out, 2, 4).isEmpty());
        new SparkDatasetJob(spark, null, s, FormatFactory.named("native"), out).run(ShardProgress.NONE);
        assertSameFiles(reference, files(out));
    }

    @Test
    void staticRunUsesTheActiveSessionAndLeavesItRunning() throws IOException {
        JobSpec s = spec(7, 6, 2, ReceiverKind.BINAURAL, 16000);
        Path out = tmp.resolve("spark-static");
        DatasetSummary sum = SparkDatasetJob.run(null, s, "native", out, "local[2]", ShardProgress.NONE);
        assertEquals(6, sum.written() + sum.skipped().size());
        assertSameFiles(localReference("local-native", null, s, "native"), files(out));
        assertFalse(spark.sparkContext().isStopped());
    }

    @Test
    void anUnknownFormatIsRejectedBeforeSparkStarts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SparkDatasetJob.run(null, spec(1, 2, 1, ReceiverKind.BINAURAL, 16000), "wav",
                        tmp.resolve("never"), "local[1]", ShardProgress.NONE));
        assertTrue(e.getMessage().contains("wav"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("never")));
    }

    /** Native files (outside shards/) whose names carry one of the scene indices [first, end). */
    static List<String> filesOfScenes(Path out, long first, long end) throws IOException {
        List<String> names = new ArrayList<>();
        Map<String, byte[]> all = files(out);
        for (long i = first; i < end; i++) {
            String tag = String.format("scene-%07d", i);
            for (String f : all.keySet()) {
                if (f.startsWith("audio/") && f.contains(tag)) {
                    names.add(f);
                }
            }
        }
        return names;
    }

    static boolean isIndexFile(String f) {
        return !f.startsWith("audio/") && !f.startsWith("shards/");
    }

    /** Writes a folder bank of 3 tone classes, 2 clips each, 0.3 s at 16 kHz. */
    static Path toneBank(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<BankEntry> entries = new ArrayList<>();
        Random rng = new Random(3);
        for (int c = 0; c < 3; c++) {
            for (int k = 0; k < 2; k++) {
                float[] x = new float[4800];
                for (int i = 0; i < x.length; i++) {
                    x[i] = (float) (0.3 * Math.sin(2 * Math.PI * 300 * (c + 1) * i / 16000.0) + 0.05 * rng.nextGaussian());
                }
                String id = "t" + c + "-" + k;
                AudioFiles.writeWav(dir.resolve(id + ".wav"), AudioBuffer.mono(x, 16000), WavEncoding.PCM16);
                entries.add(new BankEntry(new BankClip(id, id + ".wav", List.of("tone" + c), "rec" + c + k, "CC0-1.0",
                        "train"), id + ".wav", 0.3));
            }
        }
        BankManifest.write(dir.resolve(BankManifest.CSV_NAME), entries);
        return dir;
    }

    /** The native format, except that writing scene {@code crashAt} leaves a half file and fails. */
    record CrashingNative(long crashAt) implements FormatFactory, DatasetFormat {
        @Override
        public DatasetFormat create() {
            return this;
        }

        @Override
        public String name() {
            return "native";
        }

        @Override
        public void validate(JobSpec spec) {
            Datasets.format("native").validate(spec);
        }

        @Override
        public List<ObjectNode> write(SpatialClip clip, Path root, JobSpec spec) throws IOException {
            if (clip.scene().index() == crashAt) {
                Files.createDirectories(root.resolve("audio"));
                Files.write(root.resolve("audio/half-written.wav"), Arrays.copyOf(new byte[] {'R', 'I', 'F', 'F'}, 4));
                throw new IOException("simulated crash at scene " + crashAt);
            }
            return Datasets.format("native").write(clip, root, spec);
        }

        @Override
        public void finish(Path outDir, List<ObjectNode> rows, JobSpec spec) throws IOException {
            Datasets.format("native").finish(outDir, rows, spec);
        }
    }
}
