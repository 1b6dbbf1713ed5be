package dev.earshot.data.bank.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.dsp.Resampler;
import dev.earshot.audio.io.AtomicFiles;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.audio.io.WavEncoding;
import dev.earshot.data.bank.BankClip;
import dev.earshot.data.bank.BankEntry;
import dev.earshot.data.bank.BankManifest;
import dev.earshot.data.bank.BankSummary;
import dev.earshot.data.bank.ClassMap;
import dev.earshot.data.bank.FolderBank;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Builds a folder sound bank ({@link FolderBank} layout) of real recordings from operating-system
 * packages, following a {@link BankRecipe}:
 * <ol>
 *   <li>makes sure the recipe's packages are installed (installing missing ones if allowed);</li>
 *   <li>lists the originals: package files matched by the recipe's file rules, SoundFont phrases rendered
 *       with fluidsynth from a generated MIDI file, and espeak-ng sentences;</li>
 *   <li>keeps at most {@code maxOriginalsPerClass} originals per class (a seeded choice);</li>
 *   <li>decodes each original (WAV, FLAC, Ogg Vorbis, AIFF), mixes it to mono, resamples it to the bank
 *       rate, trims silence and cuts it into clips ({@link ClipCutter}), scaling a clip down only if
 *       resampling pushed its peak above 0.999, and writes them as 16-bit WAV under {@code clips/<class>/};</li>
 *   <li>assigns whole originals (those that yielded clips) to train or test ({@link SplitAssigner}), so
 *       no recording is in both splits;</li>
 *   <li>writes {@code classes.csv}, {@code manifest.csv} (last, so a bank without it is unfinished),
 *       {@code LICENSES.md}, a copy of each package's copyright file under {@code licenses/} and
 *       {@code build.json} (recipe, options, package versions, skipped items).</li>
 * </ol>
 * An original that cannot be decoded or is silent is skipped and listed; the build goes on.
 */
public final class BankBuilder {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final BankRecipe recipe;
    private final PackageManager packages;
    private final String recipeName;

    /**
     * @param recipe     what to take from where
     * @param recipeName name of the recipe, recorded in {@code build.json}
     * @param packages   the package manager to query and install with
     */
    public BankBuilder(BankRecipe recipe, String recipeName, PackageManager packages) {
        this.recipe = recipe;
        this.recipeName = recipeName;
        this.packages = packages;
    }

    /** @return a builder of the Debian recipe ({@link BankRecipe#debian()}) using {@link DebianPackages} */
    public static BankBuilder debian() {
        return new BankBuilder(BankRecipe.debian(), BankRecipe.DEBIAN_RESOURCE, new DebianPackages());
    }

    /** One original recording of a class. */
    record Source(String original, String className, String licence, String packageName, Loader loader) {
    }

    /** Loads (or renders) an original recording. */
    @FunctionalInterface
    interface Loader {
        AudioBuffer load() throws IOException;
    }

    /**
     * Builds the bank.
     *
     * @param options parameters
     * @param log     receives one line per step and per skipped original
     * @return figures read back from the written bank
     * @throws IOException if packages are missing and cannot be installed, the output folder already holds
     *                     a bank, a file rule matches a file with no licence rule, or writing fails
     */
    public BankBuildReport build(BankBuildOptions options, Consumer<String> log) throws IOException {
        BankRecipe r = recipe.select(options.classes());
        Path out = options.outDir().toAbsolutePath().normalize();
        if (Files.exists(out.resolve(BankManifest.CSV_NAME))) {
            throw new IOException(out + " already holds a bank (" + BankManifest.CSV_NAME + "); choose an empty folder");
        }
        Files.createDirectories(out);
        Map<String, String> versions = ensurePackages(r.packages(), options.installMissing(), log);
        Path work = Files.createTempDirectory(out, ".work");
        try {
            List<Source> sources = sources(r, options, work, log);
            Map<String, List<Source>> byClass = chooseOriginals(r, sources, options);
            ClipCutter cutter = new ClipCutter(50, -70, options.minClipS(), options.maxClipS());
            List<Cut> cuts = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            Map<String, Integer> counters = new HashMap<>();
            for (Map.Entry<String, List<Source>> e : byClass.entrySet()) {
                int before = cuts.size();
                for (Source s : e.getValue()) {
                    cutOriginal(s, options, cutter, out, cuts, counters, skipped, log);
                }
                log.accept(String.format(Locale.ROOT, "%-16s %4d originals -> %4d clips", e.getKey(),
                        e.getValue().size(), cuts.size() - before));
            }
            // split only the originals that yielded clips, so that every class with two of them has both splits
            Map<String, List<String>> originals = new LinkedHashMap<>();
            for (Cut c : cuts) {
                originals.computeIfAbsent(c.source().className(), k -> new ArrayList<>()).add(c.source().original());
            }
            Map<String, String> split = new SplitAssigner(options.testFraction(), options.seed()).assign(originals);
            List<BankEntry> entries = new ArrayList<>();
            for (Cut c : cuts) {
                Source s = c.source();
                entries.add(new BankEntry(new BankClip(c.id(), c.path(), List.of(s.className()), s.original(),
                        s.licence(), split.get(s.original())), s.original(), c.durationS()));
            }
            writeBank(out, r, options, versions, entries, skipped);
            FolderBank bank = FolderBank.open(out);
            return new BankBuildReport(out, BankSummary.of(bank), versions, skipped);
        } finally {
            deleteTree(work);
        }
    }

