package dev.earshot.data.bank;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry points for obtaining sound banks: the tiny built-in bank shipped with Earshot (the default when
 * no bank is given) and folder banks on disk.
 */
public final class SoundBanks {
    /** Class-path folder (relative to this class) holding the built-in bank. */
    public static final String BUILTIN_RESOURCE = "builtin/";
    private static volatile SoundBank builtin;

    private SoundBanks() {
    }

    /**
     * The built-in bank: a few seconds of permissively licensed clips at 16 kHz (CC0 drum hits from the
     * Audiophob Hydrogen kit, CC-BY-3.0 bells from the freedesktop sound theme, espeak-ng speech), each
     * class with train and test clips from different recordings. Its {@code LICENSES.md}, manifest and the
     * copyright files it cites ship next to it under {@value #BUILTIN_RESOURCE}. The audio is decoded once
     * and held in memory; the bank is immutable and safe for concurrent use.
     *
     * @return the built-in bank
     * @throws UncheckedIOException if the resources are missing or corrupt (a broken build)
     */
    public static SoundBank builtin() {
        SoundBank b = builtin;
        if (b == null) {
            synchronized (SoundBanks.class) {
                b = builtin;
                if (b == null) {
                    try {
                        b = loadBuiltin();
                    } catch (IOException e) {
                        throw new UncheckedIOException("the built-in sound bank is broken: " + e.getMessage(), e);
                    }
                    builtin = b;
                }
            }
        }
        return b;
    }

    /**
     * Opens a bank folder strictly ({@link FolderBank#open(Path)}).
     *
     * @param dir the folder
     * @return the bank
     * @throws IOException naming the row and field of the first problem
     */
    public static FolderBank open(Path dir) throws IOException {
        return FolderBank.open(dir);
    }

    /**
     * The bank a command should use: the folder when one is given, else the built-in bank.
     *
     * @param dirOrNull a bank folder, or null
     * @return the bank
     * @throws IOException if the folder is not a valid bank
     */
    public static SoundBank openOrBuiltin(Path dirOrNull) throws IOException {
        return dirOrNull == null ? builtin() : FolderBank.open(dirOrNull);
    }

    private static SoundBank loadBuiltin() throws IOException {
        Path manifestName = Path.of("builtin", BankManifest.CSV_NAME);
        List<BankEntry> entries = BankManifest.parseCsv(resourceText(BankManifest.CSV_NAME), manifestName);
        ClassMap classes = ClassMap.parse(resourceText(ClassMap.FILE_NAME), Path.of("builtin", ClassMap.FILE_NAME));
        Map<String, AudioBuffer> audio = new HashMap<>();
        Path tmp = Files.createTempFile("earshot-builtin", ".wav");
        try {
            for (BankEntry e : entries) {
                for (String label : e.clip().labels()) {
                    if (classes.indexOf(label).isEmpty()) {
                        throw new BankFormatException(manifestName, "clip '" + e.clip().id() + "'", "labels",
                                "unknown class '" + label + "'");
                    }
                }
                Files.write(tmp, resourceBytes(e.clip().path()));
                audio.put(e.clip().id(), AudioFiles.read(tmp));
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return new MemoryBank(entries.stream().map(BankEntry::clip).toList(), audio);
    }

    private static String resourceText(String name) throws IOException {
        return new String(resourceBytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] resourceBytes(String name) throws IOException {
        try (InputStream in = SoundBanks.class.getResourceAsStream(BUILTIN_RESOURCE + name)) {
            if (in == null) {
                throw new IOException("resource " + BUILTIN_RESOURCE + name + " is missing");
            }
            return in.readAllBytes();
        }
    }

    /** An immutable bank whose audio is held in memory. */
    private static final class MemoryBank implements SoundBank {
        private final List<BankClip> clips;
        private final Map<String, AudioBuffer> audio;

        MemoryBank(List<BankClip> clips, Map<String, AudioBuffer> audio) {
            this.clips = List.copyOf(clips);
            this.audio = Map.copyOf(audio);
        }

        @Override
        public List<BankClip> clips() {
            return clips;
        }

        @Override
        public AudioBuffer load(BankClip clip) {
            AudioBuffer a = audio.get(clip.id());
            if (a == null || !clips.contains(clip)) {
                throw new IllegalArgumentException("clip '" + clip.id() + "' is not in the built-in bank");
            }
            return a.copy();
        }
    }
}
