package dev.earshot.data.bank;

import dev.earshot.audio.AudioBuffer;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SoundBanksTest {

    @Test
    void builtinHasAtLeastThreeClassesEachWithTrainAndTestClips() {
        SoundBank bank = SoundBanks.builtin();
        assertTrue(bank.classes().size() >= 3, "classes " + bank.classes());
        for (String c : bank.classes()) {
            assertTrue(bank.clips("train").stream().anyMatch(x -> x.labels().contains(c)), c + " has no train clip");
            assertTrue(bank.clips("test").stream().anyMatch(x -> x.labels().contains(c)), c + " has no test clip");
        }
    }

    @Test
    void builtinClipsLoadAsNonSilentMonoAudio() throws Exception {
        SoundBank bank = SoundBanks.builtin();
        double total = 0;
        for (BankClip c : bank.clips()) {
            AudioBuffer a = bank.load(c);
            assertEquals(1, a.channels());
            assertEquals(16000, a.sampleRateHz());
            assertTrue(a.peak() > 0.01f, c.id() + " is silent");
            total += a.durationS();
        }
        assertTrue(total > 2 && total < 10, "total seconds " + total);
    }

    @Test
    void builtinKeepsEachRecordingInOneSplitAndStatesLicences() {
        Map<String, String> split = new HashMap<>();
        for (BankClip c : SoundBanks.builtin().clips()) {
            String prev = split.putIfAbsent(c.sourceId(), c.split());
            assertTrue(prev == null || prev.equals(c.split()), c.sourceId());
            assertFalse(c.licence().isBlank());
        }
    }

    @Test
    void builtinIsLoadedOnceAndLoadReturnsCopies() throws Exception {
        SoundBank bank = SoundBanks.builtin();
        assertSame(bank, SoundBanks.builtin());
        BankClip c = bank.clips().get(0);
        bank.load(c).channel(0)[0] = 5f;
        assertTrue(bank.load(c).channel(0)[0] != 5f);
    }

    @Test
    void openOrBuiltinWithoutFolderIsTheBuiltin() throws Exception {
        assertSame(SoundBanks.builtin(), SoundBanks.openOrBuiltin(null));
    }
}
