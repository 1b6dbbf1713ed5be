package dev.earshot.data.bank.audioset;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.audio.io.WavEncoding;
import dev.earshot.data.bank.BankClip;
import dev.earshot.data.bank.BankFormatException;
import dev.earshot.data.bank.BankValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up files in the exact SpatialSoundQA/AudioSet layout of SPEC.md 1.4. */
class AudioSetBankTest {
    // the index column deliberately disagrees with the row order: the row order must win
    private static final String CLASSES = "index,mid,display_name\n"
            + "5,/m/09x0r,\"Speech\"\n"
            + "0,/m/05zppz,\"Male speech, man speaking\"\n"
            + "7,/m/0bt9lr,Dog\n"
            + "1,/m/03qc9zr,\"Screaming \"\"loud\"\"\"\n";
    private static final String LICENCE = "AudioSet (YouTube uploaders)";

    private static Path setUp(Path dir, String json) throws Exception {
        Files.writeString(dir.resolve("class_labels_indices_subset.csv"), CLASSES);
        Files.writeString(dir.resolve("eval.json"), json);
        Path audio = Files.createDirectories(dir.resolve("audio/eval"));
        AudioFiles.writeWav(audio.resolve("YCqvbWnTBfTk.wav"), AudioBuffer.mono(new float[] {0.1f, -0.2f, 0.3f}, 32000),
                WavEncoding.PCM16);
        AudioFiles.writeWav(audio.resolve("Yq4Z8j3IalYs.wav"), AudioBuffer.mono(new float[] {0.5f}, 32000),
                WavEncoding.PCM16);
        return dir;
    }

    private static AudioSetBank open(Path dir, BankValidation v) throws Exception {
        return AudioSetBank.open(dir.resolve("eval.json"), dir.resolve("class_labels_indices_subset.csv"),
                dir.resolve("audio"), "test", LICENCE, v);
    }

    @Test
    void classIndexIsRowOrderOfMid() throws Exception {
        AudioSetClassIndex idx = AudioSetClassIndex.parse(CLASSES, null);
        assertEquals(Optional.of(0), idx.indexOf("/m/09x0r"));
        assertEquals(Optional.of(1), idx.indexOf("/m/05zppz"));
        assertEquals(Optional.of(2), idx.indexOf("/m/0bt9lr"));
        assertEquals(4, idx.size());
    }

    @Test
    void displayNameIsEverythingAfterTheSecondCommaUnquoted() throws Exception {
        AudioSetClassIndex idx = AudioSetClassIndex.parse(CLASSES, null);
        assertEquals(List.of("Speech", "Male speech, man speaking", "Dog", "Screaming \"loud\""), idx.displayNames());
    }

    @Test
    void readsClipsWithMidLabelsAndFolderIdPaths(@TempDir Path dir) throws Exception {
        setUp(dir, "[{\"folder\": \"eval\", \"id\": \"YCqvbWnTBfTk\", \"label\": [\"/m/0bt9lr\", \"/m/09x0r\"]},"
                + " {\"folder\": \"eval\", \"id\": \"Yq4Z8j3IalYs\", \"label\": [\"/m/05zppz\"]}]");
        AudioSetBank bank = open(dir, BankValidation.STRICT);
        BankClip c = bank.clips().get(0);
        assertEquals("YCqvbWnTBfTk", c.id());
        assertEquals("eval/YCqvbWnTBfTk.wav", c.path());
        assertEquals(List.of("/m/0bt9lr", "/m/09x0r"), c.labels());
        assertEquals("test", c.split());
        assertEquals(LICENCE, c.licence());
        assertEquals(3, bank.load(c).frames());
        assertEquals(0.1f, bank.load(c).channel(0)[0], 1.0f / 32768);
    }

    @Test
    void acceptsTheDataWrappedForm(@TempDir Path dir) throws Exception {
        setUp(dir, "{\"data\": [{\"folder\": \"eval\", \"id\": \"Yq4Z8j3IalYs\", \"label\": [\"/m/05zppz\"]}]}");
        assertEquals(1, open(dir, BankValidation.STRICT).clips().size());
    }

    @Test
    void unknownMidNamesItemAndMid(@TempDir Path dir) throws Exception {
        setUp(dir, "[{\"folder\": \"eval\", \"id\": \"YCqvbWnTBfTk\", \"label\": [\"/m/nope\"]}]");
        BankFormatException e = assertThrows(BankFormatException.class, () -> open(dir, BankValidation.STRICT));
        assertEquals("label", e.field());
        assertTrue(e.item().contains("item 0") && e.item().contains("YCqvbWnTBfTk"), e.item());
        assertTrue(e.getMessage().contains("/m/nope"), e.getMessage());
    }

    @Test
    void missingAudioFileNamesTheItem(@TempDir Path dir) throws Exception {
        setUp(dir, "[{\"folder\": \"eval\", \"id\": \"Yq4Z8j3IalYs\", \"label\": [\"/m/05zppz\"]},"
                + " {\"folder\": \"eval\", \"id\": \"Ymissing\", \"label\": [\"/m/05zppz\"]}]");
        BankFormatException e = assertThrows(BankFormatException.class, () -> open(dir, BankValidation.STRICT));
        assertTrue(e.item().contains("item 1") && e.item().contains("Ymissing"), e.item());
        AudioSetBank lenient = open(dir, BankValidation.SKIP_BAD_CLIPS);
        assertEquals(1, lenient.clips().size());
        assertEquals(1, lenient.problems().size());
    }

    @Test
    void itemWithoutLabelListIsMalformed(@TempDir Path dir) throws Exception {
        setUp(dir, "[{\"folder\": \"eval\", \"id\": \"Yq4Z8j3IalYs\", \"label\": \"/m/05zppz\"}]");
        BankFormatException e = assertThrows(BankFormatException.class,
                () -> open(dir, BankValidation.SKIP_BAD_CLIPS));
        assertEquals("label", e.field());
    }

    @Test
    void classCsvWithoutMidColumnIsRejected() {
        BankFormatException e = assertThrows(BankFormatException.class,
                () -> AudioSetClassIndex.parse("index,name,display_name\n0,/m/x,X\n", null));
        assertEquals("header", e.field());
    }

    @Test
    void repeatedMidNamesTheLine() {
        BankFormatException e = assertThrows(BankFormatException.class,
                () -> AudioSetClassIndex.parse("index,mid,display_name\n0,/m/x,X\n1,/m/x,Y\n", null));
        assertEquals("line 3", e.item());
    }
}
