package dev.earshot.data.format.spatialast;

import com.fasterxml.jackson.databind.JsonNode;
import dev.earshot.data.format.DatasetFormatException;
import dev.earshot.data.format.Json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Spatial-AST layout: the audio json {@code <split>.json} and reverb json
 * {@code <split>_reverberation.json} of a folder, paired by position.
 */
public final class SpatialAstDataset {
    private SpatialAstDataset() {
    }

    /**
     * @param root  dataset folder (audio root and reverb root)
     * @param split split name
     * @return the items in file order
     * @throws DatasetFormatException naming file and field when malformed or the lists differ in length
     * @throws IOException            if a file cannot be read
     */
    public static List<SpatialAstItem> read(Path root, String split) throws IOException {
        Path audioFile = root.resolve(split + ".json");
        Path reverbFile = root.resolve(split + "_reverberation.json");
        JsonNode audio = Json.read(audioFile);
        if (!audio.isArray()) {
            throw new DatasetFormatException(audioFile, "(document)", "a list of {folder, id, label}");
        }
        JsonNode data = Json.need(reverbFile, Json.read(reverbFile), "data");
        if (data.size() != audio.size()) {
            throw new DatasetFormatException(reverbFile, "data", audio.size() + " items like " + audioFile
                    + ", got " + data.size());
        }
        List<SpatialAstItem> out = new ArrayList<>();
        for (int i = 0; i < audio.size(); i++) {
            JsonNode a = audio.get(i);
            JsonNode r = data.get(i);
            String folder = Json.text(audioFile, a, "folder");
            String id = Json.text(audioFile, a, "id");
            out.add(new SpatialAstItem(folder, id, Json.strings(audioFile, a, "label"),
                    root.resolve(folder).resolve(id + ".wav"),
                    root.resolve("binaural").resolve(Json.text(reverbFile, r, "fname")),
                    position(reverbFile, r, "sensor_position", i), position(reverbFile, r, "source_position", i)));
        }
        return out;
    }

    private static dev.earshot.spatial.geom.Vec3 position(Path f, JsonNode r, String field, int i)
            throws DatasetFormatException {
        String s = Json.text(f, r, field);
        try {
            return SpatialAstConvention.parse(s);
        } catch (IllegalArgumentException e) {
            throw new DatasetFormatException(f, "data[" + i + "]." + field, "\"x,y,z\", got \"" + s + "\"");
        }
    }
}
