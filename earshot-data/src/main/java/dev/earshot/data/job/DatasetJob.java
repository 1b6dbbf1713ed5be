package dev.earshot.data.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.data.bank.SoundBank;
import dev.earshot.data.format.DatasetFormatException;
import dev.earshot.data.format.Json;
import dev.earshot.data.scene.Scene;
import dev.earshot.data.scene.SceneConfig;
import dev.earshot.data.scene.SceneSampler;
import dev.earshot.data.spatialize.BadClipException;
import dev.earshot.data.spatialize.SpatialClip;
import dev.earshot.data.spatialize.Spatializer;
import dev.earshot.data.spatialize.SpatializerOptions;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates scenes {@code 0..count-1} into a folder with one {@link DatasetFormat}, in shards of
 * {@code shardSize} scenes.
 *
 * <p>A shard is rendered into {@code shards/.shard-NNNNN.partial/}, its files are then moved into their
 * places in the dataset folder, and finally its marker {@code shards/shard-NNNNN.json} (index rows,
 * counts, skipped items) is written atomically: a shard counts as done only once its marker exists, so
 * an interrupted job re-run regenerates exactly the unfinished shards (their files are overwritten with
 * identical bytes) and skips the finished ones. A scene with a bad clip is skipped and reported. At the
 * end {@link #finish()} writes the format's index files and {@code manifest.json} (format, version, seed,
 * parameters, counts, skipped items). Output depends only on the bank, the spec and the format, never on
 * the order or placement of shard runs; shards may run concurrently (each on its own thread or machine).
 */
public final class DatasetJob {
    /** Version written into manifests. */
    public static final String VERSION = "0.1.0";
    /** Folder (inside the dataset folder) holding shard markers and temporary shard folders. */
    public static final String SHARDS_DIR = "shards";
    private final SceneSampler sampler;
    private final Spatializer spatializer;
    private final JobSpec spec;
    private final DatasetFormat format;
    private final Path outDir;

    /**
     * @param bank   the sound bank
     * @param spec   what to generate
     * @param format how to write it
     * @param outDir dataset folder (created if missing)
     * @throws IllegalArgumentException if the format rejects the spec or the bank has no usable clips
     */
    public DatasetJob(SoundBank bank, JobSpec spec, DatasetFormat format, Path outDir) {
        format.validate(spec);
        this.sampler = new SceneSampler(spec.seed(), bank, spec.scenes());
        this.spatializer = new Spatializer(bank, spec.render());
        this.spec = spec;
        this.format = format;
        this.outDir = outDir;
    }

    /** @return the job spec */
    public JobSpec spec() {
        return spec;
    }

    /** @return the number of shards */
    public int shardCount() {
        return spec.shardCount();
    }

    /**
     * @param shard shard number
     * @return true if the shard's marker exists (its files are all in place)
     */
    public boolean isShardDone(int shard) {
        return Files.exists(marker(shard));
    }

    /**
     * Renders and writes one shard unless it is already done.
     *
     * @param shard    shard number, {@code 0..shardCount()-1}
     * @param progress called after each scene
     * @return what the shard holds
     * @throws IOException if writing fails (the shard then stays unfinished)
     */
    public ShardResult runShard(int shard, ProgressListener progress) throws IOException {
        if (shard < 0 || shard >= shardCount()) {
            throw new IllegalArgumentException("shard must be in [0, " + shardCount() + "), got " + shard);
        }
        if (isShardDone(shard)) {
            return readMarker(shard, true);
        }
        Path shards = outDir.resolve(SHARDS_DIR);
        Files.createDirectories(shards);
        Path tmp = shards.resolve(String.format(".shard-%05d.partial", shard));
        deleteTree(tmp);
        Files.createDirectories(tmp);
        long first = (long) shard * spec.shardSize();
        long end = Math.min(spec.count(), first + spec.shardSize());
        ArrayNode rows = Json.array();
        List<SkippedItem> skipped = new ArrayList<>();
        long written = 0;
        for (long i = first; i < end; i++) {
            Scene scene = sampler.sample(i);
            SpatialClip clip;
            try {
                clip = spatializer.render(scene);
            } catch (BadClipException e) {
                SkippedItem s = new SkippedItem(i, e.clipId(), e.getMessage());
                skipped.add(s);
                progress.sceneDone(i, false, s);
                continue;
            }
            for (ObjectNode row : format.write(clip, tmp, spec)) {
                rows.add(row);
            }
            written++;
            progress.sceneDone(i, true, null);
        }
        moveInto(tmp, outDir);
        deleteTree(tmp);
        ObjectNode m = Json.object();
        m.put("shard", shard);
        m.put("first", first);
        m.put("end", end);
        m.put("written", written);
        m.set("skipped", skippedJson(skipped));
        m.set("rows", rows);
        Json.writePretty(marker(shard), m);
        return new ShardResult(shard, written, skipped, false);
    }

