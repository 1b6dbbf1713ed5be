package dev.earshot.data.bank.build;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.audio.io.WavEncoding;
import dev.earshot.data.bank.BankClip;
import dev.earshot.data.bank.BankEntry;
import dev.earshot.data.bank.BankManifest;
import dev.earshot.data.bank.BankSummary;
import dev.earshot.data.bank.ClassMap;
import dev.earshot.data.bank.FolderBank;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds banks from synthetic "packages" in a temporary folder; installs nothing. */
class BankBuilderTest {
    private static final String RECIPE = """
            {"classes": [{"name": "tone", "description": "sine tones"}, {"name": "noise", "description": "noise"}],
             "files": [{"package": "fake-a", "match": "/(tone\\\\d+|long|broken)\\\\.wav$", "class": "tone"},
                       {"package": "fake-b", "match": "/noise\\\\d+\\\\.wav$", "class": "noise"}],
             "licences": [{"package": "fake-a", "match": "/fake-a/", "licence": "CC0-1.0"},
                          {"package": "fake-b", "match": "/fake-b/", "licence": "CC-BY-3.0"}]}
            """;

    @TempDir
    Path tmp;
    private Path pkgRoot;
    private BankRecipe recipe;

    /** 0.3 s silence, active part, 0.3 s silence; 44.1 kHz stereo. */
    private static AudioBuffer burst(double activeS, boolean noise, long seed) {
        int rate = 44100;
        int pad = (int) (0.3 * rate);
        int n = (int) Math.round(activeS * rate);
        float[][] x = new float[2][pad + n + pad];
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            float v = noise ? (float) (0.3 * r.nextGaussian()) : (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / rate));
            x[0][pad + i] = v;
            x[1][pad + i] = 0.8f * v;
        }
        return new AudioBuffer(x, rate);
    }

    @BeforeEach
    void packages() throws Exception {
        pkgRoot = tmp.resolve("pkgs");
        Path a = Files.createDirectories(pkgRoot.resolve("fake-a/usr/share/sounds"));
        Path b = Files.createDirectories(pkgRoot.resolve("fake-b/usr/share/sounds"));
        for (int i = 1; i <= 5; i++) {
            AudioFiles.writeWav(a.resolve("tone" + i + ".wav"), burst(1.2, false, i), WavEncoding.PCM16);
        }
        AudioFiles.writeWav(a.resolve("long.wav"), burst(12.0, false, 0), WavEncoding.PCM16);
        Files.writeString(a.resolve("broken.wav"), "this is not audio");
        Files.writeString(a.resolve("readme.txt"), "not matched");
        for (int i = 1; i <= 4; i++) {
            AudioFiles.writeWav(b.resolve("noise" + i + ".wav"), burst(0.5, true, 10 + i), WavEncoding.FLOAT32);
        }
        Files.writeString(pkgRoot.resolve("fake-a/copyright"), "License: CC0-1.0\n");
        Files.writeString(pkgRoot.resolve("fake-b/copyright"), "License: CC-BY-3.0\n");
        recipe = BankRecipe.parse(RECIPE, "test-recipe");
    }

    private BankBuildOptions options(Path out) {
        return new BankBuildOptions(out, 16000, List.of(), 0.1, 5.0, 2, 80, 0.25, 1L, false);
    }

    private BankBuildReport build(Path out, FakePackages pm) throws IOException {
        return new BankBuilder(recipe, "test-recipe", pm).build(options(out), line -> { });
    }

    private FakePackages allInstalled() {
        return new FakePackages(pkgRoot).installed("fake-a").installed("fake-b");
    }

    @Test
    void writesAValidBankWithExpectedClipCounts() throws Exception {
        BankBuildReport r = build(tmp.resolve("bank"), allInstalled());
        FolderBank bank = FolderBank.open(tmp.resolve("bank"));
        assertEquals(List.of("tone", "noise"), bank.classMap().orElseThrow().names());
        // 5 tones of 1.2 s (one clip each) + the 12 s tone cut into 5 s clips, at most 2
        assertEquals(7, bank.clips(/*all*/).stream().filter(c -> c.labels().equals(List.of("tone"))).count());
        assertEquals(4, bank.clips().stream().filter(c -> c.labels().equals(List.of("noise"))).count());
        BankSummary s = r.summary();
        assertEquals(11, s.clips());
        assertEquals(BankSummary.of(bank), s);
    }

    @Test
    void clipsAreTrimmedMonoAtTheBankRate() throws Exception {
        build(tmp.resolve("bank"), allInstalled());
        FolderBank bank = FolderBank.open(tmp.resolve("bank"));
        for (BankEntry e : bank.entries()) {
            AudioBuffer a = bank.load(e.clip());
            assertEquals(1, a.channels());
            assertEquals(16000, a.sampleRateHz());
            assertEquals(a.durationS(), e.durationS(), 1e-4);
            assertTrue(a.durationS() <= 5.0 + 1e-9);
            if (e.originalFile().endsWith("tone1.wav")) {
                // 1.2 s of tone, silence trimmed to whole 10 ms frames (resampling spreads the edges a little)
                assertEquals(1.2, a.durationS(), 0.021);
                // mono = mean of L and 0.8 L: peak 0.5 * 0.9
                assertEquals(0.45, a.peak(), 0.01);
            }
        }
    }

    @Test
    void noOriginalIsInBothSplitsAndEachClassHasBoth() throws Exception {
        build(tmp.resolve("bank"), allInstalled());
        FolderBank bank = FolderBank.open(tmp.resolve("bank"));
        Map<String, String> split = new HashMap<>();
        for (BankEntry e : bank.entries()) {
            String prev = split.putIfAbsent(e.originalFile(), e.clip().split());
            assertTrue(prev == null || prev.equals(e.clip().split()), e.originalFile());
        }
        for (String c : List.of("tone", "noise")) {
            assertTrue(bank.clips("test").stream().anyMatch(x -> x.labels().contains(c)));
            assertTrue(bank.clips("train").stream().anyMatch(x -> x.labels().contains(c)));
        }
    }

    @Test
    void unusableOriginalsDoNotTakeTheTestShare() throws Exception {
        Path b = pkgRoot.resolve("fake-b/usr/share/sounds");
        Files.delete(b.resolve("noise3.wav"));
        Files.delete(b.resolve("noise4.wav"));
        for (int i = 5; i <= 9; i++) {
            AudioFiles.writeWav(b.resolve("noise" + i + ".wav"), AudioBuffer.silence(1, 8000, 16000), WavEncoding.PCM16);
        }
        BankBuildReport r = build(tmp.resolve("bank"), allInstalled());
        FolderBank bank = FolderBank.open(tmp.resolve("bank"));
        assertEquals(1, bank.clips("test").stream().filter(c -> c.labels().contains("noise")).count());
        assertEquals(1, bank.clips("train").stream().filter(c -> c.labels().contains("noise")).count());
        assertEquals(6, r.skipped().size()); // 5 silent + broken.wav
    }

    @Test
    void recordsLicencesAndCopiesCopyrightFiles() throws Exception {
        build(tmp.resolve("bank"), allInstalled());
        FolderBank bank = FolderBank.open(tmp.resolve("bank"));
        for (BankClip c : bank.clips()) {
            assertEquals(c.labels().get(0).equals("tone") ? "CC0-1.0" : "CC-BY-3.0", c.licence());
        }
        String licences = Files.readString(tmp.resolve("bank/LICENSES.md"));
        assertTrue(licences.contains("| fake-a | 1.0-6 | CC0-1.0 | 7 |"), licences);
        assertTrue(licences.contains("| fake-b | 1.0-6 | CC-BY-3.0 | 4 |"), licences);
        assertEquals("License: CC0-1.0\n", Files.readString(tmp.resolve("bank/licenses/fake-a.copyright")));
        assertTrue(Files.readString(tmp.resolve("bank/build.json")).contains("\"seed\" : 1"));
    }

    @Test
    void unreadableOriginalIsSkippedAndListed() throws Exception {
        BankBuildReport r = build(tmp.resolve("bank"), allInstalled());
        assertEquals(1, r.skipped().size());
        assertTrue(r.skipped().get(0).contains("broken.wav"), r.skipped().get(0));
        assertTrue(Files.readString(tmp.resolve("bank/build.json")).contains("broken.wav"));
    }

    @Test
    void sameInputsGiveByteIdenticalBanks() throws Exception {
        build(tmp.resolve("b1"), allInstalled());
        build(tmp.resolve("b2"), allInstalled());
        assertEquals(Files.readString(tmp.resolve("b1/manifest.csv")), Files.readString(tmp.resolve("b2/manifest.csv")));
        for (BankEntry e : FolderBank.open(tmp.resolve("b1")).entries()) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("b1").resolve(e.clip().path())),
                    Files.readAllBytes(tmp.resolve("b2").resolve(e.clip().path())));
        }
    }

    @Test
    void maxOriginalsPerClassKeepsASeededSubset() throws Exception {
        BankBuildOptions o = new BankBuildOptions(tmp.resolve("bank"), 16000, List.of("tone"), 0.1, 5.0, 1, 3, 0.34,
                1L, false);
        new BankBuilder(recipe, "r", allInstalled()).build(o, line -> { });
        FolderBank bank = FolderBank.open(tmp.resolve("bank"));
        List<String> originals = new ArrayList<>(bank.entries().stream().map(BankEntry::originalFile).distinct().toList());
        assertTrue(originals.size() <= 3, originals.toString());
        assertEquals(List.of("tone"), bank.classMap().orElseThrow().names());
    }

    @Test
    void missingPackageFailsNamingItWhenInstallingIsNotAllowed() {
        FakePackages pm = new FakePackages(pkgRoot).installed("fake-a");
        IOException e = assertThrows(IOException.class, () -> build(tmp.resolve("bank"), pm));
        assertTrue(e.getMessage().contains("fake-b"), e.getMessage());
        assertTrue(pm.installCalls.isEmpty());
    }

    @Test
    void missingPackageIsInstalledWhenAllowed() throws Exception {
        FakePackages pm = new FakePackages(pkgRoot).installed("fake-a");
        BankBuildOptions o = new BankBuildOptions(tmp.resolve("bank"), 16000, List.of(), 0.1, 5.0, 2, 80, 0.25, 1L, true);
        new BankBuilder(recipe, "r", pm).build(o, line -> { });
        assertEquals(List.of(List.of("fake-b")), pm.installCalls);
    }

    @Test
    void refusesToOverwriteAnExistingBank() throws Exception {
        build(tmp.resolve("bank"), allInstalled());
        IOException e = assertThrows(IOException.class, () -> build(tmp.resolve("bank"), allInstalled()));
        assertTrue(e.getMessage().contains(BankManifest.CSV_NAME));
    }

    @Test
    void fileWithoutLicenceRuleStopsTheBuild() throws Exception {
        BankRecipe noLicence = BankRecipe.parse(RECIPE.replace("\"match\": \"/fake-b/\"", "\"match\": \"/nowhere/\""), "r");
        IOException e = assertThrows(IOException.class, () -> new BankBuilder(noLicence, "r", allInstalled())
                .build(options(tmp.resolve("bank")), line -> { }));
        assertTrue(e.getMessage().contains("noise1.wav") && e.getMessage().contains("licence"), e.getMessage());
    }

    @Test
    void classMapListsOnlyClassesThatGotClips() throws Exception {
        Files.walk(pkgRoot.resolve("fake-b")).filter(p -> p.toString().endsWith(".wav")).forEach(p -> {
            try {
                Files.delete(p);
            } catch (IOException ex) {
                throw new RuntimeException(ex);
            }
        });
        build(tmp.resolve("bank"), allInstalled());
        assertEquals(new ClassMap(List.of("tone"), List.of("sine tones")),
                ClassMap.read(tmp.resolve("bank").resolve(ClassMap.FILE_NAME)));
    }
}
