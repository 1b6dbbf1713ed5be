package dev.earshot.audio.io;

import dev.earshot.audio.AudioBuffer;
import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes audio files, choosing the codec from the file's content (WAV, FLAC, Ogg Vorbis). */
public final class AudioFiles {
    private AudioFiles() {
    }

    /**
     * @param file a WAV, FLAC or Ogg Vorbis file
     * @return its audio
     * @throws AudioFileException if the file is corrupt, truncated or unsupported
     * @throws IOException        if it cannot be read
     */
    public static AudioBuffer read(Path file) throws IOException {
        throw new UnsupportedOperationException("TEMPORARY: owned by the codec helper, replaced before merge");
    }

    /**
     * Writes a WAV file atomically (temporary file, then move).
     *
     * @param file     target path
     * @param audio    the audio
     * @param encoding sample encoding
     * @throws IOException if writing fails; the target is then untouched
     */
    public static void writeWav(Path file, AudioBuffer audio, WavEncoding encoding) throws IOException {
        throw new UnsupportedOperationException("TEMPORARY: owned by the codec helper, replaced before merge");
    }
}
