package dev.earshot.spatial.render.effects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.spatial.render.RoomAcoustics;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * References: Schroeder backward integration with a -5..-35 dB linear fit (ISO 3382-1 T30) on the
 * 1 kHz octave band (zero-phase FFT band filter in the test, see Signals); DRR by the customary +-2.5 ms direct window.
 */
class ParametricReverbTest {
    private static final double FS = 48000;

    private static float[][] stereo(RoomAcoustics room, long seed) {
        return ParametricReverb.impulseResponse(ReverbDesign.forRoom(room, seed), ReverbLayout.Stereo.DECORRELATED, FS);
    }

    @ParameterizedTest(name = "RT60 {0} s")
    @ValueSource(doubles = {0.3, 0.8, 1.5, 2.5})
    void midBandT30IsWithinTenPercentOfRequestedRt60(double rt60) {
        float[][] ir = stereo(new RoomAcoustics.Rt60(rt60), 7);
        for (float[] ch : ir) {
            double t30 = DecayAnalysis.t30S(Signals.octave(ch, FS, 1000), FS);
            assertEquals(rt60, t30, 0.1 * rt60, "measured T30 " + t30);
        }
    }

    @Test
    void highFrequenciesDecayFaster() {
        float[] ir = stereo(new RoomAcoustics.Rt60(1.0), 3)[0];
        double mid = DecayAnalysis.t30S(Signals.octave(ir, FS, 1000), FS);
        double high = DecayAnalysis.t30S(Signals.octave(ir, FS, 8000), FS);
        double low = DecayAnalysis.t30S(Signals.octave(ir, FS, 125), FS);
        assertEquals(0.5, high / mid, 0.05, "high/mid decay ratio");
        assertEquals(1.2, low / mid, 0.12, "low/mid decay ratio");
    }

    @Test
    void drrModeUsesTheDefaultDecayOf0point8Seconds() {
        float[] ir = stereo(new RoomAcoustics.Drr(0), 11)[1];
        assertEquals(0.8, DecayAnalysis.t30S(Signals.octave(ir, FS, 1000), FS), 0.08);
    }

    @ParameterizedTest(name = "DRR {0} dB")
    @ValueSource(doubles = {-12, -3, 0, 6, 12})
    void combinedResponseMeetsRequestedDrr(double drrDb) {
        RoomAcoustics room = new RoomAcoustics.Drr(drrDb);
        float[][] rev = stereo(room, 5);
        MixGains g = ParametricReverb.mix(room, 0.3);
        // Direct sound: a unit source panned to the centre with equal power, arriving at sample 0 of
        // the reverb IR; shifted by 500 samples so the +-2.5 ms window fits.
        int offset = 500;
        float[][] combined = new float[2][rev[0].length + offset];
        for (int c = 0; c < 2; c++) {
            combined[c][offset] += (float) (g.directGain() / Math.sqrt(2));
            for (int n = 0; n < rev[c].length; n++) {
                combined[c][n + offset] += (float) (g.reverbGain() * rev[c][n]);
            }
        }
        assertEquals(drrDb, DecayAnalysis.drrDb(combined, FS, offset, 2.5), 1.0);
    }

    @Test
    void rt60ModeFollowsThePlainWetDryRule() {
        MixGains g = ParametricReverb.mix(new RoomAcoustics.Rt60(1), 0.25);
        assertEquals(0.75, g.directGain(), 1e-15);
        assertEquals(0.25, g.reverbGain(), 1e-15);
    }

    @Test
    void anechoicOrDryMixHasNoReverb() {
        assertEquals(new MixGains(1, 0), ParametricReverb.mix(new RoomAcoustics.Anechoic(), 0.7));
        assertEquals(new MixGains(1, 0), ParametricReverb.mix(new RoomAcoustics.Drr(0), 0));
    }

    @Test
    void reverberantEnergyIsNormalisedToOneOverBothEars() {
        float[][] ir = stereo(new RoomAcoustics.Rt60(0.6), 2);
        assertEquals(1.0, Signals.energy(ir[0]) + Signals.energy(ir[1]), 1e-4);
    }

