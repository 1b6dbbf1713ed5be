package dev.earshot.app.cli;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFiles;
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

/**
 * Reads a native-format binaural dataset folder as labelled clips: labels are the union of all sources' classes,
 * direction and distance are those of the first (primary) source.
 */
final class DatasetClips {
    private DatasetClips() {
    }

    /**
     * @param dir   dataset folder (manifest.json + labels.jsonl)
     * @param limit at most this many clips (in file order)
     * @return the clips
     * @throws IOException on an unreadable file
     * @throws UserInputException if the folder is not a native binaural dataset
     */
    static List<LabelledClip> read(Path dir, int limit) throws IOException {
        if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
            throw new UserInputException(dir + ": not a native-format dataset (no manifest.json); make one with "
                    + "earshot simulate --format native");
        }
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
        if (out.isEmpty()) {
            throw new UserInputException(dir + ": labels.jsonl holds no clips");
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
