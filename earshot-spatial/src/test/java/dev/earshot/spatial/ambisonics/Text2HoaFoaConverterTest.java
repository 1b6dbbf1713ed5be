package dev.earshot.spatial.ambisonics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.geom.Direction;
import org.junit.jupiter.api.Test;

class Text2HoaFoaConverterTest {
    private static final int RATE = 48000;

    /**
     * The text2hoa renderer's encode_foa_motion as written in SPEC 5.4, for its own azimuth convention
     * (+right) in degrees.
     */
    static float[][] text2hoaEncode(float[] x, double azDegRightPositive, double elDeg) {
        double az = Math.toRadians(azDegRightPositive), el = Math.toRadians(elDeg);
        double k = Math.sqrt(3.0 / 2.0);
        float[][] out = new float[4][x.length];
        for (int i = 0; i < x.length; i++) {
            out[0][i] = (float) (x[i] / Math.sqrt(2));
            out[1][i] = (float) (k * x[i] * Math.sin(az) * Math.cos(el));
            out[2][i] = (float) (k * x[i] * Math.sin(el));
            out[3][i] = (float) (k * x[i] * Math.cos(az) * Math.cos(el));
        }
        return out;
    }

    @Test
    void text2hoaEncodingConvertsToAmbixAtTheMirroredAzimuth() {
        float[] x = AmbisonicEncoderTest.noise(256, 21);
        for (Direction d : SphericalHarmonicsTest.testDirections().subList(0, 40)) {
            // text2hoa azimuth is +right: the same physical direction has azimuth -d.azimuthDeg() there.
            AudioBuffer t2h = new AudioBuffer(text2hoaEncode(x, -d.azimuthDeg(), d.elevationDeg()), RATE);
            AudioBuffer ambix = Text2HoaFoaConverter.toAmbix(t2h);
            AudioBuffer expected = AmbisonicEncoder.encode(AudioBuffer.mono(x.clone(), RATE), AmbisonicOrder.FIRST, d);
            for (int c = 0; c < 4; c++) {
                assertArrayEquals(expected.channel(c), ambix.channel(c), 1e-5f, "channel " + c + " at " + d);
            }
        }
    }

    @Test
    void text2hoaRightIsEarshotMinusNinety() {
        float[] one = {1f};
        AudioBuffer ambix = Text2HoaFoaConverter.toAmbix(new AudioBuffer(text2hoaEncode(one, 90, 0), RATE));
        assertEquals(1f, ambix.channel(0)[0], 1e-6f);
        assertEquals(-1f, ambix.channel(1)[0], 1e-6f);
        assertEquals(0f, ambix.channel(3)[0], 1e-6f);
    }

    @Test
    void gainsMatchTheRendererFormula() {
        float[] one = {1f};
        for (Direction d : SphericalHarmonicsTest.testDirections().subList(0, 40)) {
            float[][] ref = text2hoaEncode(one, -d.azimuthDeg(), d.elevationDeg());
            double[] g = Text2HoaFoaConverter.text2hoaGains(d);
            for (int c = 0; c < 4; c++) {
                assertEquals(ref[c][0], g[c], 1e-6);
            }
        }
    }

    @Test
    void fromAmbixInvertsToAmbix() {
        float[][] s = new float[4][];
        for (int c = 0; c < 4; c++) {
            s[c] = AmbisonicEncoderTest.noise(300, 30 + c);
        }
        AudioBuffer back = Text2HoaFoaConverter.toAmbix(Text2HoaFoaConverter.fromAmbix(new AudioBuffer(s, RATE)));
        for (int c = 0; c < 4; c++) {
            assertArrayEquals(s[c], back.channel(c), 1e-6f);
        }
    }

    @Test
    void rejectsWrongChannelCount() {
        assertThrows(IllegalArgumentException.class,
                () -> Text2HoaFoaConverter.toAmbix(AudioBuffer.silence(2, 3, RATE)));
    }
}
