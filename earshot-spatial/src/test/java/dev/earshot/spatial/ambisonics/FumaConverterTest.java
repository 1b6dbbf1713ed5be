package dev.earshot.spatial.ambisonics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.geom.Direction;
import org.junit.jupiter.api.Test;

class FumaConverterTest {
    private static final int RATE = 48000;

    /** Furse-Malham first-order gains (Malham, "Higher order ambisonic systems", 2003): W, X, Y, Z. */
    static double[] closedFormFuma(Direction d) {
        double az = Math.toRadians(d.azimuthDeg()), el = Math.toRadians(d.elevationDeg());
        return new double[] {1 / Math.sqrt(2), Math.cos(az) * Math.cos(el), Math.sin(az) * Math.cos(el), Math.sin(el)};
    }

    @Test
    void encodedPlaneWaveConvertsToClosedFormFumaGains() {
        float[] x = AmbisonicEncoderTest.noise(300, 5);
        for (Direction d : SphericalHarmonicsTest.testDirections().subList(0, 40)) {
            AudioBuffer ambix = AmbisonicEncoder.encode(AudioBuffer.mono(x.clone(), RATE), AmbisonicOrder.FIRST, d);
            AudioBuffer fuma = FumaConverter.ambixToFuma(ambix);
            double[] g = closedFormFuma(d);
            for (int c = 0; c < 4; c++) {
                for (int i = 0; i < x.length; i++) {
                    assertEquals(g[c] * x[i], fuma.channel(c)[i], 1e-6, "FuMa channel " + c + " at " + d);
                }
            }
        }
    }

    @Test
    void fumaGainsMatchClosedForm() {
        for (Direction d : SphericalHarmonicsTest.testDirections()) {
            assertArrayEquals(closedFormFuma(d), FumaConverter.fumaGains(d), 1e-12);
        }
    }

    @Test
    void ambixToFumaToAmbixRoundTrips() {
        float[][] s = new float[4][];
        for (int c = 0; c < 4; c++) {
            s[c] = AmbisonicEncoderTest.noise(500, 10 + c);
        }
        AudioBuffer ambix = new AudioBuffer(s, RATE);
        AudioBuffer back = FumaConverter.fumaToAmbix(FumaConverter.ambixToFuma(ambix));
        assertEquals(RATE, back.sampleRateHz());
        for (int c = 0; c < 4; c++) {
            assertArrayEquals(s[c], back.channel(c), 1e-6f);
        }
    }

    @Test
    void fumaToAmbixPutsChannelsInAcnOrder() {
        float[][] s = {{1f}, {2f}, {3f}, {4f}}; // W X Y Z
        AudioBuffer ambix = FumaConverter.fumaToAmbix(new AudioBuffer(s, RATE));
        assertEquals((float) Math.sqrt(2), ambix.channel(0)[0], 1e-6f);
        assertEquals(3f, ambix.channel(1)[0]); // Y
        assertEquals(4f, ambix.channel(2)[0]); // Z
        assertEquals(2f, ambix.channel(3)[0]); // X
    }

    @Test
    void rejectsHigherOrderInput() {
        AudioBuffer hoa = AudioBuffer.silence(9, 4, RATE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FumaConverter.ambixToFuma(hoa));
        assertEquals("AmbiX first-order input must have 4 channels, got 9", e.getMessage());
    }
}
