package dev.earshot.data.format.spatialast;

import dev.earshot.data.format.SpatialAstLayout;
import dev.earshot.spatial.convention.SpatialAstConvention;
import dev.earshot.spatial.geom.Vec3;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.audio.io.AtomicFiles;
import dev.earshot.data.format.Json;
import dev.earshot.data.job.DatasetFormat;
import dev.earshot.data.job.JobSpec;
import dev.earshot.data.scene.Scene;
import dev.earshot.data.spatialize.SourceLabel;
import dev.earshot.data.spatialize.SpatialClip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes the Spatial-AST layout; one item per (scene, source), the dry clip and its own binaural RIR
 * (Spatial-AST convolves in the model):
 * <ul>
 *   <li>{@code audio/<scene>-s<k>.wav}: the dry clip, mono, 32 kHz, 32-bit float, -14 dBFS RMS;</li>
 *   <li>{@code binaural/<scene>/<k>.npy}: the binaural RIR, float64 {@code [2, L]}, 32 kHz;</li>
 *   <li>{@code <split>.json}: the audio json, a list of {@code {"folder": "audio", "id": "<scene>-s<k>",
 *       "label": [classes]}} (path = {@code <audio_root>/<folder>/<id>.wav});</li>
 *   <li>{@code <split>_reverberation.json}: {@code {"data": [{"fname": "<scene>/<k>.npy",
 *       "sensor_position": "x,y,z", "source_position": "x,y,z", "room_dimensions": "x,y,z", "t30_ms",
 *       "drr_db", "audio_id"}]}} in Spatial-AST axes (reverb root = the dataset folder, reverb type
 *       {@code binaural}); item {@code i} of both lists belong together (a fixed pairing);</li>
 *   <li>{@code class_labels_indices.csv}: {@code index,mid,display_name}, one row per class, sorted; the
 *       class index is the row order as in Spatial-AST.</li>
 * </ul>
 */
public final class SpatialAstFormat implements DatasetFormat {
    /** Class csv name. */
    public static final String CLASSES = "class_labels_indices.csv";

    /** @return "spatial-ast" */
    @Override
    public String name() {
        return "spatial-ast";
    }

    /** @throws IllegalArgumentException unless the receiver is binaural at 32 kHz */
    @Override
    public void validate(JobSpec spec) {
        SpatialAstLayout.requireBinaural32k(spec, "spatial-ast");
    }

    @Override
    public List<ObjectNode> write(SpatialClip clip, Path root, JobSpec spec) throws IOException {
        Scene s = clip.scene();
        List<ObjectNode> rows = new ArrayList<>();
        for (int k = 0; k < s.sources().size(); k++) {
            SpatialAstLayout.SourceFiles files = SpatialAstLayout.writeSource(clip, k, root);
            String id = files.audioId();
            String fname = files.rirName();
            SourceLabel l = clip.labels().sources().get(k);
            ObjectNode row = Json.object();
            ObjectNode audio = row.putObject("audio");
            audio.put("folder", "audio");
            audio.put("id", id);
            audio.set("label", Json.strings(l.classes()));
            ObjectNode reverb = row.putObject("reverb");
            reverb.put("fname", fname);
            reverb.put("sensor_position", SpatialAstConvention.format(SpatialAstConvention.toSpatialAst(s.receiverM())));
            reverb.put("source_position", SpatialAstConvention.format(
                    SpatialAstConvention.toSpatialAst(s.sources().get(k).positionM())));
            Vec3 dims = SpatialAstConvention.toSpatialAst(s.room().dimensionsM());
            reverb.put("room_dimensions", SpatialAstConvention.format(
                    new Vec3(Math.abs(dims.x()), Math.abs(dims.y()), Math.abs(dims.z()))));
            Json.putFinite(reverb, "t30_ms", l.t30Ms());
            Json.putFinite(reverb, "drr_db", l.drrDb());
            reverb.put("audio_id", id);
            rows.add(row);
        }
        return rows;
    }

    @Override
    public void finish(Path outDir, List<ObjectNode> rows, JobSpec spec) throws IOException {
        ArrayNode audio = Json.array();
        ArrayNode data = Json.array();
        TreeSet<String> classes = new TreeSet<>();
        for (ObjectNode r : rows) {
            audio.add(r.get("audio"));
            data.add(r.get("reverb"));
            for (JsonNode c : r.get("audio").get("label")) {
                classes.add(c.asText());
            }
        }
        Json.writePretty(outDir.resolve(spec.split() + ".json"), audio);
        ObjectNode reverb = Json.object();
        reverb.set("data", data);
        Json.writePretty(outDir.resolve(spec.split() + "_reverberation.json"), reverb);
        StringBuilder csv = new StringBuilder("index,mid,display_name\n");
        int i = 0;
        for (String c : classes) {
            csv.append(i++).append(',').append(csvField(c)).append(',').append(csvField(c)).append('\n');
        }
        AtomicFiles.write(outDir.resolve(CLASSES), csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
