package dev.earshot.data.testing;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.audio.io.WavEncoding;
import dev.earshot.data.bank.BankClip;
import dev.earshot.data.bank.SoundBank;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A tiny synthetic bank for tests: clip {@code k} of class {@code c} is a tone of 200 (c + 1) Hz plus a
 * little seeded noise, written as a PCM16 WAV into a folder and read back on {@link #load}.
 */
public final class ToneBank implements SoundBank {
    private final Path root;
    private final List<BankClip> clips;

    private ToneBank(Path root, List<BankClip> clips) {
        this.root = root;
        this.clips = List.copyOf(clips);
    }

    /**
     * Writes a bank.
     *
     * @param dir          folder to write into
     * @param classes      number of classes (labels "class0", "class1", ...)
     * @param clipsPerClass clips per class
     * @param seconds      clip length
     * @param fs           clip sample rate
     * @return the bank
     * @throws IOException if writing fails
     */
    public static ToneBank write(Path dir, int classes, int clipsPerClass, double seconds, int fs) throws IOException {
        Files.createDirectories(dir);
        List<BankClip> clips = new ArrayList<>();
        Random rng = new Random(42);
        for (int c = 0; c < classes; c++) {
            for (int k = 0; k < clipsPerClass; k++) {
                String id = "c" + c + "-" + k;
                int n = (int) Math.round(seconds * fs);
                float[] x = new float[n];
                double f = 200.0 * (c + 1);
                for (int i = 0; i < n; i++) {
                    x[i] = (float) (0.3 * Math.sin(2 * Math.PI * f * i / fs) + 0.05 * rng.nextGaussian());
                }
                AudioFiles.writeWav(dir.resolve(id + ".wav"), AudioBuffer.mono(x, fs), WavEncoding.PCM16);
                clips.add(new BankClip(id, id + ".wav", List.of("class" + c), "rec-" + c + "-" + k, "CC0-1.0",
                        k % 4 == 3 ? "test" : "train"));
            }
        }
        return new ToneBank(dir, clips);
    }

    /**
     * @param extra a clip to add (its file may be missing, for bad-clip tests)
     * @return a bank with the clip appended
     */
    public ToneBank with(BankClip extra) {
        List<BankClip> all = new ArrayList<>(clips);
        all.add(extra);
        return new ToneBank(root, all);
    }

    /** @return the bank folder */
    public Path root() {
        return root;
    }

    @Override
    public List<BankClip> clips() {
        return clips;
    }

    @Override
    public AudioBuffer load(BankClip clip) throws IOException {
        return AudioFiles.read(root.resolve(clip.path()));
    }
}
