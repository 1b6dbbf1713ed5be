package dev.earshot.data.bank.audioset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.data.bank.BankClip;
import dev.earshot.data.bank.BankFormatException;
import dev.earshot.data.bank.BankValidation;
import dev.earshot.data.bank.SoundBank;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sound bank over an AudioSet-style clip list (SPEC.md 1.4): a JSON list of items
 * {@code {"folder": ..., "id": ..., "label": ["/m/...", ...]}} (a top-level array, or an object whose
 * {@code "data"} holds the array), audio at {@code <audioRoot>/<folder>/<id>.wav}, labels given as
 * AudioSet MIDs that must all appear in the {@link AudioSetClassIndex}.
 *
 * <p>Each clip's {@link BankClip#labels()} are its MIDs in list order, its source id is its {@code id}
 * (one YouTube segment), and every clip gets the split and licence given when opening. Use
 * {@link #classIndex()} for class indices and display names.
 */
public final class AudioSetBank implements SoundBank {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path audioRoot;
    private final AudioSetClassIndex classIndex;
    private final List<BankClip> clips;
    private final Set<BankClip> clipSet;
    private final List<String> problems;

    private AudioSetBank(Path audioRoot, AudioSetClassIndex classIndex, List<BankClip> clips, List<String> problems) {
        this.audioRoot = audioRoot;
        this.classIndex = classIndex;
        this.clips = List.copyOf(clips);
        this.clipSet = new HashSet<>(clips);
        this.problems = List.copyOf(problems);
    }

    /**
     * Opens a clip list.
     *
     * @param clipJson   the clip list JSON (e.g. {@code balanced.json}, {@code eval.json})
     * @param classCsv   the class index CSV
     * @param audioRoot  the folder the items' {@code folder} values are relative to
     * @param split      split name given to every clip, e.g. "train" or "test"
     * @param licence    licence text recorded on every clip (AudioSet audio belongs to the YouTube
     *                   uploaders; the labels are CC-BY 4.0)
     * @param validation whether a missing audio file or unknown MID throws or skips the item
     * @return the bank
     * @throws BankFormatException naming the file, item index and id, and field of a malformed item, an
     *                             unknown MID or a missing file (strict), or a repeated id
     * @throws IOException         if a file cannot be read
     */
    public static AudioSetBank open(Path clipJson, Path classCsv, Path audioRoot, String split, String licence,
                                    BankValidation validation) throws IOException {
        AudioSetClassIndex index = AudioSetClassIndex.read(classCsv);
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(clipJson, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new BankFormatException(clipJson, "document", "json", "not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode items = root != null && root.isObject() ? root.get("data") : root;
        if (items == null || !items.isArray()) {
            throw new BankFormatException(clipJson, "document", "items",
                    "expected a JSON array of {folder, id, label} items (or an object with a 'data' array)");
        }
        Path base = audioRoot.toAbsolutePath().normalize();
        List<BankClip> clips = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (int k = 0; k < items.size(); k++) {
            JsonNode o = items.get(k);
            String item = "item " + k;
            String folder = text(o, "folder", clipJson, item);
            String id = text(o, "id", clipJson, item);
            item = "item " + k + " (id '" + id + "')";
            JsonNode label = o.get("label");
            if (label == null || !label.isArray() || label.isEmpty()) {
                throw new BankFormatException(clipJson, item, "label", "expected a non-empty array of AudioSet MIDs");
            }
            List<String> mids = new ArrayList<>();
            String problem = null;
            for (JsonNode m : label) {
                if (!m.isTextual()) {
                    throw new BankFormatException(clipJson, item, "label", "expected MID strings, got " + m);
                }
                if (index.indexOf(m.asText()).isEmpty() && problem == null) {
                    problem = "label: unknown MID '" + m.asText() + "' (not in " + classCsv.getFileName() + ")";
                }
                if (!mids.contains(m.asText())) {
                    mids.add(m.asText());
                }
            }
            Integer prev = ids.put(id, k);
            if (prev != null) {
                throw new BankFormatException(clipJson, item, "id", "id already used by item " + prev);
            }
            String rel = folder + "/" + id + ".wav";
            Path file = base.resolve(rel).normalize();
            if (!file.startsWith(base)) {
                throw new BankFormatException(clipJson, item, "folder", "'" + rel + "' points outside " + base);
            }
            if (problem == null && !Files.isRegularFile(file)) {
                problem = "folder/id: audio file " + file + " is missing";
            }
            if (problem != null) {
                if (validation == BankValidation.STRICT) {
                    int colon = problem.indexOf(':');
                    throw new BankFormatException(clipJson, item, problem.substring(0, colon),
                            problem.substring(colon + 2));
                }
                problems.add(clipJson.getFileName() + ": " + item + ": " + problem);
                continue;
            }
            try {
                clips.add(new BankClip(id, rel, mids, id, licence, split));
            } catch (IllegalArgumentException e) {
                throw new BankFormatException(clipJson, item, "id", e.getMessage());
            }
        }
        return new AudioSetBank(base, index, clips, problems);
    }

    private static String text(JsonNode o, String field, Path file, String item) throws BankFormatException {
        JsonNode v = o == null ? null : o.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new BankFormatException(file, item, field, "expected a non-empty string");
        }
        return v.asText();
    }

    /** @return the class index the labels refer to */
    public AudioSetClassIndex classIndex() {
        return classIndex;
    }

    /** @return one line per item skipped under {@link BankValidation#SKIP_BAD_CLIPS} */
    public List<String> problems() {
        return problems;
    }

    @Override
    public List<BankClip> clips() {
        return clips;
    }

    @Override
    public AudioBuffer load(BankClip clip) throws IOException {
        if (!clipSet.contains(clip)) {
            throw new IllegalArgumentException("clip '" + clip.id() + "' is not in this AudioSet bank");
        }
        try {
            return AudioFiles.read(audioRoot.resolve(clip.path()));
        } catch (IOException e) {
            throw new IOException("AudioSet clip '" + clip.id() + "': " + e.getMessage(), e);
        }
    }
}
