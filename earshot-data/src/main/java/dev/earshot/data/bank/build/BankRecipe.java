package dev.earshot.data.bank.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a bank build takes from where: the class list, rules mapping package files to classes, rules
 * giving each file's licence, and the synthesised sources (SoundFont phrases, speech). This is data, read
 * from a JSON resource ({@value #DEBIAN_RESOURCE} for the Debian bank), never code.
 *
 * <p>JSON layout: {@code {"classes": [{"name", "description"}], "files": [{"package", "match", "class"}],
 * "licences": [{"package", "match", "licence"}], "soundfont": {...}, "speech": {...}}}; {@code match} is a
 * Java regular expression searched (not fully matched) in the installed absolute path, case-insensitive.
 * The first file rule that matches a file decides its class; files no rule matches are not used.
 *
 * @param classes      the classes, in class-index order
 * @param fileRules    package file → class rules, first match wins
 * @param licenceRules package file → licence rules, first match wins
 * @param soundFont    phrases rendered from a SoundFont, or null
 * @param speech       synthesised speech, or null
 */
public record BankRecipe(List<ClassSpec> classes, List<FileRule> fileRules, List<LicenceRule> licenceRules,
                         SoundFontSpec soundFont, SpeechSpec speech) {
    /** Class-path resource (relative to this class) of the Debian bank recipe. */
    public static final String DEBIAN_RESOURCE = "debian-bank.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One class of the bank.
     *
     * @param name        class name (non-blank, no ';' or '/')
     * @param description what the class holds
     */
    public record ClassSpec(String name, String description) {
        /** @throws IllegalArgumentException if the name is blank or has ';' or '/' */
        public ClassSpec {
            if (name == null || name.isBlank() || name.indexOf(';') >= 0 || name.indexOf('/') >= 0) {
                throw new IllegalArgumentException("class name must be non-blank without ';' or '/', got '" + name + "'");
            }
            description = description == null ? "" : description;
        }
    }

    /**
     * Maps files of a package to a class.
     *
     * @param packageName Debian package
     * @param match       regular expression searched in the installed path (case-insensitive)
     * @param className   class the matching files belong to
     */
    public record FileRule(String packageName, Pattern match, String className) {
        /** @throws NullPointerException if a field is null */
        public FileRule {
            Objects.requireNonNull(packageName, "package");
            Objects.requireNonNull(match, "match");
            Objects.requireNonNull(className, "class");
        }
    }

    /**
     * Gives the licence of files of a package.
     *
     * @param packageName Debian package
     * @param match       regular expression searched in the installed path (case-insensitive)
     * @param licence     licence (SPDX identifier where one exists), as the package's copyright file states it
     */
    public record LicenceRule(String packageName, Pattern match, String licence) {
        /** @throws NullPointerException if a field is null */
        public LicenceRule {
            Objects.requireNonNull(packageName, "package");
            Objects.requireNonNull(match, "match");
            Objects.requireNonNull(licence, "licence");
        }
    }

    /**
     * A General MIDI instrument class rendered from a SoundFont.
     *
     * @param className   bank class
     * @param programs    General MIDI programs (0-based) to render
     * @param centreNote  MIDI note around which phrases move
     */
    public record Instrument(String className, List<Integer> programs, int centreNote) {
        /** @throws IllegalArgumentException if a program or the centre note is outside 0..127 or there is no program */
        public Instrument {
            programs = List.copyOf(programs);
            if (programs.isEmpty() || programs.stream().anyMatch(p -> p < 0 || p > 127) || centreNote < 24
                    || centreNote > 108) {
                throw new IllegalArgumentException("instrument '" + className
                        + "': programs must be 0..127 (at least one), centre note 24..108");
            }
        }
    }

    /**
     * Short melodic phrases rendered from a SoundFont with fluidsynth.
     *
     * @param packageName         package shipping the SoundFont
     * @param rendererPackage     package providing the {@code fluidsynth} command
     * @param soundFontFile       absolute path of the .sf2 file once installed
     * @param licence             licence of the SoundFont
     * @param phrasesPerProgram   phrases rendered per program (each one original recording)
     * @param instruments         the instrument classes
     */
    public record SoundFontSpec(String packageName, String rendererPackage, String soundFontFile, String licence,
                                int phrasesPerProgram, List<Instrument> instruments) {
        /** @throws IllegalArgumentException if phrasesPerProgram is not positive */
        public SoundFontSpec {
            instruments = List.copyOf(instruments);
            if (phrasesPerProgram < 1) {
                throw new IllegalArgumentException("soundfont.phrases_per_program must be >= 1, got " + phrasesPerProgram);
            }
        }
    }

    /**
     * Speech synthesised with espeak-ng: every voice says every sentence.
     *
     * @param packageName package providing the {@code espeak-ng} command
     * @param className   bank class
     * @param licence     licence recorded for the synthesised speech
     * @param voices      espeak-ng voice names, e.g. {@code en-us+f3}
     * @param sentences   sentences to say
     */
    public record SpeechSpec(String packageName, String className, String licence, List<String> voices,
                             List<String> sentences) {
        /** @throws IllegalArgumentException if there is no voice or sentence */
        public SpeechSpec {
            voices = List.copyOf(voices);
            sentences = List.copyOf(sentences);
            if (voices.isEmpty() || sentences.isEmpty()) {
                throw new IllegalArgumentException("speech needs at least one voice and one sentence");
            }
        }
    }

    /**
     * @throws IllegalArgumentException if a class repeats or a rule or source names a class that is not listed
     */
    public BankRecipe {
        classes = List.copyOf(classes);
        fileRules = List.copyOf(fileRules);
        licenceRules = List.copyOf(licenceRules);
        Set<String> names = new LinkedHashSet<>();
        for (ClassSpec c : classes) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("recipe lists class '" + c.name() + "' twice");
            }
        }
        for (FileRule r : fileRules) {
            requireClass(names, r.className(), "files rule " + r.match().pattern());
        }
        if (soundFont != null) {
            for (Instrument i : soundFont.instruments()) {
                requireClass(names, i.className(), "soundfont instrument");
            }
        }
        if (speech != null) {
            requireClass(names, speech.className(), "speech");
        }
    }

    private static void requireClass(Set<String> names, String name, String where) {
        if (!names.contains(name)) {
            throw new IllegalArgumentException(where + ": class '" + name + "' is not in the recipe's classes " + names);
        }
    }

    /** @return the class names in index order */
    public List<String> classNames() {
        return classes.stream().map(ClassSpec::name).toList();
    }

    /**
     * The class of a package file: the first file rule of that package whose pattern is found in the path.
     *
     * @param packageName the package
     * @param path        the installed absolute path
     * @return the class, or empty if no rule matches
     */
    public Optional<String> classOf(String packageName, String path) {
        for (FileRule r : fileRules) {
            if (r.packageName().equals(packageName) && r.match().matcher(path).find()) {
                return Optional.of(r.className());
            }
        }
        return Optional.empty();
    }

    /**
     * The licence of a package file: the first licence rule of that package whose pattern is found in the path.
     *
     * @param packageName the package
     * @param path        the installed absolute path
     * @return the licence, or empty if no rule matches
     */
    public Optional<String> licenceOf(String packageName, String path) {
        for (LicenceRule r : licenceRules) {
            if (r.packageName().equals(packageName) && r.match().matcher(path).find()) {
                return Optional.of(r.licence());
            }
        }
        return Optional.empty();
    }

    /** @return the Debian packages the recipe needs (file rules, SoundFont and renderer, speech), in first-use order */
    public List<String> packages() {
        Set<String> p = new LinkedHashSet<>();
        fileRules.forEach(r -> p.add(r.packageName()));
        if (soundFont != null && !soundFont.instruments().isEmpty()) {
            p.add(soundFont.packageName());
            p.add(soundFont.rendererPackage());
        }
        if (speech != null) {
            p.add(speech.packageName());
        }
        return List.copyOf(p);
    }

    /**
     * The recipe restricted to some classes (class order kept; rules and sources of other classes dropped).
     *
     * @param keep class names to keep; empty keeps all
     * @return the restricted recipe
     * @throws IllegalArgumentException naming a class that is not in the recipe
     */
    public BankRecipe select(Collection<String> keep) {
        if (keep.isEmpty()) {
            return this;
        }
        for (String k : keep) {
            if (!classNames().contains(k)) {
                throw new IllegalArgumentException("unknown class '" + k + "'; the recipe has " + classNames());
            }
        }
        SoundFontSpec sf = soundFont == null ? null : new SoundFontSpec(soundFont.packageName(),
                soundFont.rendererPackage(), soundFont.soundFontFile(), soundFont.licence(),
                soundFont.phrasesPerProgram(),
                soundFont.instruments().stream().filter(i -> keep.contains(i.className())).toList());
        return new BankRecipe(classes.stream().filter(c -> keep.contains(c.name())).toList(),
                fileRules.stream().filter(r -> keep.contains(r.className())).toList(), licenceRules, sf,
                speech != null && keep.contains(speech.className()) ? speech : null);
    }

    /** @return the built-in Debian recipe ({@value #DEBIAN_RESOURCE}) */
    public static BankRecipe debian() {
        return resource(DEBIAN_RESOURCE);
    }

    /**
     * Reads a recipe resource next to this class.
     *
     * @param name resource name
     * @return the recipe
     * @throws UncheckedIOException if the resource is missing
     * @throws IllegalArgumentException if it is malformed
     */
    static BankRecipe resource(String name) {
        try (InputStream in = BankRecipe.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("resource " + name + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a recipe.
     *
     * @param json   the JSON text
     * @param source name for error messages
     * @return the recipe
     * @throws IllegalArgumentException naming the source, entry and field when the JSON is malformed, a
     *                                  regular expression is invalid or a class is unknown
     */
    public static BankRecipe parse(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        try {
            List<ClassSpec> classes = new ArrayList<>();
            for (JsonNode c : array(root, "classes", source)) {
                classes.add(new ClassSpec(str(c, "name", source + " classes"), c.path("description").asText("")));
            }
            List<FileRule> files = new ArrayList<>();
            int k = 0;
            for (JsonNode r : array(root, "files", source)) {
                String where = source + " files[" + k++ + "]";
                files.add(new FileRule(str(r, "package", where), regex(str(r, "match", where), where),
                        str(r, "class", where)));
            }
            List<LicenceRule> licences = new ArrayList<>();
            k = 0;
            for (JsonNode r : array(root, "licences", source)) {
                String where = source + " licences[" + k++ + "]";
                licences.add(new LicenceRule(str(r, "package", where), regex(str(r, "match", where), where),
                        str(r, "licence", where)));
            }
            SoundFontSpec sf = null;
            JsonNode s = root.get("soundfont");
            if (s != null && !s.isNull()) {
                String where = source + " soundfont";
                List<Instrument> instruments = new ArrayList<>();
                for (JsonNode i : array(s, "instruments", where)) {
                    List<Integer> programs = new ArrayList<>();
                    for (JsonNode p : array(i, "programs", where + " instruments")) {
                        programs.add(p.asInt(-1));
                    }
                    instruments.add(new Instrument(str(i, "class", where + " instruments"), programs,
                            i.path("centre_note").asInt(60)));
                }
                sf = new SoundFontSpec(str(s, "package", where), str(s, "renderer_package", where),
                        str(s, "file", where), str(s, "licence", where), s.path("phrases_per_program").asInt(0),
                        instruments);
            }
            SpeechSpec sp = null;
            JsonNode p = root.get("speech");
            if (p != null && !p.isNull()) {
                String where = source + " speech";
                List<String> voices = new ArrayList<>();
                array(p, "voices", where).forEach(v -> voices.add(v.asText()));
                List<String> sentences = new ArrayList<>();
                array(p, "sentences", where).forEach(v -> sentences.add(v.asText()));
                sp = new SpeechSpec(str(p, "package", where), str(p, "class", where), str(p, "licence", where),
                        voices, sentences);
            }
            return new BankRecipe(classes, files, licences, sf, sp);
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith(source) ? e : new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static Iterable<JsonNode> array(JsonNode o, String field, String where) {
        JsonNode a = o == null ? null : o.get(field);
        if (a == null || !a.isArray()) {
            throw new IllegalArgumentException(where + ": field '" + field + "' must be an array");
        }
        return a;
    }

    private static String str(JsonNode o, String field, String where) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": field '" + field + "' must be a non-empty string");
        }
        return v.asText();
    }

    private static Pattern regex(String re, String where) {
        try {
            return Pattern.compile(re, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(where + ": field 'match' is not a valid regular expression: "
                    + e.getDescription());
        }
    }
}
