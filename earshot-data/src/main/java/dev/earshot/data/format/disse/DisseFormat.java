package dev.earshot.data.format.disse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.audio.io.AtomicFiles;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.audio.io.WavEncoding;
import dev.earshot.data.format.Csv;
import dev.earshot.data.format.Json;
import dev.earshot.data.job.DatasetFormat;
import dev.earshot.data.job.JobSpec;
import dev.earshot.data.scene.ReceiverPlacement;
import dev.earshot.data.scene.Scene;
import dev.earshot.data.scene.SceneRandom;
import dev.earshot.data.scene.SceneSource;
import dev.earshot.data.spatialize.ReceiverKind;
import dev.earshot.data.spatialize.SpatialClip;
import dev.earshot.spatial.geom.Vec3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the DISSE layout; one item per (scene, source):
 * <ul>
 *   <li>{@code dry/<scene>-s<k>.wav}: the dry clip (mono, 32-bit float);</li>
 *   <li>{@code RIR_data/<split>/<scene>-s<k>.wav}: the tetrahedral array's A-format RIR (m0..m3, 32-bit
 *       float; DISSE's own files are PCM-16);</li>
 *   <li>{@code foa/<scene>-s<k>.wav}: the source rendered in FOA W, Y, Z, X (DISSE's A-to-B matrix);</li>
 *   <li>{@code rir_catalog_<split>.csv}: the catalog ({@link RirCatalog}); fullband_T30_ms is the T30 the
 *       room was designed for, as in DISSE; room_id 8 hex digits from the scene's random stream;</li>
 *   <li>{@code manifest.csv}: {@code dry_path,rir_path,foa_path,text,source_id,spatial_id} with the caption
 *       made by {@link Captioner} from the catalog row's (rounded) values with the stream
 *       {@code SceneRandom.of(seed, i).child("caption" + k)}, orig = the clip's classes lower-cased and
 *       joined by " and "; source_id numbers the distinct clips in order of first use; spatial_id = row.</li>
 * </ul>
 * DISSE's catalog has no receiver position (its array sits at the room centre), so the job must use
 * {@link ReceiverPlacement#ROOM_CENTRE} and the {@link ReceiverKind#DISSE_FOA} receiver.
 */
public final class DisseFormat implements DatasetFormat {
    /** Manifest columns. */
    public static final List<String> MANIFEST_HEADER =
            List.of("dry_path", "rir_path", "foa_path", "text", "source_id", "spatial_id");

    /** @return "disse" */
    @Override
    public String name() {
        return "disse";
    }

    /** @throws IllegalArgumentException unless the receiver is DISSE_FOA at the room centre */
    @Override
    public void validate(JobSpec spec) {
        if (spec.render().receiver() != ReceiverKind.DISSE_FOA) {
            throw new IllegalArgumentException("the disse format needs receiver DISSE_FOA, got " + spec.render().receiver());
        }
        if (spec.scenes().placement() != ReceiverPlacement.ROOM_CENTRE) {
            throw new IllegalArgumentException("the disse format needs placement ROOM_CENTRE (its catalog stores no"
                    + " receiver), got " + spec.scenes().placement());
        }
    }

    @Override
    public List<ObjectNode> write(SpatialClip clip, Path root, JobSpec spec) throws IOException {
        Scene s = clip.scene();
        List<ObjectNode> rows = new ArrayList<>();
        for (int k = 0; k < s.sources().size(); k++) {
            String id = s.name() + "-s" + k;
            String dry = "dry/" + id + ".wav";
            String rir = "RIR_data/" + spec.split() + "/" + id + ".wav";
            String foa = "foa/" + id + ".wav";
            writeWav(root.resolve(dry), clip.dry().get(k));
            writeWav(root.resolve(rir), clip.rirs().get(k));
            writeWav(root.resolve(foa), clip.wet().get(k));
            RirCatalogRow row = catalogRow(s, k, rir, clip.options().sampleRateHz(), spec.split());
            String orig = String.join(" and ", s.sources().get(k).labels()).toLowerCase(Locale.ROOT);
            SceneRandom capRng = SceneRandom.of(s.seed(), s.index()).child("caption" + k);
            String text = Captioner.caption(orig, rounded(row).captionMeta(), capRng::nextInt);
            ObjectNode o = Json.object();
            o.put("dry_path", dry);
            o.put("rir_path", rir);
            o.put("foa_path", foa);
            o.put("text", text);
            o.put("clip_id", s.sources().get(k).clipId());
            o.put("catalog", RirCatalog.line(row));
            rows.add(o);
        }
        return rows;
    }

    /**
     * The catalog row of one source of a scene (DISSE conventions, unrounded).
     *
     * @param s            scene (receiver at the room centre)
     * @param k            source index
     * @param rirPath      RIR path to record
     * @param sampleRateHz fs
     * @param split        split
     * @return the row
     */
    static RirCatalogRow catalogRow(Scene s, int k, String rirPath, int sampleRateHz, String split) {
        SceneSource src = s.sources().get(k);
        Vec3 dims = s.room().dimensionsM();
        long id = SceneRandom.of(s.seed(), s.index()).child("room_id" + k).nextLong();
        return new RirCatalogRow(rirPath, dims, s.room().floorAreaM2(), s.room().alpha(), s.room().targetT30Ms(),
                src.distanceM(), (int) Math.rint(DisseConvention.toDisseAzimuthDeg(src.direction().azimuthDeg())),
                (int) Math.rint(src.direction().elevationDeg()), DisseConvention.mirrorRoom(src.positionM(), dims),
                src.distanceM(), sampleRateHz, String.format("%08x", id >>> 32), split);
    }

    /** The row as it reads back from the csv (values rounded as written). */
    private static RirCatalogRow rounded(RirCatalogRow r) {
        return new RirCatalogRow(r.rirPath(), r.dimensionsM(), Double.parseDouble(Csv.pyRound(r.areaM2(), 2)),
                r.alpha(), Double.parseDouble(Csv.pyRound(r.t30Ms(), 1)),
                Double.parseDouble(Csv.pyRound(r.sourceDistanceM(), 2)), r.azimuthDeg(), r.elevationDeg(),
                r.sourcePosM(), r.distanceM(), r.sampleRateHz(), r.roomId(), r.split());
    }

    private static void writeWav(Path f, dev.earshot.audio.AudioBuffer b) throws IOException {
        Files.createDirectories(f.getParent());
        AudioFiles.writeWav(f, b, WavEncoding.FLOAT32);
    }

    @Override
    public void finish(Path outDir, List<ObjectNode> rows, JobSpec spec) throws IOException {
        StringBuilder catalog = new StringBuilder(String.join(",", RirCatalog.HEADER)).append("\r\n");
        StringBuilder manifest = new StringBuilder(String.join(",", MANIFEST_HEADER)).append("\r\n");
        Map<String, Long> sourceIds = new HashMap<>();
        long spatial = 0;
        for (JsonNode r : rows) {
            catalog.append(r.get("catalog").asText()).append("\r\n");
            long sid = sourceIds.computeIfAbsent(r.get("clip_id").asText(), x -> (long) sourceIds.size());
            manifest.append(Csv.join(List.of(r.get("dry_path").asText(), r.get("rir_path").asText(),
                    r.get("foa_path").asText(), r.get("text").asText(), Long.toString(sid),
                    Long.toString(spatial++)))).append("\r\n");
        }
        AtomicFiles.write(outDir.resolve("rir_catalog_" + spec.split() + ".csv"),
                catalog.toString().getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(outDir.resolve("manifest.csv"), manifest.toString().getBytes(StandardCharsets.UTF_8));
    }
}
