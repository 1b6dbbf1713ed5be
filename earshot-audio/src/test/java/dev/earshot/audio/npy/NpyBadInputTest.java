package dev.earshot.audio.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.io.AudioFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed .npy files raise AudioFileException naming the file, the field and what was expected. */
class NpyBadInputTest {
    @TempDir
    Path tmp;

    /** A v1 file with the given header dict (padded like numpy) followed by the given data bytes. */
    private static byte[] v1(String dict, int dataBytes) {
        int total = (10 + dict.length() + 1 + 63) / 64 * 64;
        byte[] b = new byte[total + dataBytes];
        byte[] magic = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
        System.arraycopy(magic, 0, b, 0, 8);
        int hl = total - 10;
        b[8] = (byte) hl;
        b[9] = (byte) (hl >> 8);
        byte[] d = dict.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(d, 0, b, 10, d.length);
        Arrays.fill(b, 10 + d.length, total - 1, (byte) ' ');
        b[total - 1] = '\n';
        return b;
    }

    private void reject(String name, byte[] content, String field, String expectedText) throws IOException {
        Path f = tmp.resolve(name);
        Files.write(f, content);
        AudioFileException e = assertThrows(AudioFileException.class, () -> Npy.read(f));
        assertEquals(f, e.file());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith(f + ": " + field + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expectedText), e.getMessage());
    }

    @Test
    void validHandBuiltFileReads() throws IOException {
        Path f = tmp.resolve("ok.npy");
        Files.write(f, v1("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }", 16));
        assertEquals(2, Npy.read(f).size());
    }

    @Test
    void badMagic() throws IOException {
        reject("wav.npy", "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1), "magic",
                "expected the 6 bytes \\x93NUMPY (93 4E 55 4D 50 59), found 52 49 46 46 00 00");
    }

    @Test
    void tooShortForMagic() throws IOException {
        reject("tiny.npy", new byte[] {(byte) 0x93, 'N'}, "magic", "expected at least 10 bytes (magic \\x93NUMPY, version, header length), the file has 2");
    }

    @Test
    void unsupportedVersion() throws IOException {
        byte[] b = NpyFixtures.bytes("f8_c_le_v1.npy");
        b[6] = 4;
        reject("v4.npy", b, "version", "expected 1.0, 2.0 or 3.0, found 4.0");
    }

    @Test
    void headerLengthPastEndOfFile() throws IOException {
        byte[] b = Arrays.copyOf(NpyFixtures.bytes("f8_c_le_v1.npy"), 60);
        reject("cuthead.npy", b, "header.length", "expected at most 50 bytes");
    }

    @Test
    void truncatedData() throws IOException {
        byte[] b = NpyFixtures.bytes("f8_c_le_v1.npy");
        reject("cutdata.npy", Arrays.copyOf(b, b.length - 8), "data", "expected 120 bytes for shape [3, 5] of f8, found 112 (truncated)");
    }

    @Test
    void trailingBytes() throws IOException {
        byte[] b = NpyFixtures.bytes("f8_c_le_v1.npy");
        reject("extra.npy", Arrays.copyOf(b, b.length + 4), "data", "expected 120 bytes for shape [3, 5] of f8, found 124");
    }

    @Test
    void unsupportedDtype() throws IOException {
        reject("complex.npy", v1("{'descr': '<c16', 'fortran_order': False, 'shape': (1,), }", 16),
                "header.descr", "expected one of '<f4', '<f8', '<i2', '<i4' (or '>'), found '<c16'");
    }

    @Test
    void structuredDtype() throws IOException {
        reject("struct.npy", v1("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1,), }", 4),
                "header.descr", "structured dtypes are not supported");
    }

    @Test
    void missingFortranOrder() throws IOException {
        reject("nofo.npy", v1("{'descr': '<f4', 'shape': (1,), }", 4), "header.fortran_order", "expected True or False");
    }

    @Test
    void negativeDimension() throws IOException {
        reject("neg.npy", v1("{'descr': '<f4', 'fortran_order': False, 'shape': (-1, 2), }", 0),
                "header.shape", "expected non-negative ints");
    }

    @Test
    void headerThatIsNotADict() throws IOException {
        reject("list.npy", v1("['descr', '<f4']", 0), "header", "expected a dict");
    }

    @Test
    void unparsableHeader() throws IOException {
        reject("garbage.npy", v1("{'descr': '<f4', 'fortran_order': Maybe, 'shape': (1,), }", 4), "header",
                "expected a Python dict literal");
    }

    @Test
    void readMatrixRejectsNon2dArrays() throws IOException {
        Path f = NpyFixtures.npy("f8_3d.npy");
        AudioFileException e = assertThrows(AudioFileException.class, () -> Npy.readMatrix(f));
        assertEquals("header.shape", e.field());
        assertTrue(e.getMessage().contains("expected a 2-D array [channels, samples], found shape [2, 3, 4]"), e.getMessage());
        IllegalStateException s = assertThrows(IllegalStateException.class, () -> Npy.read(f).toFloatMatrix());
        assertTrue(s.getMessage().contains("[2, 3, 4]"));
    }
}
