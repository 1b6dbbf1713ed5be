package dev.earshot.audio.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arrays written by numpy read back with the values of their closed form (float fixtures:
 * v[i, j] = 100 i + j + 0.25; int fixtures: 100 i + j - 7), in every dtype, byte order, memory order
 * and format version; and the released SpatialSoundQA RIR matches the values numpy reported.
 */
class NpyReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "f8_c_le_v1.npy, FLOAT64, false, 0.25",
        "f4_c_le_v1.npy, FLOAT32, false, 0.25",
        "f8_c_be_v1.npy, FLOAT64, false, 0.25",
        "f4_fortran_be_v1.npy, FLOAT32, true, 0.25",
        "f8_fortran_le_v1.npy, FLOAT64, true, 0.25",
        "f8_c_le_v2.npy, FLOAT64, false, 0.25",
        "f8_c_le_v3.npy, FLOAT64, false, 0.25",
        "i2_c_le_v1.npy, INT16, false, -7",
        "i4_c_be_v1.npy, INT32, false, -7",
    })
    void readsClosedFormValues(String name, NpyDtype dtype, boolean fortran, double offset) throws IOException {
        NpyArray a = Npy.read(NpyFixtures.npy(name));
        assertArrayEquals(new int[] {3, 5}, a.shape());
        assertEquals(dtype, a.dtype());
        assertEquals(fortran, a.fortranOrder());
        float[][] m = a.toFloatMatrix();
        double[] cOrder = a.toCOrder().data();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 5; j++) {
                double v = 100 * i + j + offset;
                assertEquals(v, a.get(i, j), name + " [" + i + "," + j + "]");
                assertEquals((float) v, m[i][j]);
                assertEquals(v, cOrder[i * 5 + j]);
            }
        }
        // Fortran order keeps the file's memory order in data: the second element is [1, 0]
        assertEquals(fortran ? 100 + offset : 1 + offset, a.data()[1]);
    }

    @Test
    void readsOneDimensionalArray() throws IOException {
        NpyArray a = Npy.read(NpyFixtures.npy("f4_1d.npy"));
        assertArrayEquals(new int[] {7}, a.shape());
        assertArrayEquals(new double[] {0.25, 1.25, 2.25, 3.25, 4.25, 5.25, 6.25}, a.data());
    }

    @Test
    void readsThreeDimensionalArray() throws IOException {
        NpyArray a = Npy.read(NpyFixtures.npy("f8_3d.npy"));
        assertArrayEquals(new int[] {2, 3, 4}, a.shape());
        assertEquals(1 * 12 + 2 * 4 + 3 + 0.25, a.get(1, 2, 3));
    }

    @Test
    void readsScalar() throws IOException {
        NpyArray a = Npy.read(NpyFixtures.npy("f8_scalar.npy"));
        assertEquals(0, a.rank());
        assertEquals(3.25, a.get());
    }

    @Test
    void readsSpatialSoundQaBinauralRirAsNumpyDoes() throws IOException {
        NpyArray a = Npy.read(NpyFixtures.npy("spatialsoundqa_74.npy"));
        float[][] rir = Npy.readMatrix(NpyFixtures.npy("spatialsoundqa_74.npy"));
        List<String> ref = Files.readAllLines(NpyFixtures.npy("spatialsoundqa_74.reference.txt"));
        int checked = 0;
        for (String line : ref) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(" ");
            switch (f[0]) {
                case "dtype" -> assertEquals("<f8", f[1]);
                case "shape" -> assertArrayEquals(new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])}, a.shape());
                case "fortran_order" -> assertEquals(Boolean.parseBoolean(f[1]), a.fortranOrder());
                case "header_version" -> assertEquals("1 0", f[1] + " " + f[2]);
                case "sample" -> {
                    int c = Integer.parseInt(f[1]);
                    int i = Integer.parseInt(f[2]);
                    assertEquals(Double.parseDouble(f[3]), a.get(c, i), line);
                    assertEquals((float) Double.parseDouble(f[3]), rir[c][i], line);
                }
                case "sum" -> {
                    double s = 0;
                    for (int i = 0; i < a.shape()[1]; i++) {
                        s += a.get(Integer.parseInt(f[1]), i);
                    }
                    assertEquals(Double.parseDouble(f[2]), s, 1e-12, line);
                }
                case "min", "max" -> {
                    int c = Integer.parseInt(f[1]);
                    double e = f[0].equals("min") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                    for (int i = 0; i < a.shape()[1]; i++) {
                        e = f[0].equals("min") ? Math.min(e, a.get(c, i)) : Math.max(e, a.get(c, i));
                    }
                    assertEquals(Double.parseDouble(f[2]), e, line);
                }
                case "argmax" -> {
                    int c = Integer.parseInt(f[1]);
                    int best = 0;
                    for (int i = 1; i < a.shape()[1]; i++) {
                        if (a.get(c, i) > a.get(c, best)) {
                            best = i;
                        }
                    }
                    assertEquals(Integer.parseInt(f[2]), best, line);
                }
                default -> throw new IllegalStateException("unknown reference line " + line);
            }
            checked++;
        }
        assertEquals(4 + 2 * (7 + 4), checked);
        assertEquals(NpyDtype.FLOAT64, a.dtype());
        assertEquals(2, rir.length);
        assertEquals(41983, rir[1].length);
    }
}
