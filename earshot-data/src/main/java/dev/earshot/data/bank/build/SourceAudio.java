package dev.earshot.data.bank.build;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFileException;
import dev.earshot.audio.io.AudioFiles;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decodes the recordings packages ship: WAV, FLAC and Ogg Vorbis through {@link AudioFiles}, and AIFF
 * (some Hydrogen kits use it) through the JDK's {@code javax.sound.sampled} AIFF reader, converted to
 * 16-bit PCM.
 */
final class SourceAudio {
    private SourceAudio() {
    }

    /**
     * @param file an audio file
     * @return its samples in [-1, 1]
     * @throws IOException naming the file if it is corrupt or of an unsupported kind
     */
    static AudioBuffer read(Path file) throws IOException {
        if (!isAiff(file)) {
            return AudioFiles.read(file);
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
             AudioInputStream in = AudioSystem.getAudioInputStream(raw)) {
            AudioFormat src = in.getFormat();
            int channels = src.getChannels();
            AudioFormat pcm16 = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, src.getSampleRate(), 16, channels,
                    2 * channels, src.getSampleRate(), false);
            byte[] bytes;
            try (AudioInputStream conv = src.matches(pcm16) ? in : AudioSystem.getAudioInputStream(pcm16, in)) {
                bytes = conv.readAllBytes();
            }
            int frames = bytes.length / (2 * channels);
            float[][] x = new float[channels][frames];
            for (int i = 0, k = 0; i < frames; i++) {
                for (int c = 0; c < channels; c++, k += 2) {
                    x[c][i] = (short) ((bytes[k] & 0xFF) | (bytes[k + 1] << 8)) / 32768f;
                }
            }
            int rate = Math.round(src.getSampleRate());
            if (rate <= 0 || Math.abs(rate - src.getSampleRate()) > 1e-3) {
                throw new AudioFileException(file, "COMM.sampleRate", "expected a whole positive rate, got "
                        + src.getSampleRate());
            }
            return new AudioBuffer(x, rate);
        } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
            throw new AudioFileException(file, "FORM", "AIFF that the JDK cannot convert to 16-bit PCM: "
                    + e.getMessage(), e);
        }
    }

    private static boolean isAiff(Path file) throws IOException {
        byte[] head = new byte[12];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 12);
            if (n < 12) {
                return false;
            }
        }
        String s = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        return s.startsWith("FORM") && (s.startsWith("AIFF", 8) || s.startsWith("AIFC", 8));
    }
}
