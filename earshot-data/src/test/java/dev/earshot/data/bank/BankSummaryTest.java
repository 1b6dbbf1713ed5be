package dev.earshot.data.bank;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BankSummaryTest {

    @Test
    void countsClipsSecondsAndSourcesPerClassAndSplit() {
        List<BankClip> clips = List.of(
                new BankClip("a", "a.wav", List.of("dog"), "r1", "CC0-1.0", "train"),
                new BankClip("b", "b.wav", List.of("dog"), "r1", "CC0-1.0", "train"),
                new BankClip("c", "c.wav", List.of("dog", "bell"), "r2", "CC0-1.0", "test"));
        BankSummary s = BankSummary.of(clips, List.of(1.0, 2.0, 0.5));
        assertEquals(List.of("test", "train"), s.splits());
        assertEquals(3, s.clips());
        assertEquals(3.5, s.totalS(), 1e-12);
        BankSummary.ClassStats dog = s.classes().get(1);
        assertEquals("dog", dog.name());
        assertEquals(2, dog.clipsBySplit().get("train"));
        assertEquals(1, dog.clipsBySplit().get("test"));
        assertEquals(3.0, dog.secondsBySplit().get("train"), 1e-12);
        assertEquals(2, dog.sources());
        BankSummary.ClassStats bell = s.classes().get(0);
        assertEquals(0, bell.clipsBySplit().get("train"));
        assertEquals(0.5, bell.seconds(), 1e-12);
        assertTrue(s.format().contains("total: 3 clips, 3.5 s, 2 classes"), s.format());
    }
}
