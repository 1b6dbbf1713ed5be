package dev.earshot.spatial.ambisonics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.geom.Direction;
import org.junit.jupiter.api.Test;

class NormalisationTest {
    private static final int RATE = 48000;

    @Test
    void sn3dToN3dScalesEachDegreeBySqrtTwoLPlusOne() {
        float[] one = {1f};
        Direction d = new Direction(-20, 40);
        AudioBuffer sn3d = AmbisonicEncoder.encode(AudioBuffer.mono(one, RATE), AmbisonicOrder.THIRD, d);
        AudioBuffer n3d = Normalisation.SN3D.convert(sn3d, Normalisation.N3D);
        double[] expected = SphericalHarmonics.n3d(3, d);
        for (int n = 0; n < 16; n++) {
            assertEquals(expected[n], n3d.channel(n)[0], 1e-6);
        }
    }

    @Test
    void n3dToSn3dRoundTrips() {
        float[][] s = new float[9][];
        for (int c = 0; c < 9; c++) {
            s[c] = AmbisonicEncoderTest.noise(100, 60 + c);
        }
        AudioBuffer back = Normalisation.N3D.convert(Normalisation.SN3D.convert(new AudioBuffer(s, RATE),
                Normalisation.N3D), Normalisation.SN3D);
        for (int c = 0; c < 9; c++) {
            assertArrayEquals(s[c], back.channel(c), 1e-6f);
        }
    }

    @Test
    void fumaFactorsAreInverseSqrtTwoForWAndOneForFirstOrder() {
        assertEquals(1 / Math.sqrt(2), Normalisation.FUMA.fromSn3d(0), 1e-15);
        assertEquals(1.0, Normalisation.FUMA.fromSn3d(1), 0);
        assertThrows(IllegalArgumentException.class, () -> Normalisation.FUMA.fromSn3d(2));
        assertThrows(IllegalArgumentException.class,
                () -> Normalisation.SN3D.convert(AudioBuffer.silence(4, 2, RATE), Normalisation.FUMA));
    }

    @Test
    void rejectsChannelCountsThatAreNoOrder() {
        assertThrows(IllegalArgumentException.class,
                () -> Normalisation.SN3D.convert(AudioBuffer.silence(5, 2, RATE), Normalisation.N3D));
    }
}
