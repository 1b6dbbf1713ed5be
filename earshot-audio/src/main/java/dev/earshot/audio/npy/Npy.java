package dev.earshot.audio.npy;

import dev.earshot.audio.io.AtomicFiles;
import dev.earshot.audio.io.AudioFileException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads and writes NumPy {@code .npy} files.
 *
 * <p>Reading accepts format versions 1.0, 2.0 and 3.0, dtypes float32/float64/int16/int32 in little
 * or big endian, C or Fortran order; the data must be exactly {@code product(shape) * itemsize}
 * bytes. Writing produces little-endian C-order float32 or float64, version 1.0 (2.0 when the header
 * does not fit in 65535 bytes), header padded to a multiple of 64 bytes as NumPy does, atomically.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int BLOCK = 1 << 16;

    private Npy() {
    }

    /**
     * Reads an array.
     *
     * @param file a .npy file
     * @return the array, in the file's memory order
     * @throws AudioFileException if the file is not a supported .npy array (bad magic, version, header,
     *                            dtype, or truncated data)
     * @throws IOException        if it cannot be read
     */
    public static NpyArray read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer pre = readExact(file, ch, 0, (int) Math.min(12, size));
            if (pre.limit() < 10) {
                throw new AudioFileException(file, "magic", "expected at least 10 bytes (magic \\x93NUMPY, version, "
                        + "header length), the file has " + pre.limit());
            }
            if (!Arrays.equals(Arrays.copyOf(pre.array(), 6), MAGIC)) {
                throw new AudioFileException(file, "magic", "expected the 6 bytes \\x93NUMPY (93 4E 55 4D 50 59), found "
                        + hex(pre.array(), 6));
            }
            int major = pre.get(6) & 0xFF;
            int minor = pre.get(7) & 0xFF;
            long headerLen;
            int prefix;
            if (major == 1 && minor == 0) {
                headerLen = pre.getShort(8) & 0xFFFF;
                prefix = 10;
            } else if ((major == 2 || major == 3) && minor == 0) {
                if (pre.limit() < 12) {
                    throw new AudioFileException(file, "header.length", "expected a 4-byte header length, the file ends at byte " + size);
                }
                headerLen = Integer.toUnsignedLong(pre.getInt(8));
                prefix = 12;
            } else {
                throw new AudioFileException(file, "version", "expected 1.0, 2.0 or 3.0, found " + major + "." + minor);
            }
            if (headerLen > (1 << 24)) {
                throw new AudioFileException(file, "header.length", "expected at most 16 MiB of header, found " + headerLen + " bytes");
            }
            if (prefix + headerLen > size) {
                throw new AudioFileException(file, "header.length", "expected at most " + (size - prefix)
                        + " bytes (the rest of the file), found " + headerLen);
            }
            ByteBuffer hb = readExact(file, ch, prefix, (int) headerLen);
            String text = new String(hb.array(), 0, (int) headerLen,
                    major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            NpyHeader h = NpyHeader.parse(file, text);
            long n = 1;
            for (int d : h.shape()) {
                n *= d;
            }
            long dataOffset = prefix + headerLen;
            long expected = n * h.dtype().bytes();
            if (size - dataOffset != expected) {
                throw new AudioFileException(file, "data", "expected " + expected + " bytes for shape "
                        + Arrays.toString(h.shape()) + " of " + h.dtype().code() + ", found " + (size - dataOffset)
                        + (size - dataOffset < expected ? " (truncated)" : ""));
            }
            double[] data = new double[(int) n];
            int item = h.dtype().bytes();
            int perBlock = BLOCK / item;
            ByteBuffer buf = ByteBuffer.allocate(perBlock * item).order(h.order());
            long pos = dataOffset;
            for (int done = 0; done < n; ) {
                int k = (int) Math.min(perBlock, n - done);
                buf.clear().limit(k * item);
                fill(file, ch, buf, pos);
                buf.flip();
                for (int i = 0; i < k; i++) {
                    data[done + i] = switch (h.dtype()) {
                        case FLOAT32 -> buf.getFloat();
                        case FLOAT64 -> buf.getDouble();
                        case INT16 -> buf.getShort();
                        case INT32 -> buf.getInt();
                    };
                }
                done += k;
                pos += (long) k * item;
            }
            return new NpyArray(h.shape(), h.fortranOrder(), data, h.dtype());
        }
    }

    /**
     * Reads a 2-D array as a float matrix {@code [rows][cols]}, e.g. a binaural RIR
     * {@code [channels][samples]}.
     *
     * @param file a .npy file holding a 2-D array
     * @return the matrix, values rounded to float
     * @throws AudioFileException if the file is unreadable as .npy or the array is not 2-D
     * @throws IOException        if it cannot be read
     */
    public static float[][] readMatrix(Path file) throws IOException {
        NpyArray a = read(file);
        if (a.rank() != 2) {
            throw new AudioFileException(file, "header.shape", "expected a 2-D array [channels, samples], found shape "
                    + Arrays.toString(a.shape()));
        }
        return a.toFloatMatrix();
    }

    /**
     * Writes an array as little-endian C-order float32 or float64 (as its dtype says; int arrays
     * are written as float64), atomically.
     *
     * @param file  target path
     * @param array the array (Fortran-order arrays are reordered to C order)
     * @throws IOException if writing fails; the target is then untouched
     */
    public static void write(Path file, NpyArray array) throws IOException {
        NpyArray c = array.toCOrder();
        NpyDtype dtype = c.dtype() == NpyDtype.FLOAT32 ? NpyDtype.FLOAT32 : NpyDtype.FLOAT64;
        byte[] header = header(dtype, c.shape());
        double[] data = c.data();
        AtomicFiles.write(file, out -> {
            out.write(header);
            int item = dtype.bytes();
            ByteBuffer buf = ByteBuffer.allocate(BLOCK).order(ByteOrder.LITTLE_ENDIAN);
            for (int done = 0; done < data.length; ) {
                int k = Math.min(BLOCK / item, data.length - done);
                buf.clear();
                for (int i = 0; i < k; i++) {
                    if (dtype == NpyDtype.FLOAT32) {
                        buf.putFloat((float) data[done + i]);
                    } else {
                        buf.putDouble(data[done + i]);
                    }
                }
                out.write(buf.array(), 0, buf.position());
                done += k;
            }
        });
    }

    /**
     * Writes a float matrix {@code [rows][cols]} (e.g. audio {@code [channels][samples]}) as a 2-D
     * little-endian C-order array, atomically, without an intermediate double copy.
     *
     * @param file   target path
     * @param matrix rows of equal length, at least one
     * @param dtype  FLOAT32 or FLOAT64
     * @throws IllegalArgumentException on ragged rows or an integer dtype
     * @throws IOException              if writing fails; the target is then untouched
     */
    public static void writeMatrix(Path file, float[][] matrix, NpyDtype dtype) throws IOException {
        if (dtype != NpyDtype.FLOAT32 && dtype != NpyDtype.FLOAT64) {
            throw new IllegalArgumentException("Npy writes float32 or float64, got " + dtype);
        }
        if (matrix == null || matrix.length == 0) {
            throw new IllegalArgumentException("matrix needs at least one row");
        }
        int cols = matrix[0].length;
        for (int r = 0; r < matrix.length; r++) {
            if (matrix[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + matrix[r].length + " columns, expected " + cols);
            }
        }
        byte[] header = header(dtype, new int[] {matrix.length, cols});
        AtomicFiles.write(file, out -> {
            out.write(header);
            ByteBuffer buf = ByteBuffer.allocate(BLOCK).order(ByteOrder.LITTLE_ENDIAN);
            for (float[] row : matrix) {
                for (float v : row) {
                    if (buf.remaining() < 8) {
                        out.write(buf.array(), 0, buf.position());
                        buf.clear();
                    }
                    if (dtype == NpyDtype.FLOAT32) {
                        buf.putFloat(v);
                    } else {
                        buf.putDouble(v);
                    }
                }
            }
            out.write(buf.array(), 0, buf.position());
        });
    }

    /**
     * Magic, version, length and the dict padded with spaces and a newline to a multiple of 64 bytes.
     * Like NumPy (1.24+), the dict is followed by spare spaces for growing the first axis in place
     * (21 digits minus those of shape[0]), so the bytes equal {@code numpy.save}'s.
     */
    static byte[] header(NpyDtype dtype, int[] shape) {
        String dict = NpyHeader.format(dtype, false, shape);
        if (shape.length > 0) {
            dict += " ".repeat(21 - Integer.toString(shape[0]).length());
        }
        int prefix = 10;
        int total = prefix + dict.length() + 1;
        int padded = (total + 63) / 64 * 64;
        if (padded - prefix > 0xFFFF) {
            prefix = 12;
            total = prefix + dict.length() + 1;
            padded = (total + 63) / 64 * 64;
        }
        int headerLen = padded - prefix;
        ByteBuffer b = ByteBuffer.allocate(padded).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).put((byte) (prefix == 10 ? 1 : 2)).put((byte) 0);
        if (prefix == 10) {
            b.putShort((short) headerLen);
        } else {
            b.putInt(headerLen);
        }
        b.put(dict.getBytes(StandardCharsets.ISO_8859_1));
        while (b.position() < padded - 1) {
            b.put((byte) ' ');
        }
        b.put((byte) '\n');
        return b.array();
    }

    private static ByteBuffer readExact(Path file, FileChannel ch, long pos, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        fill(file, ch, b, pos);
        return b.flip();
    }

    private static void fill(Path file, FileChannel ch, ByteBuffer b, long pos) throws IOException {
        long p = pos;
        while (b.hasRemaining()) {
            int r = ch.read(b, p);
            if (r < 0) {
                throw new AudioFileException(file, "data", "expected " + b.limit() + " bytes at byte " + pos + ", the file ends at byte " + p);
            }
            p += r;
        }
    }

    private static String hex(byte[] b, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(n, 8); i++) {
            s.append(String.format("%02X ", b[i]));
        }
        return s.toString().strip();
    }
}
