package dev.earshot.data.format.earshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.earshot.data.format.DatasetFormatException;
import dev.earshot.data.format.Json;
import dev.earshot.data.scene.Scene;
import dev.earshot.data.scene.SceneRoom;
import dev.earshot.data.scene.SceneSource;
import dev.earshot.data.spatialize.SceneLabels;
import dev.earshot.data.spatialize.SourceLabel;
import dev.earshot.spatial.geom.Direction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A native dataset read from its folder.
 *
 * @param manifest the parsed {@code manifest.json}
 * @param items    the scenes of {@code labels.jsonl}, in file order
 */
public record NativeDataset(JsonNode manifest, List<NativeItem> items) {

    /**
     * Reads a native dataset.
     *
     * @param dir dataset folder
     * @return the dataset
     * @throws DatasetFormatException naming file and field when a file is malformed
     * @throws IOException            if a file cannot be read
     */
    public static NativeDataset read(Path dir) throws IOException {
        JsonNode manifest = Json.read(dir.resolve("manifest.json"));
        Path f = dir.resolve(NativeFormat.LABELS);
        List<NativeItem> items = new ArrayList<>();
        int line = 0;
        for (JsonNode o : Json.readLines(f)) {
            line++;
            try {
                items.add(item(dir, f, o));
            } catch (IllegalArgumentException e) {
                throw new DatasetFormatException(f, "line " + line, "a valid scene: " + e.getMessage());
            }
        }
        return new NativeDataset(manifest, items);
    }

    private static NativeItem item(Path dir, Path f, JsonNode o) throws DatasetFormatException {
        JsonNode room = Json.need(f, o, "room");
        SceneRoom sr = new SceneRoom(Json.vec(f, room, "dimensionsM"), Json.number(f, room, "alpha"),
                Json.number(f, room, "targetT30Ms"));
        List<SceneSource> sources = new ArrayList<>();
        List<SourceLabel> labels = new ArrayList<>();
        for (JsonNode j : Json.need(f, o, "sources")) {
            String clip = Json.text(f, j, "clipId");
            List<String> classes = Json.strings(f, j, "classes");
            double az = Json.number(f, j, "azimuthDeg");
            double el = Json.number(f, j, "elevationDeg");
            double d = Json.number(f, j, "distanceM");
            sources.add(new SceneSource(clip, classes, new Direction(az, el), d, Json.vec(f, j, "positionM")));
            labels.add(new SourceLabel(clip, classes, az, el, d, Json.number(f, j, "t30Ms"), Json.number(f, j, "drrDb")));
        }
        Scene scene = new Scene(Json.need(f, o, "seed").asLong(), Json.need(f, o, "index").asLong(), sr,
                Json.vec(f, o, "receiverM"), sources, Json.need(f, o, "tailSeed").asLong());
        SceneLabels sl = new SceneLabels(labels, Json.number(f, room, "areaM2"), Json.number(f, room, "t30Ms"),
                Json.number(f, room, "drrDb"));
        return new NativeItem(dir.resolve(Json.text(f, o, "audio")), Json.text(f, o, "receiver"),
                (int) Json.number(f, o, "sampleRateHz"), (int) Json.number(f, o, "channels"), scene, sl);
    }
}