    private Map<String, String> ensurePackages(List<String> names, boolean install, Consumer<String> log)
            throws IOException {
        List<String> missing = new ArrayList<>();
        for (String p : names) {
            if (!packages.isInstalled(p)) {
                missing.add(p);
            }
        }
        if (!missing.isEmpty()) {
            if (!install) {
                throw new IOException("packages not installed: " + missing + "; install them (apt-get install "
                        + String.join(" ", missing) + ") or allow the build to install them");
            }
            log.accept("installing " + missing);
            packages.install(missing);
            for (String p : missing) {
                if (!packages.isInstalled(p)) {
                    throw new IOException("package " + p + " is still not installed after installing it");
                }
            }
        }
        Map<String, String> versions = new TreeMap<>();
        for (String p : names) {
            versions.put(p, packages.version(p));
        }
        return versions;
    }

    /** Lists every original the recipe yields, in a deterministic order. */
    List<Source> sources(BankRecipe r, BankBuildOptions options, Path work, Consumer<String> log) throws IOException {
        List<Source> out = new ArrayList<>();
        for (String pkg : r.fileRules().stream().map(BankRecipe.FileRule::packageName).distinct().toList()) {
            for (Path f : packages.files(pkg)) {
                String path = f.toString();
                var cls = r.classOf(pkg, path);
                if (cls.isEmpty()) {
                    continue;
                }
                String licence = r.licenceOf(pkg, path).orElseThrow(() -> new IOException("recipe " + recipeName
                        + ": no licence rule of package " + pkg + " matches " + path
                        + "; add one after reading " + packages.copyright(pkg)));
                out.add(new Source(pkg + ":" + path, cls.get(), licence, pkg, () -> SourceAudio.read(f)));
            }
        }
        BankRecipe.SoundFontSpec sf = r.soundFont();
        if (sf != null) {
            for (BankRecipe.Instrument ins : sf.instruments()) {
                for (int program : ins.programs()) {
                    Loader render = memo(() -> renderProgram(sf, program, ins.centreNote(), options, work));
                    for (int k = 0; k < sf.phrasesPerProgram(); k++) {
                        int phrase = k;
                        out.add(new Source(String.format(Locale.ROOT, "%s:%s#program=%d,phrase=%d,seed=%d",
                                sf.packageName(), sf.soundFontFile(), program, k, options.seed()), ins.className(),
                                sf.licence(), sf.packageName(), () -> slot(render.load(), phrase)));
                    }
                }
            }
        }
        BankRecipe.SpeechSpec sp = r.speech();
        if (sp != null) {
            for (String voice : sp.voices()) {
                for (int k = 0; k < sp.sentences().size(); k++) {
                    String sentence = sp.sentences().get(k);
                    Path wav = work.resolve("speech-" + out.size() + ".wav");
                    out.add(new Source(String.format(Locale.ROOT, "%s:voice=%s,sentence=%d", sp.packageName(), voice, k),
                            sp.className(), sp.licence(), sp.packageName(), () -> speak(voice, sentence, wav)));
                }
            }
        }
        log.accept(out.size() + " original recordings found");
        return out;
    }

    private static Loader memo(Loader l) {
        AudioBuffer[] cache = new AudioBuffer[1];
        return () -> {
            if (cache[0] == null) {
                cache[0] = l.load();
            }
            return cache[0];
        };
    }

