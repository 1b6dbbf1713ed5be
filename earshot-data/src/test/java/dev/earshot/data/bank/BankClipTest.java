package dev.earshot.data.bank;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BankClipTest {

    @Test
    void labelsAreCopiedDefensively() {
        List<String> labels = new ArrayList<>(List.of("dog"));
        BankClip clip = new BankClip("c1", "dog/c1.wav", labels, "rec1", "CC0-1.0", "train");
        labels.add("cat");
        assertEquals(List.of("dog"), clip.labels());
    }

    @Test
    void rejectsEmptyLabels() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BankClip("c1", "a.wav", List.of(), "r", "CC0-1.0", "train"));
        assertTrue(e.getMessage().contains("c1"));
    }

    @Test
    void rejectsRepeatedLabels() {
        assertThrows(IllegalArgumentException.class,
                () -> new BankClip("c1", "a.wav", List.of("dog", "dog"), "r", "CC0-1.0", "train"));
    }

    @Test
    void rejectsIdWithPathSeparator() {
        assertThrows(IllegalArgumentException.class,
                () -> new BankClip("a/b", "a.wav", List.of("dog"), "r", "CC0-1.0", "train"));
    }

    @Test
    void rejectsBlankLicenceNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BankClip("c1", "a.wav", List.of("dog"), "r", " ", "train"));
        assertTrue(e.getMessage().contains("licence"));
    }
}
