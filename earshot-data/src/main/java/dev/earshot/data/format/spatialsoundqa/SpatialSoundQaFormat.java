package dev.earshot.data.format.spatialsoundqa;

import dev.earshot.data.format.SpatialAstLayout;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.data.format.Json;
import dev.earshot.data.job.DatasetFormat;
import dev.earshot.data.job.JobSpec;
import dev.earshot.data.scene.Scene;
import dev.earshot.data.scene.SceneRandom;
import dev.earshot.data.scene.SceneSource;
import dev.earshot.data.spatialize.SourceLabel;
import dev.earshot.data.spatialize.SpatialClip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes SpatialSoundQA: per scene the dry clips {@code audio/<scene>-s<k>.wav} (mono, 32 kHz, 32-bit
 * float; audio_id {@code audio/<scene>-s<k>}, the loader appends ".wav") and binaural RIRs
 * {@code binaural/<scene>/<k>.npy} (float64 {@code [2, L]}; reverb_id {@code <scene>/<k>.npy} under
 * {@code <reverb_root>/binaural/}); the dataset folder is both the audio root and the reverb root. The
 * questions of scene {@code i} come from {@link QaGenerator} with the stream
 * {@code SceneRandom.of(seed, i).child("qa")}; {@link #finish} writes {@code <stage>/<split>.json} =
 * {@code {"data": [...]}} for the three stages, each holding the records of the letters it includes,
 * numbered 0.. in scene order.
 */
public final class SpatialSoundQaFormat implements DatasetFormat {
    private final QaGenerator generator = new QaGenerator();

    /** @return "spatialsoundqa" */
    @Override
    public String name() {
        return "spatialsoundqa";
    }

    /** @throws IllegalArgumentException unless the receiver is binaural at 32 kHz */
    @Override
    public void validate(JobSpec spec) {
        SpatialAstLayout.requireBinaural32k(spec, "spatialsoundqa");
    }

    @Override
    public List<ObjectNode> write(SpatialClip clip, Path root, JobSpec spec) throws IOException {
        Scene s = clip.scene();
        List<QaSource> sources = new ArrayList<>();
        for (int k = 0; k < s.sources().size(); k++) {
            SpatialAstLayout.SourceFiles files = SpatialAstLayout.writeSource(clip, k, root);
            String id = files.audioId();
            String reverbId = files.rirName();
            SceneSource src = s.sources().get(k);
            SourceLabel l = clip.labels().sources().get(k);
            sources.add(new QaSource("audio/" + id, reverbId, l.classes(), l.azimuthDeg(), l.elevationDeg(),
                    l.distanceM(), src.positionM().minus(s.receiverM())));
        }
        List<ObjectNode> rows = new ArrayList<>();
        for (QaRecord r : generator.generate(sources, SceneRandom.of(s.seed(), s.index()).child("qa"))) {
            rows.add(toJson(r));
        }
        return rows;
    }

    @Override
    public void finish(Path outDir, List<ObjectNode> rows, JobSpec spec) throws IOException {
        for (Stage stage : Stage.values()) {
            ArrayNode data = Json.array();
            long id = 0;
            for (ObjectNode r : rows) {
                if (stage.includes(QuestionType.valueOf(r.get("question_type").asText()))) {
                    ObjectNode copy = r.deepCopy();
                    copy.put("question_id", id++);
                    data.add(copy);
                }
            }
            ObjectNode doc = Json.object();
            doc.set("data", data);
            Path f = outDir.resolve(stage.folder()).resolve(spec.split() + ".json");
            Files.createDirectories(f.getParent());
            Json.writePretty(f, doc);
        }
    }

    /**
     * @param r a record
     * @return its JSON object with the fields in SpatialSoundQA's order
     */
    public static ObjectNode toJson(QaRecord r) {
        ObjectNode o = Json.object();
        o.put("audio_id", r.audioId());
        o.put("reverb_id", r.reverbId());
        putNullable(o, "audio_id2", r.audioId2());
        putNullable(o, "reverb_id2", r.reverbId2());
        o.put("question_id", r.questionId());
        o.put("question_type", r.questionType().name());
        o.put("question", r.question());
        o.put("answer", r.answer());
        return o;
    }

    private static void putNullable(ObjectNode o, String field, String v) {
        if (v == null) {
            o.putNull(field);
        } else {
            o.put(field, v);
        }
    }

    /**
     * @param file file being read (for messages)
     * @param o    a record object
     * @return the record
     * @throws dev.earshot.data.format.DatasetFormatException if a field is missing or the type is unknown
     */
    static QaRecord fromJson(Path file, JsonNode o) throws dev.earshot.data.format.DatasetFormatException {
        String type = Json.text(file, o, "question_type");
        QuestionType t;
        try {
            t = QuestionType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new dev.earshot.data.format.DatasetFormatException(file, "question_type",
                    "one of " + java.util.Arrays.toString(QuestionType.values()) + ", got " + type);
        }
        JsonNode a2 = o.get("audio_id2");
        JsonNode r2 = o.get("reverb_id2");
        try {
            return new QaRecord(Json.text(file, o, "audio_id"), Json.text(file, o, "reverb_id"),
                    a2 == null || a2.isNull() ? null : a2.asText(), r2 == null || r2.isNull() ? null : r2.asText(),
                    (long) Json.number(file, o, "question_id"), t, Json.text(file, o, "question"),
                    Json.text(file, o, "answer"));
        } catch (IllegalArgumentException e) {
            throw new dev.earshot.data.format.DatasetFormatException(file, "audio_id2/reverb_id2", e.getMessage());
        }
    }
}
