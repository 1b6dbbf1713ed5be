package dev.earshot.data.bank.build;

import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * Generates short seeded melodic phrases as a Standard MIDI File, one phrase per fixed-length slot, so
 * that the rendered audio can be cut back into one recording per phrase.
 *
 * <p>Timing: 480 ticks per quarter note at 120 BPM (1 tick = 1/960 s). Phrase {@code k} starts at
 * {@code k * SLOT_S} seconds; its notes (5 to 9, on a major scale around the centre note, 0.25-0.75 s
 * each, velocity 70-110) end at most {@link #MAX_PHRASE_S} after the start, leaving the rest of the slot
 * for the instrument's release.
 */
final class PhraseMidi {
    /** Seconds from one phrase start to the next. */
    static final double SLOT_S = 6.0;
    /** Longest sounding part of a phrase, seconds. */
    static final double MAX_PHRASE_S = 4.0;
    private static final int PPQ = 480;
    private static final double TICKS_PER_S = 960.0;
    private static final int[] MAJOR = {0, 2, 4, 5, 7, 9, 11};
    private static final double[] DURATIONS_S = {0.25, 0.375, 0.5, 0.75};

    private PhraseMidi() {
    }

    /**
     * Builds the sequence.
     *
     * @param program    General MIDI program, 0..127
     * @param centreNote MIDI note the melody moves around
     * @param phrases    number of phrases
     * @param seed       random seed (the same seed gives the same notes)
     * @return a one-track sequence on channel 0
     * @throws IllegalArgumentException if program or centre note are out of range or phrases < 1
     */
    static Sequence sequence(int program, int centreNote, int phrases, long seed) {
        if (program < 0 || program > 127 || centreNote < 12 || centreNote > 115 || phrases < 1) {
            throw new IllegalArgumentException("program 0..127, centre note 12..115, phrases >= 1 required");
        }
        try {
            Sequence seq = new Sequence(Sequence.PPQ, PPQ);
            Track t = seq.createTrack();
            byte[] tempo = {0x07, (byte) 0xA1, 0x20}; // 500000 us per quarter = 120 BPM
            t.add(new MidiEvent(new MetaMessage(0x51, tempo, 3), 0));
            t.add(new MidiEvent(new ShortMessage(ShortMessage.PROGRAM_CHANGE, 0, program, 0), 0));
            t.add(new MidiEvent(new ShortMessage(ShortMessage.CONTROL_CHANGE, 0, 7, 110), 0));
            Random rnd = new Random(seed * 1_000_003L + program);
            for (int k = 0; k < phrases; k++) {
                double time = k * SLOT_S;
                double end = time + MAX_PHRASE_S;
                int notes = 5 + rnd.nextInt(5);
                int degree = 7 + rnd.nextInt(3) - 1; // around the centre, in scale steps (7 = centre octave)
                for (int n = 0; n < notes; n++) {
                    double dur = DURATIONS_S[rnd.nextInt(DURATIONS_S.length)];
                    if (time + dur > end) {
                        break;
                    }
                    degree = Math.max(2, Math.min(12, degree + rnd.nextInt(5) - 2));
                    int note = centreNote - 12 + 12 * (degree / 7) + MAJOR[degree % 7];
                    int velocity = 70 + rnd.nextInt(41);
                    long on = Math.round(time * TICKS_PER_S);
                    long off = Math.round((time + dur * 0.95) * TICKS_PER_S);
                    t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, note, velocity), on));
                    t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, 0, note, 0), off));
                    time += dur;
                }
            }
            long last = Math.round(phrases * SLOT_S * TICKS_PER_S);
            t.add(new MidiEvent(new ShortMessage(ShortMessage.CONTROL_CHANGE, 0, 123, 0), last));
            return seq;
        } catch (InvalidMidiDataException e) {
            throw new IllegalStateException("generated MIDI is invalid", e);
        }
    }

    /**
     * Writes a sequence as a type-0 Standard MIDI File.
     *
     * @param seq  the sequence
     * @param file target
     * @throws IOException if writing fails
     */
    static void write(Sequence seq, Path file) throws IOException {
        MidiSystem.write(seq, 0, file.toFile());
    }
}