    private static AudioBuffer slot(AudioBuffer all, int phrase) {
        int a = (int) Math.round(phrase * PhraseMidi.SLOT_S * all.sampleRateHz());
        int b = (int) Math.min(all.frames(), Math.round((phrase + 1) * PhraseMidi.SLOT_S * all.sampleRateHz()));
        if (a >= b) {
            throw new IllegalStateException("rendered audio ends before phrase " + phrase);
        }
        float[][] s = new float[all.channels()][];
        for (int c = 0; c < s.length; c++) {
            s[c] = java.util.Arrays.copyOfRange(all.channel(c), a, b);
        }
        return new AudioBuffer(s, all.sampleRateHz());
    }

    private static AudioBuffer renderProgram(BankRecipe.SoundFontSpec sf, int program, int centreNote,
                                             BankBuildOptions options, Path work) throws IOException {
        Path mid = work.resolve("program-" + program + ".mid");
        Path wav = work.resolve("program-" + program + ".wav");
        PhraseMidi.write(PhraseMidi.sequence(program, centreNote, sf.phrasesPerProgram(), options.seed()), mid);
        int rate = Math.max(22050, Math.min(96000, options.sampleRateHz()));
        ToolRunner.run(List.of("fluidsynth", "-n", "-i", "-q", "-g", "0.5", "-r", Integer.toString(rate), "-T", "wav",
                "-O", "s16", "-F", wav.toString(), sf.soundFontFile(), mid.toString()), 600);
        try {
            return AudioFiles.read(wav);
        } finally {
            Files.deleteIfExists(wav);
        }
    }

    private static AudioBuffer speak(String voice, String sentence, Path wav) throws IOException {
        ToolRunner.run(List.of("espeak-ng", "-v", voice, "-w", wav.toString(), sentence), 120);
        try {
            return AudioFiles.read(wav);
        } finally {
            Files.deleteIfExists(wav);
        }
    }

    /** Groups sources by class (recipe order) and keeps a seeded choice of at most maxOriginalsPerClass. */
    static Map<String, List<Source>> chooseOriginals(BankRecipe r, List<Source> sources, BankBuildOptions options) {
        Map<String, List<Source>> byClass = new LinkedHashMap<>();
        r.classNames().forEach(c -> byClass.put(c, new ArrayList<>()));
        Map<String, String> classOfOriginal = new HashMap<>();
        for (Source s : sources) {
            String prev = classOfOriginal.putIfAbsent(s.original(), s.className());
            if (prev != null) {
                throw new IllegalArgumentException("original " + s.original() + " listed twice");
            }
            byClass.get(s.className()).add(s);
        }
        for (Map.Entry<String, List<Source>> e : byClass.entrySet()) {
            List<Source> list = e.getValue();
            list.sort(Comparator.comparing(Source::original));
            if (list.size() > options.maxOriginalsPerClass()) {
                Collections.shuffle(list, new Random(options.seed() + 31L * e.getKey().hashCode()));
                list.subList(options.maxOriginalsPerClass(), list.size()).clear();
                list.sort(Comparator.comparing(Source::original));
            }
        }
        byClass.values().removeIf(List::isEmpty);
        return byClass;
    }

    /** A clip written to disk, not yet assigned to a split. */
    record Cut(Source source, String id, String path, double durationS) {
    }

    private static void cutOriginal(Source s, BankBuildOptions options, ClipCutter cutter, Path out, List<Cut> cuts,
                                    Map<String, Integer> counters, List<String> skipped, Consumer<String> log) {
        try {
            AudioBuffer audio = s.loader().load();
            float[] mono = mono(audio);
            float[] x = Resampler.resample(mono, audio.sampleRateHz(), options.sampleRateHz());
            List<float[]> clips = cutter.cut(x, options.sampleRateHz(), options.maxClipsPerOriginal());
            if (clips.isEmpty()) {
                String line = s.original() + ": no active sound of at least " + options.minClipS() + " s";
                skipped.add(line);
                log.accept("skipped " + line);
                return;
            }
            for (float[] c : clips) {
                float peak = 0;
                for (float v : c) {
                    peak = Math.max(peak, Math.abs(v));
                }
                if (peak > 0.999f) {
                    float g = 0.999f / peak;
                    for (int i = 0; i < c.length; i++) {
                        c[i] *= g;
                    }
                }
                int n = counters.merge(s.className(), 1, Integer::sum) - 1;
                String id = String.format(Locale.ROOT, "%s_%05d", s.className(), n);
                String rel = "clips/" + s.className() + "/" + id + ".wav";
                AudioFiles.writeWav(out.resolve(rel), AudioBuffer.mono(c, options.sampleRateHz()), WavEncoding.PCM16);
                cuts.add(new Cut(s, id, rel, c.length / (double) options.sampleRateHz()));
            }
        } catch (IOException | RuntimeException e) {
            String line = s.original() + ": " + e.getMessage();
            skipped.add(line);
            log.accept("skipped " + line);
        }
    }