    /**
     * Runs every unfinished shard in order on this thread, then {@link #finish()}.
     *
     * @param progress called after each rendered scene
     * @return the manifest summary
     * @throws IOException if writing fails
     */
    public DatasetSummary run(ProgressListener progress) throws IOException {
        for (int s = 0; s < shardCount(); s++) {
            runShard(s, progress);
        }
        return finish();
    }

    /**
     * Writes the format's index files and {@code manifest.json} from the shard markers.
     *
     * @return counts and skipped items
     * @throws IllegalStateException if a shard is not done
     * @throws IOException           if reading markers or writing fails
     */
    public DatasetSummary finish() throws IOException {
        List<Integer> missing = new ArrayList<>();
        for (int s = 0; s < shardCount(); s++) {
            if (!isShardDone(s)) {
                missing.add(s);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("cannot finish " + outDir + ": shards not done: " + missing);
        }
        List<ObjectNode> rows = new ArrayList<>();
        List<SkippedItem> skipped = new ArrayList<>();
        long written = 0;
        for (int s = 0; s < shardCount(); s++) {
            JsonNode m = Json.read(marker(s));
            for (JsonNode r : m.get("rows")) {
                rows.add((ObjectNode) r);
            }
            ShardResult r = readMarker(s, true);
            skipped.addAll(r.skipped());
            written += r.written();
        }
        format.finish(outDir, rows, spec);
        ObjectNode manifest = Json.object();
        manifest.put("format", format.name());
        manifest.put("generator", "earshot-data");
        manifest.put("version", VERSION);
        manifest.put("seed", spec.seed());
        manifest.put("count", spec.count());
        manifest.put("shardSize", spec.shardSize());
        manifest.put("split", spec.split());
        manifest.set("parameters", parameters(spec));
        ObjectNode counts = manifest.putObject("counts");
        counts.put("scenes", spec.count());
        counts.put("written", written);
        counts.put("skipped", skipped.size());
        manifest.set("skipped", skippedJson(skipped));
        Json.writePretty(outDir.resolve("manifest.json"), manifest);
        return new DatasetSummary(spec.count(), written, skipped);
    }

    private Path marker(int shard) {
        return outDir.resolve(SHARDS_DIR).resolve(String.format("shard-%05d.json", shard));
    }

    private ShardResult readMarker(int shard, boolean reused) throws IOException {
        Path f = marker(shard);
        JsonNode m = Json.read(f);
        List<SkippedItem> skipped = new ArrayList<>();
        JsonNode s = Json.need(f, m, "skipped");
        for (JsonNode n : s) {
            skipped.add(new SkippedItem((long) Json.number(f, n, "scene"), Json.text(f, n, "clipId"),
                    Json.text(f, n, "reason")));
        }
        double written = Json.number(f, m, "written");
        if (Double.isNaN(written)) {
            throw new DatasetFormatException(f, "written", "a count");
        }
        return new ShardResult(shard, (long) written, skipped, reused);
    }

    private static ArrayNode skippedJson(List<SkippedItem> skipped) {
        ArrayNode a = Json.array();
        for (SkippedItem s : skipped) {
            ObjectNode o = a.addObject();
            o.put("scene", s.sceneIndex());
            o.put("clipId", s.clipId());
            o.put("reason", s.reason());
        }
        return a;
    }

    /**
     * The generation parameters as JSON (written into manifests).
     *
     * @param spec the job
     * @return an object with the scene and render settings
     */
    public static ObjectNode parameters(JobSpec spec) {
        ObjectNode p = Json.object();
        SceneConfig c = spec.scenes();
        ObjectNode sc = p.putObject("scenes");
        sc.put("minSources", c.minSources());
        sc.put("maxSources", c.maxSources());
        sc.put("distMinM", c.distMinM());
        sc.put("distMaxM", c.distMaxM());
        sc.put("elMinDeg", c.elMinDeg());
        sc.put("elMaxDeg", c.elMaxDeg());
        sc.put("roomHeightM", c.roomHeightM());
        sc.put("maxAspect", c.maxAspect());
        sc.put("placement", c.placement().name());
        if (c.split() == null) {
            sc.putNull("bankSplit");
        } else {
            sc.put("bankSplit", c.split());
        }
        ObjectNode r = sc.putObject("rooms");
        r.put("split", c.rooms().split());
        r.put("areaMinM2", c.rooms().areaMinM2());
        r.put("areaMaxM2", c.rooms().areaMaxM2());
        r.put("elMinDeg", c.rooms().elMinDeg());
        r.put("elMaxDeg", c.rooms().elMaxDeg());
        r.put("distMinM", c.rooms().distMinM());
        r.put("distMaxM", c.rooms().distMaxM());
        r.put("t30MinMs", c.rooms().t30MinMs());
        r.put("t30MaxMs", c.rooms().t30MaxMs());
        r.put("absMin", c.rooms().absMin());
        r.put("absMax", c.rooms().absMax());
        SpatializerOptions o = spec.render();
        ObjectNode ro = p.putObject("render");
        ro.put("receiver", o.receiver().name());
        ro.put("sampleRateHz", o.sampleRateHz());
        ro.put("clipSeconds", o.clipSeconds());
        ro.put("targetDbfs", o.targetDbfs());
        ro.put("simulation", "hybrid image sources + diffuse tail, 80 ms transition, automatic length");
        return p;
    }

    /**
     * Rebuilds the job spec from a manifest written by {@link #finish()} (its seed, count, shard size,
     * split and {@link #parameters(JobSpec) parameters}), so a dataset can be regenerated exactly.
     *
     * @param manifestFile the {@code manifest.json} (for error messages)
     * @param manifest     its parsed content
     * @return the spec
     * @throws DatasetFormatException naming the field when something is missing or invalid
     */
    public static JobSpec specFromManifest(Path manifestFile, JsonNode manifest) throws DatasetFormatException {
        Path f = manifestFile;
        JsonNode p = Json.need(f, manifest, "parameters");
        JsonNode sc = Json.need(f, p, "scenes");
        JsonNode r = Json.need(f, sc, "rooms");
        JsonNode ro = Json.need(f, p, "render");
        try {
            dev.earshot.data.scene.RoomRanges rooms = new dev.earshot.data.scene.RoomRanges(Json.text(f, r, "split"),
                    Json.number(f, r, "areaMinM2"), Json.number(f, r, "areaMaxM2"), Json.number(f, r, "elMinDeg"),
                    Json.number(f, r, "elMaxDeg"), Json.number(f, r, "distMinM"), Json.number(f, r, "distMaxM"),
                    Json.number(f, r, "t30MinMs"), Json.number(f, r, "t30MaxMs"), Json.number(f, r, "absMin"),
                    Json.number(f, r, "absMax"));
            JsonNode bankSplit = sc.get("bankSplit");
            SceneConfig scenes = new SceneConfig((int) Json.number(f, sc, "minSources"),
                    (int) Json.number(f, sc, "maxSources"), Json.number(f, sc, "distMinM"),
                    Json.number(f, sc, "distMaxM"), Json.number(f, sc, "elMinDeg"), Json.number(f, sc, "elMaxDeg"),
                    rooms, Json.number(f, sc, "roomHeightM"), Json.number(f, sc, "maxAspect"),
                    dev.earshot.data.scene.ReceiverPlacement.valueOf(Json.text(f, sc, "placement")),
                    bankSplit == null || bankSplit.isNull() ? null : bankSplit.asText());
            SpatializerOptions render = new SpatializerOptions(
                    dev.earshot.data.spatialize.ReceiverKind.valueOf(Json.text(f, ro, "receiver")),
                    (int) Json.number(f, ro, "sampleRateHz"), Json.number(f, ro, "clipSeconds"),
                    Json.number(f, ro, "targetDbfs"));
            return new JobSpec(Json.need(f, manifest, "seed").asLong(), Json.need(f, manifest, "count").asLong(),
                    (int) Json.number(f, manifest, "shardSize"), scenes, render, Json.text(f, manifest, "split"));
        } catch (IllegalArgumentException e) {
            throw new DatasetFormatException(f, "parameters", "valid generation parameters: " + e.getMessage());
        }
    }

    private static void moveInto(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            try {
                Files.move(f, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.delete(p);
        }
    }
}
