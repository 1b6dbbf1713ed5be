package dev.earshot.data.bank.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhraseMidiTest {

    @Test
    void notesOfEachPhraseStayInsideItsSlot() {
        Sequence seq = PhraseMidi.sequence(40, 69, 6, 3);
        double secondsPerTick = 0.5 / seq.getResolution(); // 120 BPM
        Track t = seq.getTracks()[0];
        int[] notesPerPhrase = new int[6];
        for (int i = 0; i < t.size(); i++) {
            MidiEvent e = t.get(i);
            if (e.getMessage() instanceof ShortMessage m
                    && (m.getCommand() == ShortMessage.NOTE_ON || m.getCommand() == ShortMessage.NOTE_OFF)) {
                double s = e.getTick() * secondsPerTick;
                int slot = (int) Math.floor(s / PhraseMidi.SLOT_S);
                double inSlot = s - slot * PhraseMidi.SLOT_S;
                assertTrue(inSlot <= PhraseMidi.MAX_PHRASE_S + 1e-9, "event at " + s + " s");
                assertTrue(m.getData1() >= 69 - 8 && m.getData1() <= 69 + 9, "note " + m.getData1());
                if (m.getCommand() == ShortMessage.NOTE_ON) {
                    notesPerPhrase[slot]++;
                }
            }
        }
        for (int n : notesPerPhrase) {
            assertTrue(n >= 5 && n <= 9, "notes " + n);
        }
    }

    @Test
    void setsTheProgramOnChannelZero() {
        Track t = PhraseMidi.sequence(56, 65, 1, 0).getTracks()[0];
        boolean found = false;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).getMessage() instanceof ShortMessage m && m.getCommand() == ShortMessage.PROGRAM_CHANGE) {
                assertEquals(56, m.getData1());
                assertEquals(0, m.getChannel());
                found = true;
            }
        }
        assertTrue(found);
    }

    @Test
    void sameSeedWritesTheSameFileAndAnotherSeedAnother(@TempDir Path dir) throws Exception {
        PhraseMidi.write(PhraseMidi.sequence(0, 60, 4, 9), dir.resolve("a.mid"));
        PhraseMidi.write(PhraseMidi.sequence(0, 60, 4, 9), dir.resolve("b.mid"));
        PhraseMidi.write(PhraseMidi.sequence(0, 60, 4, 10), dir.resolve("c.mid"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.mid")), Files.readAllBytes(dir.resolve("b.mid")));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a.mid")),
                Files.readAllBytes(dir.resolve("c.mid"))));
        assertEquals(0, MidiSystem.getMidiFileFormat(dir.resolve("a.mid").toFile()).getType());
    }
}