    @Test
    void sameSeedGivesIdenticalResponse() {
        float[][] a = stereo(new RoomAcoustics.Rt60(0.5), 42);
        float[][] b = stereo(new RoomAcoustics.Rt60(0.5), 42);
        assertArrayEquals(a[0], b[0]);
        assertArrayEquals(a[1], b[1]);
    }

    @Test
    void differentSeedGivesDifferentResponse() {
        float[][] a = stereo(new RoomAcoustics.Rt60(0.5), 42);
        float[][] b = stereo(new RoomAcoustics.Rt60(0.5), 43);
        assertFalse(Arrays.equals(a[0], b[0]));
    }

    @Test
    void earChannelsAreDecorrelated() {
        float[][] ir = stereo(new RoomAcoustics.Rt60(0.8), 9);
        double iacc = DecayAnalysis.interauralCrossCorrelation(ir[0], ir[1], (int) (0.001 * FS));
        assertTrue(iacc < 0.3, "IACC " + iacc);
    }

    @Test
    void interauralCoherenceSetsTheTailCorrelation() {
        ReverbDesign d = new ReverbDesign(0.8, 1, 1, 250, 4000, 0.01, 0.0, 4);
        float[][] ir = ParametricReverb.impulseResponse(d, new ReverbLayout.Stereo(0.7), FS);
        assertEquals(0.7, DecayAnalysis.interauralCrossCorrelation(ir[0], ir[1], 0), 0.05);
    }

    @Test
    void binauralCoherenceFollowsTheDiffuseFieldSinc() {
        // gamma(f) = sin(kD)/(kD), D = 0.18 m: 0.97 at 125 Hz, 0.05 at 2 kHz (closed form).
        ReverbDesign d = new ReverbDesign(1.0, 1, 1, 250, 4000, 0.01, 0.0, 21);
        float[][] ir = ParametricReverb.impulseResponse(d, ReverbLayout.Binaural.HEAD, FS);
        double low = DecayAnalysis.interauralCrossCorrelation(
                Signals.octave(ir[0], FS, 125), Signals.octave(ir[1], FS, 125), 0);
        double high = DecayAnalysis.interauralCrossCorrelation(
                Signals.octave(ir[0], FS, 2000), Signals.octave(ir[1], FS, 2000), 0);
        assertTrue(low > 0.85, "125 Hz coherence " + low);
        assertTrue(high < 0.2, "2 kHz coherence " + high);
        assertTrue(DecayAnalysis.interauralCrossCorrelation(ir[0], ir[1], 48) < 0.3, "broadband IACC");
        assertEquals(1.0, Signals.energy(ir[0]) + Signals.energy(ir[1]), 1e-4);
    }

    @Test
    void ambisonicTailIsADiffuseFieldInSn3d() {
        float[][] ir = ParametricReverb.impulseResponse(
                new ReverbDesign(0.5, 1, 1, 250, 4000, 0.01, 0.0, 8), new ReverbLayout.Ambisonic(2), FS);
        assertEquals(9, ir.length);
        assertEquals(1.0, Signals.energy(ir[0]), 1e-4);
        for (int c = 1; c < 9; c++) {
            int order = c < 4 ? 1 : 2;
            assertEquals(1.0 / (2 * order + 1), Signals.energy(ir[c]), 0.1 / (2 * order + 1), "ACN " + c);
            assertTrue(DecayAnalysis.interauralCrossCorrelation(ir[0], ir[c], 0) < 0.1, "W vs ACN " + c);
        }
    }

    @Test
    void anechoicRoomHasNoDesign() {
        assertThrows(IllegalArgumentException.class, () -> ReverbDesign.forRoom(new RoomAcoustics.Anechoic(), 1));
    }

    @Test
    void tailStartsAfterThePreDelay() {
        ReverbDesign d = new ReverbDesign(0.5, 1, 1, 250, 4000, 0.02, 0.0, 1);
        float[][] ir = ParametricReverb.impulseResponse(d, ReverbLayout.Stereo.DECORRELATED, FS);
        for (int n = 0; n < (int) (0.02 * FS); n++) {
            assertEquals(0f, ir[0][n], "sample " + n);
        }
    }
}
