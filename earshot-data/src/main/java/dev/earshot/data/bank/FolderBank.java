package dev.earshot.data.bank;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sound bank stored as a folder: a manifest ({@value BankManifest#CSV_NAME}, or
 * {@value BankManifest#JSON_NAME} when there is no CSV) listing the clips with paths relative to the
 * folder, and optionally a class map ({@value ClassMap#FILE_NAME}) that fixes the class vocabulary and its
 * indices.
 *
 * <p>Opening validates the whole bank: every row well formed, ids unique, every file present inside the
 * folder, every label in the class map (when there is one), and no source recording in two splits. In
 * {@link BankValidation#STRICT} mode the first problem throws; in {@link BankValidation#SKIP_BAD_CLIPS} mode
 * clips with a missing file or an unknown class are left out and listed in {@link #problems()}
 * (malformed manifests still throw). Loading is thread-safe (the bank holds no mutable state).
 */
public final class FolderBank implements SoundBank {

    private final Path root;
    private final List<BankEntry> entries;
    private final List<BankClip> clips;
    private final Map<String, BankEntry> byId;
    private final ClassMap classMap;
    private final List<String> problems;

    private FolderBank(Path root, List<BankEntry> entries, ClassMap classMap, List<String> problems) {
        this.root = root;
        this.entries = List.copyOf(entries);
        this.clips = this.entries.stream().map(BankEntry::clip).toList();
        this.byId = new HashMap<>();
        for (BankEntry e : this.entries) {
            byId.put(e.clip().id(), e);
        }
        this.classMap = classMap;
        this.problems = List.copyOf(problems);
    }

    /**
     * Opens and validates a bank folder strictly.
     *
     * @param dir the bank folder
     * @return the bank
     * @throws BankFormatException naming the manifest, row and field of the first problem
     * @throws IOException         if a file cannot be read
     */
    public static FolderBank open(Path dir) throws IOException {
        return open(dir, BankValidation.STRICT);
    }

    /**
     * Opens and validates a bank folder.
     *
     * @param dir        the bank folder
     * @param validation what to do with clips whose file is missing or whose class is unknown
     * @return the bank
     * @throws BankFormatException naming the manifest, row and field of a malformed row, a duplicate id or
     *                             a source in two splits (and, when strict, of a missing file or unknown class)
     * @throws IOException         if a file cannot be read or the folder has no manifest
     */
    public static FolderBank open(Path dir, BankValidation validation) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new BankFormatException(root, "bank", "folder", "expected a bank folder, it does not exist");
        }
        Path csv = root.resolve(BankManifest.CSV_NAME);
        Path json = root.resolve(BankManifest.JSON_NAME);
        Path manifest;
        List<BankEntry> rows;
        if (Files.isRegularFile(csv)) {
            manifest = csv;
            rows = BankManifest.parseCsv(Files.readString(csv, StandardCharsets.UTF_8), csv);
        } else if (Files.isRegularFile(json)) {
            manifest = json;
            rows = BankManifest.parseJson(Files.readString(json, StandardCharsets.UTF_8), json);
        } else {
            throw new BankFormatException(root, "bank", "manifest", "expected " + BankManifest.CSV_NAME + " or "
                    + BankManifest.JSON_NAME + " in the folder, found neither");
        }
        Path classFile = root.resolve(ClassMap.FILE_NAME);
        ClassMap classMap = Files.isRegularFile(classFile) ? ClassMap.read(classFile) : null;
        boolean strict = validation == BankValidation.STRICT;
        List<String> problems = new ArrayList<>();
        List<BankEntry> kept = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        Map<String, String> splitOfSource = new HashMap<>();
        Map<String, String> clipOfSource = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            BankEntry e = rows.get(r);
            BankClip c = e.clip();
            String item = "row " + (r + 1) + " (clip '" + c.id() + "')";
            Integer prev = ids.put(c.id(), r + 1);
            if (prev != null) {
                throw new BankFormatException(manifest, item, "id", "id '" + c.id() + "' already used by row " + prev);
            }
            String prevSplit = splitOfSource.putIfAbsent(c.sourceId(), c.split());
            if (prevSplit != null && !prevSplit.equals(c.split())) {
                throw new BankFormatException(manifest, item, "split", "source '" + c.sourceId() + "' is in split '"
                        + prevSplit + "' (clip '" + clipOfSource.get(c.sourceId()) + "') and in '" + c.split()
                        + "'; clips of one recording must share a split");
            }
            clipOfSource.putIfAbsent(c.sourceId(), c.id());
            String problem = null;
            String field = null;
            if (classMap != null) {
                for (String label : c.labels()) {
                    if (classMap.indexOf(label).isEmpty()) {
                        field = "labels";
                        problem = "unknown class '" + label + "'; " + ClassMap.FILE_NAME + " has " + classMap.names();
                        break;
                    }
                }
            }
            if (problem == null) {
                Path file = root.resolve(c.path()).normalize();
                if (!file.startsWith(root)) {
                    throw new BankFormatException(manifest, item, "path", "'" + c.path()
                            + "' points outside the bank folder");
                }
                if (!Files.isRegularFile(file)) {
                    field = "path";
                    problem = "file '" + c.path() + "' is missing";
                }
            }
            if (problem != null) {
                if (strict) {
                    throw new BankFormatException(manifest, item, field, problem);
                }
                problems.add(manifest.getFileName() + ": " + item + ": " + field + ": " + problem);
                continue;
            }
            kept.add(e);
        }
        return new FolderBank(root, kept, classMap, problems);
    }

    /** @return the bank folder (absolute) */
    public Path root() {
        return root;
    }

    /** @return the manifest rows of the clips kept, in manifest order */
    public List<BankEntry> entries() {
        return entries;
    }

    @Override
    public List<BankClip> clips() {
        return clips;
    }

    /**
     * The class vocabulary: the folder's class map when it has one.
     *
     * @return the class map, or empty when the folder has no {@value ClassMap#FILE_NAME}
     */
    public Optional<ClassMap> classMap() {
        return Optional.ofNullable(classMap);
    }

    /** @return one line per clip skipped when opened with {@link BankValidation#SKIP_BAD_CLIPS} (empty otherwise) */
    public List<String> problems() {
        return problems;
    }

    /**
     * @param clip a clip of this bank
     * @return the absolute path of its audio file
     * @throws IllegalArgumentException if the clip is not one of this bank's
     */
    public Path fileOf(BankClip clip) {
        BankEntry e = byId.get(clip.id());
        if (e == null || !e.clip().equals(clip)) {
            throw new IllegalArgumentException("clip '" + clip.id() + "' is not in the bank " + root);
        }
        return root.resolve(clip.path()).normalize();
    }

    @Override
    public AudioBuffer load(BankClip clip) throws IOException {
        Path file = fileOf(clip);
        try {
            return AudioFiles.read(file);
        } catch (IOException e) {
            throw new IOException("bank " + root + ": clip '" + clip.id() + "': " + e.getMessage(), e);
        }
    }
}
