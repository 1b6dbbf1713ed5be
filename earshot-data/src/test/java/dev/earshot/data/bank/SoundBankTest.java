package dev.earshot.data.bank;

import dev.earshot.audio.AudioBuffer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SoundBankTest {

    private final SoundBank bank = new SoundBank() {
        @Override
        public List<BankClip> clips() {
            return List.of(
                    new BankClip("a", "a.wav", List.of("piano"), "ra", "CC0-1.0", "train"),
                    new BankClip("b", "b.wav", List.of("dog", "animal"), "rb", "CC0-1.0", "test"),
                    new BankClip("c", "c.wav", List.of("animal"), "rc", "CC0-1.0", "train"));
        }

        @Override
        public AudioBuffer load(BankClip clip) {
            return AudioBuffer.silence(1, 10, 16000);
        }
    };

    @Test
    void classesAreDistinctAndSorted() {
        assertEquals(List.of("animal", "dog", "piano"), bank.classes());
    }

    @Test
    void clipsOfSplitKeepBankOrder() {
        assertEquals(List.of("a", "c"), bank.clips("train").stream().map(BankClip::id).toList());
    }
}
