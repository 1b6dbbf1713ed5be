package dev.earshot.data.bank;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.audio.io.WavEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FolderBankTest {
    private static final String HEADER = "id,path,labels,source_id,licence,split\n";

    private static float[] ramp(int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i % 100) / 200f - 0.25f;
        }
        return x;
    }

    private static void wav(Path dir, String rel, int frames) throws Exception {
        Path f = dir.resolve(rel);
        Files.createDirectories(f.getParent());
        AudioFiles.writeWav(f, AudioBuffer.mono(ramp(frames), 16000), WavEncoding.FLOAT32);
    }

    private static void manifest(Path dir, String rows) throws Exception {
        Files.writeString(dir.resolve(BankManifest.CSV_NAME), HEADER + rows);
    }

    @Test
    void opensValidBankAndLoadsTheFileSamples(@TempDir Path dir) throws Exception {
        wav(dir, "clips/a.wav", 300);
        wav(dir, "clips/b.wav", 200);
        manifest(dir, "a,clips/a.wav,dog,rec1,CC0-1.0,train\nb,clips/b.wav,bell,rec2,CC0-1.0,test\n");
        FolderBank bank = FolderBank.open(dir);
        assertEquals(List.of("a", "b"), bank.clips().stream().map(BankClip::id).toList());
        assertEquals(List.of("bell", "dog"), bank.classes());
        AudioBuffer a = bank.load(bank.clips().get(0));
        assertEquals(16000, a.sampleRateHz());
        assertArrayEquals(ramp(300), a.channel(0));
        assertTrue(bank.problems().isEmpty());
    }

    @Test
    void usesJsonManifestWhenThereIsNoCsv(@TempDir Path dir) throws Exception {
        wav(dir, "x.wav", 10);
        Files.writeString(dir.resolve(BankManifest.JSON_NAME), BankManifest.toJson(List.of(new BankEntry(
                new BankClip("x", "x.wav", List.of("dog"), "r", "CC0-1.0", "train"), "r", 0.000625))));
        assertEquals("x", FolderBank.open(dir).clips().get(0).id());
    }

    @Test
    void missingFileNamesRowAndPath(@TempDir Path dir) throws Exception {
        wav(dir, "a.wav", 10);
        manifest(dir, "a,a.wav,dog,r1,CC0-1.0,train\nb,gone.wav,dog,r2,CC0-1.0,test\n");
        BankFormatException e = assertThrows(BankFormatException.class, () -> FolderBank.open(dir));
        assertEquals("path", e.field());
        assertTrue(e.item().contains("row 2") && e.item().contains("'b'"), e.item());
        assertTrue(e.getMessage().contains("gone.wav"), e.getMessage());
    }

    @Test
    void unknownClassAgainstClassMapIsNamed(@TempDir Path dir) throws Exception {
        wav(dir, "a.wav", 10);
        manifest(dir, "a,a.wav,dog;cat,r1,CC0-1.0,train\n");
        new ClassMap(List.of("dog"), List.of("")).write(dir.resolve(ClassMap.FILE_NAME));
        BankFormatException e = assertThrows(BankFormatException.class, () -> FolderBank.open(dir));
        assertEquals("labels", e.field());
        assertTrue(e.getMessage().contains("'cat'"), e.getMessage());
    }

    @Test
    void lenientOpenSkipsBadClipsAndListsThem(@TempDir Path dir) throws Exception {
        wav(dir, "a.wav", 10);
        wav(dir, "c.wav", 10);
        manifest(dir, "a,a.wav,dog,r1,CC0-1.0,train\nb,gone.wav,dog,r2,CC0-1.0,test\nc,c.wav,cat,r3,CC0-1.0,test\n");
        new ClassMap(List.of("dog"), List.of("")).write(dir.resolve(ClassMap.FILE_NAME));
        FolderBank bank = FolderBank.open(dir, BankValidation.SKIP_BAD_CLIPS);
        assertEquals(List.of("a"), bank.clips().stream().map(BankClip::id).toList());
        assertEquals(2, bank.problems().size());
        assertTrue(bank.problems().get(0).contains("gone.wav"));
        assertTrue(bank.problems().get(1).contains("'cat'"));
    }

    @Test
    void duplicateIdIsRejected(@TempDir Path dir) throws Exception {
        wav(dir, "a.wav", 10);
        manifest(dir, "a,a.wav,dog,r1,CC0-1.0,train\na,a.wav,dog,r2,CC0-1.0,train\n");
        BankFormatException e = assertThrows(BankFormatException.class,
                () -> FolderBank.open(dir, BankValidation.SKIP_BAD_CLIPS));
        assertEquals("id", e.field());
    }

    @Test
    void recordingInTwoSplitsIsRejected(@TempDir Path dir) throws Exception {
        wav(dir, "a.wav", 10);
        wav(dir, "b.wav", 10);
        manifest(dir, "a,a.wav,dog,rec,CC0-1.0,train\nb,b.wav,dog,rec,CC0-1.0,test\n");
        BankFormatException e = assertThrows(BankFormatException.class, () -> FolderBank.open(dir));
        assertEquals("split", e.field());
        assertTrue(e.getMessage().contains("'rec'"), e.getMessage());
    }

    @Test
    void pathOutsideTheFolderIsRejected(@TempDir Path dir) throws Exception {
        Path bankDir = Files.createDirectories(dir.resolve("bank"));
        wav(dir, "outside.wav", 10);
        manifest(bankDir, "a,../outside.wav,dog,r,CC0-1.0,train\n");
        BankFormatException e = assertThrows(BankFormatException.class, () -> FolderBank.open(bankDir));
        assertEquals("path", e.field());
    }

    @Test
    void folderWithoutManifestIsAClearError(@TempDir Path dir) {
        BankFormatException e = assertThrows(BankFormatException.class, () -> FolderBank.open(dir));
        assertEquals("manifest", e.field());
    }

    @Test
    void loadingAClipOfAnotherBankFails(@TempDir Path dir) throws Exception {
        wav(dir, "a.wav", 10);
        manifest(dir, "a,a.wav,dog,r1,CC0-1.0,train\n");
        FolderBank bank = FolderBank.open(dir);
        assertThrows(IllegalArgumentException.class,
                () -> bank.load(new BankClip("z", "a.wav", List.of("dog"), "r1", "CC0-1.0", "train")));
    }
}
