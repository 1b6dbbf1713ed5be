package dev.earshot.spatial.ambisonics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.hrtf.Hrir;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmbisonicBinauralDecoderTest {
    private static final int RATE = 48000;

    /** Energy of a signal between 1 and 4 kHz, by a direct DFT on a 25 Hz grid. */
    static double bandEnergy1to4k(float[] x, int rate) {
        double e = 0;
        for (double f = 1000; f <= 4000; f += 25) {
            double re = 0, im = 0;
            double w = 2 * Math.PI * f / rate;
            for (int i = 0; i < x.length; i++) {
                re += x[i] * Math.cos(w * i);
                im -= x[i] * Math.sin(w * i);
            }
            e += re * re + im * im;
        }
        return e;
    }

    static AudioBuffer binauralImpulseResponse(AmbisonicBinauralDecoder dec, Direction d) {
        float[] impulse = new float[16];
        impulse[0] = 1f;
        return dec.decode(AmbisonicEncoder.encode(AudioBuffer.mono(impulse, RATE), dec.order(), d));
    }

    static double ildDb(AmbisonicBinauralDecoder dec, Direction d) {
        AudioBuffer out = binauralImpulseResponse(dec, d);
        return 10 * Math.log10(bandEnergy1to4k(out.channel(0), RATE) / bandEnergy1to4k(out.channel(1), RATE));
    }

    @Test
    void leftSourceIsLouderInTheLeftEarAndRightSourceInTheRight() {
        for (int order = 1; order <= 3; order++) {
            AmbisonicBinauralDecoder dec = AmbisonicBinauralDecoder.create(order, new SyntheticHeadLookup(RATE));
            double left = ildDb(dec, new Direction(90, 0));
            double right = ildDb(dec, new Direction(-90, 0));
            double front = ildDb(dec, Direction.FRONT);
            assertTrue(left > 3, "order " + order + " ILD for +90: " + left + " dB");
            assertEquals(-left, right, 1e-3, "order " + order + " symmetry");
            assertEquals(0, front, 0.1, "order " + order + " front");
        }
    }

    @Test
    void outputHasTwoChannelsOfInputPlusFilterMinusOneFrames() {
        AmbisonicBinauralDecoder dec = AmbisonicBinauralDecoder.create(2, new SyntheticHeadLookup(RATE));
        AudioBuffer out = dec.decode(AudioBuffer.silence(9, 1000, RATE));
        assertEquals(2, out.channels());
        assertEquals(1000 + SyntheticHeadLookup.TAPS - 1, out.frames());
        assertEquals(SyntheticHeadLookup.TAPS, dec.filterLength());
        assertEquals(RATE, out.sampleRateHz());
    }

    @Test
    void basicDecoderReEncodesToTheInputField() {
        for (int order = 1; order <= 3; order++) {
            AmbisonicBinauralDecoder dec = AmbisonicBinauralDecoder.create(order, new SyntheticHeadLookup(RATE));
            double[][] d = dec.decodingMatrix();
            List<Direction> spk = dec.speakerDirections();
            int n = (order + 1) * (order + 1);
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    for (int s = 0; s < spk.size(); s++) {
                        double[] y = SphericalHarmonicsTest.closedFormSn3d(Math.toRadians(spk.get(s).azimuthDeg()),
                                Math.toRadians(spk.get(s).elevationDeg()));
                        sum += y[k] * d[s][j];
                    }
                    assertEquals(k == j ? 1 : 0, sum, 1e-12, "order " + order + " [" + k + "][" + j + "]");
                }
            }
        }
    }

    @Test
    void maxReDecoderPreservesPressure() {
        AmbisonicBinauralDecoder dec = AmbisonicBinauralDecoder.create(AmbisonicOrder.THIRD,
                new SyntheticHeadLookup(RATE), DecoderWeighting.MAX_RE, -90);
        double[][] d = dec.decodingMatrix();
        for (Direction dir : SphericalHarmonicsTest.testDirections().subList(0, 30)) {
            double[] a = SphericalHarmonics.sn3d(3, dir);
            double sum = 0;
            for (double[] row : d) {
                for (int n = 0; n < 16; n++) {
                    sum += row[n] * a[n];
                }
            }
            assertEquals(1.0, sum, 1e-12, "sum of loudspeaker gains at " + dir);
        }
        assertTrue(ildDb(dec, new Direction(90, 0)) > 3);
    }

    @Test
    void foldedFiltersEqualRenderingEveryVirtualLoudspeaker() {
        SyntheticHeadLookup lookup = new SyntheticHeadLookup(RATE);
        AmbisonicBinauralDecoder dec = AmbisonicBinauralDecoder.create(3, lookup);
        float[] x = AmbisonicEncoderTest.noise(300, 99);
        Direction src = new Direction(40, 25);
        AudioBuffer out = dec.decode(AmbisonicEncoder.encode(AudioBuffer.mono(x.clone(), RATE), AmbisonicOrder.THIRD, src));
        // Reference: loudspeaker feeds D a, each convolved (direct time-domain sum) with its own HRIR.
        double[][] d = dec.decodingMatrix();
        double[] a = SphericalHarmonics.sn3d(3, src);
        double[] refL = new double[x.length + SyntheticHeadLookup.TAPS - 1];
        double[] refR = new double[refL.length];
        List<Direction> spk = dec.speakerDirections();
        for (int s = 0; s < spk.size(); s++) {
            double gs = 0;
            for (int n = 0; n < 16; n++) {
                gs += d[s][n] * a[n];
            }
            Hrir h = lookup.lookup(spk.get(s));
            for (int i = 0; i < x.length; i++) {
                for (int t = 0; t < h.length(); t++) {
                    refL[i + t] += gs * x[i] * h.left()[t];
                    refR[i + t] += gs * x[i] * h.right()[t];
                }
            }
        }
        for (int i = 0; i < refL.length; i++) {
            assertEquals(refL[i], out.channel(0)[i], 1e-5, "left frame " + i);
            assertEquals(refR[i], out.channel(1)[i], 1e-5, "right frame " + i);
        }
    }

    @Test
    void loudspeakersBelowTheLowestElevationUseHrirsRaisedToIt() {
        SyntheticHeadLookup lookup = new SyntheticHeadLookup(RATE);
        AmbisonicBinauralDecoder.create(AmbisonicOrder.FIRST, lookup, DecoderWeighting.BASIC, -40);
        assertEquals(26, lookup.requested.size());
        long raised = lookup.requested.stream().filter(dd -> dd.elevationDeg() == -40).count();
        assertEquals(5, raised); // 4 edge midpoints at -45 and the bottom at -90
        assertTrue(lookup.requested.stream().allMatch(dd -> dd.elevationDeg() >= -40));
        assertTrue(lookup.requested.contains(new Direction(0, -40)));
    }

    @Test
    void filterAccessorsReturnCopiesOfOnePerChannel() {
        AmbisonicBinauralDecoder dec = AmbisonicBinauralDecoder.create(1, new SyntheticHeadLookup(RATE));
        float[][] l = dec.leftFilters();
        assertEquals(4, l.length);
        assertEquals(4, dec.rightFilters().length);
        l[0][0] = 123f;
        assertTrue(dec.leftFilters()[0][0] != 123f);
    }

    @Test
    void omniFilterIsTheWeightedSumOfAllHrirs() {
        SyntheticHeadLookup lookup = new SyntheticHeadLookup(RATE);
        AmbisonicBinauralDecoder dec = AmbisonicBinauralDecoder.create(2, lookup);
        double[] w = LebedevGrid.weights();
        double[] expected = new double[SyntheticHeadLookup.TAPS];
        List<Direction> spk = dec.speakerDirections();
        for (int s = 0; s < spk.size(); s++) {
            float[] h = lookup.lookup(spk.get(s)).right();
            for (int t = 0; t < expected.length; t++) {
                expected[t] += w[s] * h[t];
            }
        }
        float[] r0 = dec.rightFilters()[0];
        for (int t = 0; t < expected.length; t++) {
            assertEquals(expected[t], r0[t], 1e-6);
        }
    }

    @Test
    void rejectsWrongChannelCountAndSampleRate() {
        AmbisonicBinauralDecoder dec = AmbisonicBinauralDecoder.create(1, new SyntheticHeadLookup(RATE));
        assertThrows(IllegalArgumentException.class, () -> dec.decode(AudioBuffer.silence(9, 10, RATE)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> dec.decode(AudioBuffer.silence(4, 10, 44100)));
        assertTrue(e.getMessage().contains("44100"));
        assertThrows(IllegalArgumentException.class, () -> AmbisonicBinauralDecoder.create(4, new SyntheticHeadLookup(RATE)));
    }
}
