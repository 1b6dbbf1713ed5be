package dev.earshot.data.bank;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BankManifestTest {
    private static final Path SRC = Path.of("bank/manifest.csv");

    private static List<BankEntry> sample() {
        return List.of(
                new BankEntry(new BankClip("kick_0", "clips/kick/kick_0.wav", List.of("kick"), "pkg:/a.flac",
                        "GPL-2.0-or-later", "train"), "pkg:/a.flac", 0.25),
                new BankEntry(new BankClip("mix_1", "clips/mix_1.wav", List.of("speech", "bell"),
                        "espeak-ng:voice=en,sentence=1", "CC-BY-3.0, attribution \"X\"", "test"),
                        "espeak-ng:voice=en,sentence=1", Double.NaN));
    }

    @Test
    void csvRoundTripKeepsEveryField() throws Exception {
        List<BankEntry> back = BankManifest.parseCsv(BankManifest.toCsv(sample()), SRC);
        assertEquals(sample().get(0), back.get(0));
        assertEquals(sample().get(1).clip(), back.get(1).clip());
        assertTrue(Double.isNaN(back.get(1).durationS()));
    }

    @Test
    void jsonRoundTripKeepsEveryField() throws Exception {
        List<BankEntry> back = BankManifest.parseJson(BankManifest.toJson(sample()), SRC);
        assertEquals(sample().get(0), back.get(0));
        assertEquals(sample().get(1).clip(), back.get(1).clip());
    }

    @Test
    void csvColumnsMayComeInAnyOrderAndOptionalOnesMayBeMissing() throws Exception {
        String csv = "split,labels,id,path,licence,source_id\ntrain,dog;animal,d1,d1.wav,CC0-1.0,rec1\n";
        BankEntry e = BankManifest.parseCsv(csv, SRC).get(0);
        assertEquals(List.of("dog", "animal"), e.clip().labels());
        assertEquals("rec1", e.originalFile());
        assertTrue(Double.isNaN(e.durationS()));
    }

    @Test
    void missingRequiredColumnIsNamed() {
        BankFormatException e = assertThrows(BankFormatException.class,
                () -> BankManifest.parseCsv("id,path,labels,source_id,split\n", SRC));
        assertTrue(e.getMessage().contains("licence"), e.getMessage());
        assertEquals("header", e.field());
    }

    @Test
    void unknownColumnIsRejected() {
        BankFormatException e = assertThrows(BankFormatException.class,
                () -> BankManifest.parseCsv("id,path,labels,source_id,licence,split,colour\n", SRC));
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }

    @Test
    void malformedDurationNamesRowAndField() {
        String csv = "id,path,labels,source_id,licence,split,duration_s\n"
                + "a,a.wav,x,r,CC0-1.0,train,1.5\n"
                + "b,b.wav,x,r2,CC0-1.0,train,long\n";
        BankFormatException e = assertThrows(BankFormatException.class, () -> BankManifest.parseCsv(csv, SRC));
        assertEquals("duration_s", e.field());
        assertTrue(e.item().startsWith("row 2"), e.item());
    }

    @Test
    void wrongFieldCountNamesRow() {
        String csv = "id,path,labels,source_id,licence,split\na,a.wav,x,r,CC0-1.0\n";
        BankFormatException e = assertThrows(BankFormatException.class, () -> BankManifest.parseCsv(csv, SRC));
        assertTrue(e.item().startsWith("row 1"), e.item());
        assertEquals("columns", e.field());
    }

    @Test
    void emptyLabelsAreAnErrorOfThatRow() {
        String csv = "id,path,labels,source_id,licence,split\na,a.wav,,r,CC0-1.0,train\n";
        BankFormatException e = assertThrows(BankFormatException.class, () -> BankManifest.parseCsv(csv, SRC));
        assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("no labels"), e.getMessage());
    }

    @Test
    void jsonItemWithoutLabelsArrayIsNamed() {
        String json = "{\"clips\": [{\"id\": \"a\", \"path\": \"a.wav\", \"labels\": \"dog\", \"source_id\": \"r\","
                + " \"licence\": \"CC0-1.0\", \"split\": \"train\"}]}";
        BankFormatException e = assertThrows(BankFormatException.class, () -> BankManifest.parseJson(json, SRC));
        assertEquals("clips[0]", e.item());
        assertEquals("labels", e.field());
    }
}
