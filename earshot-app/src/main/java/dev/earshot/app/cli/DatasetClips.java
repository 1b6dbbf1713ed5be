package dev.earshot.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.data.format.Json;
import dev.earshot.data.format.earshot.NativeDataset;
import dev.earshot.data.format.earshot.NativeItem;
import dev.earshot.data.spatialize.SourceLabel;
import dev.earshot.ml.perception.LabelledClip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads a labelled binaural dataset folder as clips, in either layout {@code earshot simulate} writes for
 * binaural perception:
 * <ul>
 *   <li><b>native</b> ({@code manifest.json} with {@code "format": "native"} + {@code labels.jsonl}, binaural
 *       receiver): labels are the union of all sources' classes, direction and distance those of the first
 *       (primary) source;</li>
 *   <li><b>spatial-ast</b> ({@code manifest.json} with {@code "format": "spatial-ast"}, or, for a folder made by
 *       other tools, no manifest but exactly one {@code <split>.json} + {@code <split>_reverberation.json} pair):
 *       one single-source clip per item, built as Spatial-AST builds its input ({@link SpatialAstClips}).</li>
 * </ul>
 * Any other folder is refused with a message that names what was found and what is expected.
 */
final class DatasetClips {
    /** Layouts this reader understands. */
    enum Layout { NATIVE, SPATIAL_AST }

    private DatasetClips() {
    }

    /**
     * Reads a dataset in a detected layout.
     *
     * @param dir   dataset folder
     * @param limit at most this many clips (in file order)
     * @return the clips
     * @throws IOException on an unreadable file
     * @throws UserInputException if the folder is not a binaural dataset in a supported layout, or holds no clip
     */
    static List<LabelledClip> read(Path dir, int limit) throws IOException {
        Detected d = detect(dir);
        List<LabelledClip> out = d.layout() == Layout.NATIVE ? readNative(dir, limit)
                : SpatialAstClips.read(dir, d.split(), limit);
        if (out.isEmpty()) {
            throw new UserInputException(dir + ": the " + d.layout().name().toLowerCase().replace('_', '-')
                    + " dataset holds no clips");
        }
        return out;
    }

    /**
     * A detected layout.
     *
     * @param layout the layout
     * @param split  the split to read ({@code null} for native)
     */
    record Detected(Layout layout, String split) {
    }

    /**
     * Finds the layout of a folder from its {@code manifest.json} ({@code format} field) or, without one, from
     * its Spatial-AST index files.
     *
     * @param dir the folder
     * @return the layout and split
     * @throws IOException if the manifest cannot be read
     * @throws UserInputException if the folder is missing or the layout is unknown or unsupported
     */
    static Detected detect(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(dir + ": no such dataset folder");
        }
        Path manifest = dir.resolve("manifest.json");
        if (Files.isRegularFile(manifest)) {
            JsonNode m = Json.read(manifest);
            String format = m.path("format").asText("");
            return switch (format) {
                case "native" -> new Detected(Layout.NATIVE, null);
                case "spatial-ast" -> new Detected(Layout.SPATIAL_AST, Json.text(manifest, m, "split"));
                default -> throw new UserInputException(manifest + ": field \"format\": expected \"native\" or "
                        + "\"spatial-ast\" (binaural datasets from earshot simulate), got \"" + format + "\"");
            };
        }
        List<String> splits = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("_reverberation.json")).sorted()
                    .map(n -> n.substring(0, n.length() - "_reverberation.json".length()))
                    .filter(sp -> Files.isRegularFile(dir.resolve(sp + ".json"))).forEach(splits::add);
        }
        if (splits.size() == 1) {
            return new Detected(Layout.SPATIAL_AST, splits.get(0));
        }
        if (splits.size() > 1) {
            throw new UserInputException(dir + ": several Spatial-AST splits " + splits + " and no manifest.json to "
                    + "choose one; expected one <split>.json + <split>_reverberation.json pair per folder");
        }
        throw new UserInputException(dir + ": unknown dataset layout; expected an Earshot native dataset "
                + "(manifest.json + labels.jsonl, earshot simulate --format native) or a Spatial-AST one (<split>.json "
                + "+ <split>_reverberation.json + binaural/*.npy, earshot simulate --format spatial-ast)");
    }

    private static List<LabelledClip> readNative(Path dir, int limit) throws IOException {
        NativeDataset ds = NativeDataset.read(dir);
        List<LabelledClip> out = new ArrayList<>();
        for (NativeItem it : ds.items()) {
            if (out.size() >= limit) {
                break;
            }
            if (it.channels() != 2) {
                throw new UserInputException(it.audio() + ": receiver " + it.receiver() + " has " + it.channels()
                        + " channels; expected a binaural dataset (2 channels)");
            }
            AudioBuffer a = AudioFiles.read(it.audio());
            List<SourceLabel> src = it.labels().sources();
            Set<String> labels = new LinkedHashSet<>();
            src.forEach(s -> labels.addAll(s.classes()));
            SourceLabel p = src.get(0);
            out.add(new LabelledClip(it.audio().getFileName().toString(), a, labels, p.azimuthDeg(), p.elevationDeg(),
                    p.distanceM()));
        }
        return out;
    }

    /** @return the sorted union of the clips' labels */
    static List<String> classes(List<LabelledClip> clips) {
        Set<String> s = new TreeSet<>();
        clips.forEach(c -> s.addAll(c.labels()));
        return List.copyOf(s);
    }
}