    static float[] mono(AudioBuffer a) {
        if (a.channels() == 1) {
            return a.channel(0).clone();
        }
        float[] m = new float[a.frames()];
        for (int c = 0; c < a.channels(); c++) {
            float[] ch = a.channel(c);
            for (int i = 0; i < m.length; i++) {
                m[i] += ch[i];
            }
        }
        float g = 1f / a.channels();
        for (int i = 0; i < m.length; i++) {
            m[i] *= g;
        }
        return m;
    }

    private void writeBank(Path out, BankRecipe r, BankBuildOptions options, Map<String, String> versions,
                           List<BankEntry> entries, List<String> skipped) throws IOException {
        List<String> used = r.classNames().stream()
                .filter(c -> entries.stream().anyMatch(e -> e.clip().labels().contains(c))).toList();
        new ClassMap(used, used.stream().map(c -> r.classes().stream().filter(s -> s.name().equals(c)).findFirst()
                .orElseThrow().description()).toList()).write(out.resolve(ClassMap.FILE_NAME));
        Files.createDirectories(out.resolve("licenses"));
        for (String p : versions.keySet()) {
            Path cp = packages.copyright(p);
            if (Files.isRegularFile(cp)) {
                AtomicFiles.write(out.resolve("licenses").resolve(p + ".copyright"), Files.readAllBytes(cp));
            }
        }
        AtomicFiles.write(out.resolve("LICENSES.md"), licenceSummary(entries, versions).getBytes(StandardCharsets.UTF_8));
        ObjectNode build = JSON.createObjectNode();
        build.put("generator", "earshot bank build");
        build.put("recipe", recipeName);
        ObjectNode o = build.putObject("options");
        o.put("sample_rate_hz", options.sampleRateHz());
        o.putPOJO("classes", options.classes());
        o.put("min_clip_s", options.minClipS());
        o.put("max_clip_s", options.maxClipS());
        o.put("max_clips_per_original", options.maxClipsPerOriginal());
        o.put("max_originals_per_class", options.maxOriginalsPerClass());
        o.put("test_fraction", options.testFraction());
        o.put("seed", options.seed());
        build.putPOJO("packages", versions);
        build.putPOJO("skipped", skipped);
        AtomicFiles.write(out.resolve("build.json"), (JSON.writeValueAsString(build) + "\n").getBytes(StandardCharsets.UTF_8));
        BankManifest.write(out.resolve(BankManifest.CSV_NAME), entries);
    }

    /**
     * The LICENSES.md text: per package its version, then each licence with its clip count and seconds.
     *
     * @param entries  the clips written
     * @param versions package versions
     * @return markdown text
     */
    static String licenceSummary(List<BankEntry> entries, Map<String, String> versions) {
        Map<String, Map<String, double[]>> byPkg = new TreeMap<>();
        for (BankEntry e : entries) {
            String pkg = e.originalFile().substring(0, e.originalFile().indexOf(':'));
            double[] v = byPkg.computeIfAbsent(pkg, k -> new TreeMap<>())
                    .computeIfAbsent(e.clip().licence(), k -> new double[2]);
            v[0]++;
            v[1] += e.durationS();
        }
        StringBuilder sb = new StringBuilder("# Licences of the clips in this bank\n\n"
                + "Every clip's licence is in the `licence` column of manifest.csv; the `original_file` column names "
                + "the package and file it was cut from. The packages' copyright files are copied under "
                + "`licenses/`.\n\n| package | version | licence | clips | seconds |\n|---|---|---|---|---|\n");
        byPkg.forEach((pkg, lic) -> lic.forEach((l, v) -> sb.append(String.format(Locale.ROOT,
                "| %s | %s | %s | %d | %.1f |%n", pkg, versions.getOrDefault(pkg, "?"), l, (int) v[0], v[1]))));
        return sb.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
