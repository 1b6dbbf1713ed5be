package dev.earshot.data.format.spatialsoundqa;

import com.fasterxml.jackson.databind.JsonNode;
import dev.earshot.data.format.DatasetFormatException;
import dev.earshot.data.format.Json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads SpatialSoundQA files ({@code {"data": [...]}}, as the BAT loader does). */
public final class SpatialSoundQaDataset {
    private SpatialSoundQaDataset() {
    }

    /**
     * @param file a {@code <stage>/<split>.json} file
     * @return its records in order
     * @throws DatasetFormatException naming file and field when malformed
     * @throws IOException            if it cannot be read
     */
    public static List<QaRecord> read(Path file) throws IOException {
        JsonNode data = Json.need(file, Json.read(file), "data");
        if (!data.isArray()) {
            throw new DatasetFormatException(file, "data", "a list of question records");
        }
        List<QaRecord> out = new ArrayList<>();
        for (JsonNode o : data) {
            out.add(SpatialSoundQaFormat.fromJson(file, o));
        }
        return out;
    }

    /**
     * @param root  dataset folder
     * @param stage stage
     * @param split split name
     * @return the records of {@code <root>/<stage folder>/<split>.json}
     * @throws IOException as {@link #read(Path)}
     */
    public static List<QaRecord> read(Path root, Stage stage, String split) throws IOException {
        return read(root.resolve(stage.folder()).resolve(split + ".json"));
    }
}
