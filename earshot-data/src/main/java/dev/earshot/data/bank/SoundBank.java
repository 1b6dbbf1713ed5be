package dev.earshot.data.bank;

import dev.earshot.audio.AudioBuffer;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;

/**
 * A collection of labelled dry clips that scenes draw sources from.
 *
 * <p>Implementations must be deterministic: {@link #clips()} returns the same clips in the same order
 * every time (dataset generation is seeded by clip position), and {@link #load(BankClip)} returns the
 * same samples for the same clip. Implementations must be safe for concurrent {@code load} calls.
 */
public interface SoundBank {

    /**
     * All clips of the bank in a fixed, deterministic order.
     *
     * @return an unmodifiable list of clips with unique ids
     */
    List<BankClip> clips();

    /**
     * Loads the audio of one clip of this bank.
     *
     * @param clip a clip returned by {@link #clips()}
     * @return the audio at the file's own sample rate and channel count (callers downmix/resample)
     * @throws IOException if the file is missing, unreadable or malformed; the message names the clip
     */
    AudioBuffer load(BankClip clip) throws IOException;

    /**
     * The clips of one split, in bank order.
     *
     * @param split split name, e.g. "train"
     * @return clips whose {@link BankClip#split()} equals {@code split}
     */
    default List<BankClip> clips(String split) {
        return clips().stream().filter(c -> c.split().equals(split)).toList();
    }

    /**
     * The distinct class labels used by the clips, sorted lexicographically.
     *
     * @return the class vocabulary of the bank
     */
    default List<String> classes() {
        TreeSet<String> all = new TreeSet<>();
        for (BankClip c : clips()) {
            all.addAll(c.labels());
        }
        return List.copyOf(all);
    }
}
