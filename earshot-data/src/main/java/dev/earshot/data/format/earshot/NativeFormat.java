package dev.earshot.data.format.earshot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.audio.io.WavEncoding;
import dev.earshot.data.format.Json;
import dev.earshot.data.job.DatasetFormat;
import dev.earshot.data.job.JobSpec;
import dev.earshot.data.scene.Scene;
import dev.earshot.data.scene.SceneSource;
import dev.earshot.data.spatialize.SourceLabel;
import dev.earshot.data.spatialize.SpatialClip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the Earshot native format. Each {@code labels.jsonl} line:
 * <pre>
 * {"scene":"scene-0000003","index":3,"seed":7,"audio":"audio/scene-0000003.wav","receiver":"BINAURAL",
 *  "sampleRateHz":32000,"channels":2,"frames":320000,"tailSeed":...,"receiverM":[x,y,z],
 *  "room":{"dimensionsM":[x,y,z],"alpha":a,"targetT30Ms":t,"areaM2":A,"t30Ms":T,"drrDb":D},
 *  "sources":[{"clipId":..,"classes":[..],"azimuthDeg":..,"elevationDeg":..,"distanceM":..,
 *              "positionM":[x,y,z],"t30Ms":..,"drrDb":..}]}
 * </pre>
 * Directions are Earshot's (azimuth +left, (-180, 180]); positions are room coordinates (x front, y left,
 * z up; receiver yaw 0); non-finite numbers are written as null.
 */
public final class NativeFormat implements DatasetFormat {
    /** Index file name. */
    public static final String LABELS = "labels.jsonl";

    /** @return "native" */
    @Override
    public String name() {
        return "native";
    }

    /** Accepts every receiver and rate. */
    @Override
    public void validate(JobSpec spec) {
        // every receiver kind and rate can be stored natively
    }

    @Override
    public List<ObjectNode> write(SpatialClip clip, Path root, JobSpec spec) throws IOException {
        Scene s = clip.scene();
        String audio = "audio/" + s.name() + ".wav";
        Path f = root.resolve(audio);
        Files.createDirectories(f.getParent());
        AudioFiles.writeWav(f, clip.mix(), WavEncoding.FLOAT32);
        ObjectNode o = Json.object();
        o.put("scene", s.name());
        o.put("index", s.index());
        o.put("seed", s.seed());
        o.put("audio", audio);
        o.put("receiver", clip.options().receiver().name());
        o.put("sampleRateHz", clip.mix().sampleRateHz());
        o.put("channels", clip.mix().channels());
        o.put("frames", clip.mix().frames());
        o.put("tailSeed", s.tailSeed());
        o.set("receiverM", Json.vec(s.receiverM()));
        ObjectNode room = o.putObject("room");
        room.set("dimensionsM", Json.vec(s.room().dimensionsM()));
        room.put("alpha", s.room().alpha());
        room.put("targetT30Ms", s.room().targetT30Ms());
        room.put("areaM2", clip.labels().roomAreaM2());
        Json.putFinite(room, "t30Ms", clip.labels().t30Ms());
        Json.putFinite(room, "drrDb", clip.labels().drrDb());
        ArrayNode sources = o.putArray("sources");
        for (int k = 0; k < s.sources().size(); k++) {
            SceneSource src = s.sources().get(k);
            SourceLabel l = clip.labels().sources().get(k);
            ObjectNode j = sources.addObject();
            j.put("clipId", l.clipId());
            j.set("classes", Json.strings(l.classes()));
            j.put("azimuthDeg", l.azimuthDeg());
            j.put("elevationDeg", l.elevationDeg());
            j.put("distanceM", l.distanceM());
            j.set("positionM", Json.vec(src.positionM()));
            Json.putFinite(j, "t30Ms", l.t30Ms());
            Json.putFinite(j, "drrDb", l.drrDb());
        }
        return List.of(o);
    }

    @Override
    public void finish(Path outDir, List<ObjectNode> rows, JobSpec spec) throws IOException {
        Json.writeLines(outDir.resolve(LABELS), rows);
    }
}
