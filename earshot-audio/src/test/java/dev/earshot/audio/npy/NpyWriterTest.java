package dev.earshot.audio.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Written .npy files are byte-identical to what numpy.save writes for the same array. */
class NpyWriterTest {
    @TempDir
    Path tmp;

    private static double[] closedForm() {
        double[] d = new double[15];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 5; j++) {
                d[i * 5 + j] = 100 * i + j + 0.25;
            }
        }
        return d;
    }

    @Test
    void float64MatchesNumpySaveBytes() throws IOException {
        Path f = tmp.resolve("f8.npy");
        Npy.write(f, NpyArray.ofDoubles(closedForm(), 3, 5));
        assertArrayEquals(NpyFixtures.bytes("f8_c_le_v1.npy"), Files.readAllBytes(f));
    }

    @Test
    void float32MatchesNumpySaveBytes() throws IOException {
        float[] x = new float[15];
        double[] d = closedForm();
        for (int i = 0; i < 15; i++) {
            x[i] = (float) d[i];
        }
        Path f = tmp.resolve("f4.npy");
        Npy.write(f, NpyArray.ofFloats(x, 3, 5));
        assertArrayEquals(NpyFixtures.bytes("f4_c_le_v1.npy"), Files.readAllBytes(f));
    }

    @Test
    void fortranInputIsWrittenInCOrder() throws IOException {
        Path f = tmp.resolve("fromF.npy");
        Npy.write(f, Npy.read(NpyFixtures.npy("f8_fortran_le_v1.npy")));
        assertArrayEquals(NpyFixtures.bytes("f8_c_le_v1.npy"), Files.readAllBytes(f));
    }

    @Test
    void oneDimensionalThreeDimensionalAndScalarShapesMatchNumpy() throws IOException {
        for (String name : new String[] {"f4_1d.npy", "f8_3d.npy", "f8_scalar.npy"}) {
            Path f = tmp.resolve(name);
            Npy.write(f, Npy.read(NpyFixtures.npy(name)));
            assertArrayEquals(NpyFixtures.bytes(name), Files.readAllBytes(f), name);
        }
    }

    @Test
    void matrixWriterMatchesNumpyAndRoundTrips() throws IOException {
        float[][] m = Npy.read(NpyFixtures.npy("f4_c_le_v1.npy")).toFloatMatrix();
        Path f4 = tmp.resolve("m4.npy");
        Npy.writeMatrix(f4, m, NpyDtype.FLOAT32);
        assertArrayEquals(NpyFixtures.bytes("f4_c_le_v1.npy"), Files.readAllBytes(f4));
        Path f8 = tmp.resolve("m8.npy");
        Npy.writeMatrix(f8, m, NpyDtype.FLOAT64);
        assertArrayEquals(NpyFixtures.bytes("f8_c_le_v1.npy"), Files.readAllBytes(f8));
        assertEquals(NpyArray.ofMatrix(m, NpyDtype.FLOAT64), Npy.read(f8));
    }

    @Test
    void intArraysAreWrittenAsFloat64() throws IOException {
        NpyArray ints = Npy.read(NpyFixtures.npy("i4_c_be_v1.npy"));
        Path f = tmp.resolve("i.npy");
        Npy.write(f, ints);
        NpyArray back = Npy.read(f);
        assertEquals(NpyDtype.FLOAT64, back.dtype());
        assertArrayEquals(ints.data(), back.data());
    }

    @Test
    void headerBeyond64KiBSwitchesToVersion2() throws IOException {
        int[] shape = new int[23000];
        Arrays.fill(shape, 1);
        Path f = tmp.resolve("v2.npy");
        Npy.write(f, NpyArray.ofDoubles(new double[] {1.5}, shape));
        byte[] b = Files.readAllBytes(f);
        assertEquals(2, b[6]);
        assertEquals(0, (b.length - 8) % 64);
        NpyArray back = Npy.read(f);
        assertEquals(23000, back.rank());
        assertEquals(1.5, back.data()[0]);
    }

    @Test
    void ragged2dInputIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Npy.writeMatrix(tmp.resolve("r.npy"), new float[][] {{1f, 2f}, {3f}}, NpyDtype.FLOAT32));
        assertThrows(IllegalArgumentException.class, () -> NpyArray.ofDoubles(new double[5], 2, 3));
    }
}
