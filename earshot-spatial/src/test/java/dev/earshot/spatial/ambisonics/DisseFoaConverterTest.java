package dev.earshot.spatial.ambisonics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import org.junit.jupiter.api.Test;

class DisseFoaConverterTest {
    private static final int RATE = 48000;
    /** Tetrahedral capsule axes: front-left-up, front-right-down, back-left-down, back-right-up. */
    private static final Vec3[] CAPSULES = {
        new Vec3(1, 1, 1).normalized(), new Vec3(1, -1, -1).normalized(),
        new Vec3(-1, 1, -1).normalized(), new Vec3(-1, -1, 1).normalized()};

    /** Ideal coincident cardioid capsules (0.5 + 0.5 cos angle) picking up a plane wave. */
    static AudioBuffer aFormat(float[] x, Direction d) {
        Vec3 u = d.unitVector();
        float[][] m = new float[4][x.length];
        for (int c = 0; c < 4; c++) {
            double g = 0.5 * (1 + CAPSULES[c].dot(u));
            for (int i = 0; i < x.length; i++) {
                m[c][i] = (float) (g * x[i]);
            }
        }
        return new AudioBuffer(m, RATE);
    }

    @Test
    void idealTetrahedralCardioidsConvertToTheAmbixEncoding() {
        float[] x = AmbisonicEncoderTest.noise(200, 41);
        for (Direction d : SphericalHarmonicsTest.testDirections().subList(0, 40)) {
            AudioBuffer ambix = DisseFoaConverter.toAmbix(DisseFoaConverter.aFormatToDisseFoa(aFormat(x, d)));
            AudioBuffer expected = AmbisonicEncoder.encode(AudioBuffer.mono(x.clone(), RATE), AmbisonicOrder.FIRST, d);
            for (int c = 0; c < 4; c++) {
                assertArrayEquals(expected.channel(c), ambix.channel(c), 1e-5f, "channel " + c + " at " + d);
            }
        }
    }

    @Test
    void aFormatMatrixIsTheDissePipelines() {
        float[][] m = {{1f}, {2f}, {4f}, {8f}};
        AudioBuffer foa = DisseFoaConverter.aFormatToDisseFoa(new AudioBuffer(m, RATE));
        assertArrayEquals(new float[] {7.5f}, foa.channel(0)); // W = (1+2+4+8)/2
        assertArrayEquals(new float[] {-2.5f}, foa.channel(1)); // Y = (1-2+4-8)/2
        assertArrayEquals(new float[] {1.5f}, foa.channel(2)); // Z = (1-2-4+8)/2
        assertArrayEquals(new float[] {-4.5f}, foa.channel(3)); // X = (1+2-4-8)/2
    }

    @Test
    void fromAmbixInvertsToAmbix() {
        float[][] s = new float[4][];
        for (int c = 0; c < 4; c++) {
            s[c] = AmbisonicEncoderTest.noise(300, 50 + c);
        }
        AudioBuffer back = DisseFoaConverter.toAmbix(DisseFoaConverter.fromAmbix(new AudioBuffer(s, RATE)));
        for (int c = 0; c < 4; c++) {
            assertArrayEquals(s[c], back.channel(c), 1e-6f);
        }
    }

    @Test
    void rejectsWrongChannelCount() {
        assertThrows(IllegalArgumentException.class,
                () -> DisseFoaConverter.aFormatToDisseFoa(AudioBuffer.silence(3, 3, RATE)));
    }
}
