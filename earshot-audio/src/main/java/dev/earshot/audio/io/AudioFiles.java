package dev.earshot.audio.io;

import dev.earshot.audio.AudioBuffer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads and writes audio files, choosing the codec from the file's content (WAV, FLAC, Ogg Vorbis),
 * never from its extension: {@code RIFF}/{@code RF64}/{@code BW64} + {@code WAVE} is WAV, {@code fLaC}
 * (optionally after an ID3v2 tag) is FLAC, {@code OggS} is Ogg Vorbis.
 */
public final class AudioFiles {
    private AudioFiles() {
    }

    /**
     * Reads a whole file into memory.
     *
     * @param file a WAV, FLAC or Ogg Vorbis file
     * @return its audio, floats in [-1, 1] (float WAVs as stored)
     * @throws AudioFileException if the file is corrupt, truncated or unsupported
     * @throws IOException        if it cannot be read
     */
    public static AudioBuffer read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return switch (detect(file, ch)) {
                case WAV -> WavReader.read(file, ch);
                case FLAC -> FlacReader.read(file, ch);
                case OGG_VORBIS -> OggVorbisReader.read(file, ch);
            };
        }
    }

    /**
     * Reads what a file holds from its headers, without decoding the samples (for Ogg Vorbis the
     * headers are parsed and the frame count taken from the last page's granule position).
     *
     * @param file a WAV, FLAC or Ogg Vorbis file
     * @return codec, encoding, channels, sample rate and frame count
     * @throws AudioFileException if the headers are corrupt, truncated or unsupported
     * @throws IOException        if it cannot be read
     */
    public static AudioFileInfo info(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return switch (detect(file, ch)) {
                case WAV -> WavReader.readFormat(file, ch).info();
                case FLAC -> FlacReader.readStreamInfo(file, ch).info();
                case OGG_VORBIS -> OggVorbisReader.info(file, ch);
            };
        }
    }

    /**
     * Identifies the codec from the first bytes of a file.
     *
     * @param file the file
     * @return its codec
     * @throws AudioFileException if the content is none of the supported ones
     * @throws IOException        if it cannot be read
     */
    public static AudioCodec detect(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return detect(file, ch);
        }
    }

    static AudioCodec detect(Path file, FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(12);
        while (b.hasRemaining() && ch.read(b, b.position()) > 0) {
            // fill up to 12 bytes
        }
        int n = b.position();
        String head = new String(b.array(), 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (n < 4) {
            throw new AudioFileException(file, "magic", "expected at least 4 bytes identifying WAV, FLAC or Ogg, the file has " + n);
        }
        String magic = head.substring(0, 4);
        if (magic.startsWith("ID3")) {
            long at = FlacReader.streamOffset(ch);
            if (at + 4 > ch.size()) {
                throw new AudioFileException(file, "ID3v2.size", "expected a tag ending inside the file ("
                        + ch.size() + " bytes), found one ending at byte " + at);
            }
            ByteBuffer m = ByteBuffer.allocate(4);
            while (m.hasRemaining() && ch.read(m, at + m.position()) > 0) {
                // fill
            }
            if (new String(m.array(), java.nio.charset.StandardCharsets.ISO_8859_1).equals("fLaC")) {
                return AudioCodec.FLAC;
            }
            throw new AudioFileException(file, "magic", "expected 'fLaC' after the ID3v2 tag at byte " + at
                    + " (MP3 is not supported)");
        }
        switch (magic) {
            case "RIFF", "RF64", "BW64" -> {
                String form = n >= 12 ? head.substring(8, 12) : "";
                if (!form.equals("WAVE")) {
                    throw new AudioFileException(file, "RIFF.format", "expected 'WAVE' at byte 8, found '" + WavReader.printable(form) + "'");
                }
                return AudioCodec.WAV;
            }
            case "fLaC" -> {
                return AudioCodec.FLAC;
            }
            case "OggS" -> {
                return AudioCodec.OGG_VORBIS;
            }
            default -> throw new AudioFileException(file, "magic", "expected 'RIFF'/'RF64' (WAV), 'fLaC' (FLAC) or 'OggS' (Ogg Vorbis), found '"
                    + WavReader.printable(magic) + "'");
        }
    }

    /**
     * Writes a WAV file atomically (temporary file, then move). See {@link WavWriter} for the layout
     * and the sample conversion.
     *
     * @param file     target path
     * @param audio    the audio
     * @param encoding sample encoding
     * @throws IOException if writing fails; the target is then untouched
     */
    public static void writeWav(Path file, AudioBuffer audio, WavEncoding encoding) throws IOException {
        if (audio == null || encoding == null) {
            throw new IllegalArgumentException("audio and encoding are required");
        }
        if (audio.channels() > 0xFFFF) {
            throw new IllegalArgumentException("WAV holds at most 65535 channels, got " + audio.channels());
        }
        WavSampleFormat fmt = WavSampleFormat.of(encoding);
        long dataBytes = (long) audio.frames() * audio.channels() * fmt.bytes();
        if (dataBytes > WavWriter.MAX_DATA_BYTES) {
            throw new AudioFileException(file, "data.size", "expected at most " + WavWriter.MAX_DATA_BYTES
                    + " bytes of samples (RIFF 4 GiB limit), the audio needs " + dataBytes);
        }
        AtomicFiles.write(file, out -> {
            ByteBuffer header = WavWriter.header(audio.channels(), audio.sampleRateHz(), encoding, audio.frames());
            out.write(header.array(), 0, header.limit());
            int blockAlign = audio.channels() * fmt.bytes();
            int perBlock = Math.max(1, (1 << 16) / blockAlign);
            ByteBuffer stage = ByteBuffer.allocate(perBlock * blockAlign).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            for (int done = 0; done < audio.frames(); done += perBlock) {
                int n = Math.min(perBlock, audio.frames() - done);
                stage.clear();
                WavSamples.encode(audio.samples(), done, n, fmt, stage);
                out.write(stage.array(), 0, stage.position());
            }
            if ((dataBytes & 1) == 1) {
                out.write(0);
            }
        });
    }
}
