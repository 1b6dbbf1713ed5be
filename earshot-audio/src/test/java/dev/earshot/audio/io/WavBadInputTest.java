package dev.earshot.audio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrupt, truncated and unsupported WAV files raise {@link AudioFileException} naming the file, the
 * field and the expected value. Each case edits one field of a valid fixture (pcm16_stereo.wav has
 * the canonical 44-byte header: fmt body at 20, data header at 36, samples at 44).
 */
class WavBadInputTest {
    @TempDir
    Path tmp;

    private static byte[] pcm16() throws IOException {
        return Fixtures.bytes("pcm16_stereo.wav");
    }

    private static void putShort(byte[] b, int at, int v) {
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putShort(at, (short) v);
    }

    private static void putInt(byte[] b, int at, int v) {
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(at, v);
    }

    private AudioFileException reject(String name, byte[] content, String field, String expectedText) throws IOException {
        Path f = Fixtures.write(tmp, name, content);
        AudioFileException e = assertThrows(AudioFileException.class, () -> AudioFiles.read(f));
        assertEquals(f, e.file());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith(f + ": " + field + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expectedText), e.getMessage());
        // the header-only path reports the same problem
        if (!field.startsWith("data") || field.equals("data.size")) {
            AudioFileException i = assertThrows(AudioFileException.class, () -> AudioFiles.info(f));
            assertEquals(field, i.field());
        }
        return e;
    }

    @Test
    void zeroChannels() throws IOException {
        byte[] b = pcm16();
        putShort(b, 22, 0);
        reject("zero_channels.wav", b, "fmt.channels", "expected at least 1 channel, found 0");
    }

    @Test
    void unsupportedBitDepth() throws IOException {
        byte[] b = pcm16();
        putShort(b, 34, 12);
        putShort(b, 32, 3);
        reject("bits12.wav", b, "fmt.bitsPerSample", "expected 8, 16, 24 or 32 for integer PCM, found 12");
    }

    @Test
    void unsupportedFloatBitDepth() throws IOException {
        byte[] b = pcm16();
        putShort(b, 20, 3);
        reject("float16.wav", b, "fmt.bitsPerSample", "expected 32 or 64 for IEEE float, found 16");
    }

    @Test
    void compressedFormatTag() throws IOException {
        byte[] b = pcm16();
        putShort(b, 20, 2); // Microsoft ADPCM
        reject("adpcm.wav", b, "fmt.formatTag", "expected 1 (PCM), 3 (IEEE float) or 0xFFFE (extensible), found 2");
    }

    @Test
    void blockAlignInconsistentWithChannels() throws IOException {
        byte[] b = pcm16();
        putShort(b, 32, 2);
        reject("align.wav", b, "fmt.blockAlign", "expected channels x bytesPerSample = 4, found 2");
    }

    @Test
    void zeroSampleRate() throws IOException {
        byte[] b = pcm16();
        putInt(b, 24, 0);
        reject("rate0.wav", b, "fmt.sampleRate", "found 0");
    }

    @Test
    void dataChunkSizePastEndOfFile() throws IOException {
        byte[] b = pcm16();
        putInt(b, 40, 2000 + 400);
        reject("data_past_eof.wav", b, "data.size", "expected at most 2000 bytes");
    }

    @Test
    void truncatedSampleData() throws IOException {
        byte[] b = pcm16();
        reject("truncated.wav", Arrays.copyOf(b, b.length - 100), "data.size", "found 2000 (truncated file?)");
    }

    @Test
    void dataSizeNotAWholeNumberOfFrames() throws IOException {
        byte[] b = pcm16();
        putInt(b, 40, 1998);
        reject("partial_frame.wav", b, "data.size", "expected a multiple of blockAlign 4 bytes, found 1998");
    }

    @Test
    void truncatedHeader() throws IOException {
        reject("header_only.wav", Arrays.copyOf(pcm16(), 30), "fmt.size", "expected at most 10 bytes");
    }

    @Test
    void riffHeaderOnly() throws IOException {
        reject("riff_only.wav", Arrays.copyOf(pcm16(), 12), "fmt", "expected a 'fmt ' chunk");
    }

    @Test
    void missingDataChunk() throws IOException {
        byte[] b = Arrays.copyOf(pcm16(), 36);
        reject("no_data.wav", b, "data", "expected a 'data' chunk");
    }

    @Test
    void fmtChunkTooShort() throws IOException {
        byte[] b = pcm16();
        putInt(b, 16, 12);
        reject("fmt12.wav", b, "fmt.size", "expected at least 16 bytes, found 12");
    }

    @Test
    void unknownChunkPastEndOfFile() throws IOException {
        byte[] b = pcm16();
        b[12] = 'L';
        b[13] = 'I';
        b[14] = 'S';
        b[15] = 'T';
        putInt(b, 16, 1 << 20);
        reject("list_past_eof.wav", b, "chunk 'LIST'.size", "truncated file?");
    }

    @Test
    void riffFormOtherThanWave() throws IOException {
        byte[] b = pcm16();
        b[8] = 'A';
        b[9] = 'V';
        b[10] = 'I';
        b[11] = ' ';
        reject("avi.wav", b, "RIFF.format", "expected 'WAVE'");
    }

    @Test
    void extensibleWithUnknownSubformat() throws IOException {
        byte[] b = Fixtures.bytes("ext_pcm24_4ch.wav");
        b[20 + 24] = 0x55; // first byte of the SubFormat GUID
        reject("ext_guid.wav", b, "fmt.subFormat", "expected the KSDATAFORMAT_SUBTYPE_PCM or _IEEE_FLOAT GUID");
    }

    @Test
    void extensibleWithValidBitsAboveContainer() throws IOException {
        byte[] b = Fixtures.bytes("ext_pcm24_4ch.wav");
        putShort(b, 20 + 18, 32);
        reject("ext_valid.wav", b, "fmt.validBitsPerSample", "expected at most bitsPerSample 24, found 32");
    }

    @Test
    void extensibleWithShortCbSize() throws IOException {
        byte[] b = Fixtures.bytes("ext_pcm24_4ch.wav");
        putShort(b, 20 + 16, 0);
        reject("ext_cb.wav", b, "fmt.cbSize", "expected at least 22");
    }

    @Test
    void rf64WithoutDs64() throws IOException {
        byte[] b = pcm16();
        b[0] = 'R';
        b[1] = 'F';
        b[2] = '6';
        b[3] = '4';
        reject("rf64_no_ds64.wav", b, "ds64", "expected a 'ds64' chunk first");
    }

    @Test
    void rf64DataSizeInDs64PastEndOfFile() throws IOException {
        byte[] b = Fixtures.bytes("rf64_pcm16_stereo.wav");
        // ds64 body at 20: riffSize(8) dataSize(8) sampleCount(8) tableLength(4)
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(28, 1L << 33);
        reject("rf64_big.wav", b, "data.size", "truncated file?");
    }
}
