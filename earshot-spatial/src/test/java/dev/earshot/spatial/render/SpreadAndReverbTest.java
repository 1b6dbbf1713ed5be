package dev.earshot.spatial.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.ambisonics.SphericalHarmonics;
import dev.earshot.spatial.geom.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpreadAndReverbTest {
    private static final int RATE = 48000;

    @ParameterizedTest
    @EnumSource(RenderFormat.class)
    void pointSourceIsUnchangedBySpreadAndWetStages(RenderFormat format) {
        float[] x = TestSignals.noise(3000, 51);
        Renderer r = Renderers.create(format, TestSignals.dry(RATE));
        SpatialParams plain = SpatialParams.at(35, 10, 1);
        // Spread 0, wet 0 and gain 0 dB, but a reverberant room: the stages must not touch the signal.
        SpatialParams roomy = plain.withSpreadDeg(0).withReverb(0, new RoomAcoustics.Rt60(1.2)).withGainDb(0);
        AudioBuffer a = r.render(AudioBuffer.mono(x.clone(), RATE), plain);
        AudioBuffer b = r.render(AudioBuffer.mono(x.clone(), RATE), roomy);
        assertEquals(a, b);
    }

    @Test
    void pointSourceThroughEveryStageIsStillTheBareEncoding() {
        float[] x = TestSignals.noise(2000, 52);
        SpatialParams p = SpatialParams.at(35, 10, 1).withReverb(0, new RoomAcoustics.Drr(3));
        AudioBuffer y = Renderers.create(RenderFormat.HOA2, TestSignals.dry(RATE)).render(AudioBuffer.mono(x.clone(), RATE), p);
        double[] g = SphericalHarmonics.sn3d(2, new Direction(35, 10));
        for (int c = 0; c < 9; c++) {
            for (int n = 0; n < x.length; n++) {
                assertEquals(g[c] * x[n], y.channel(c)[n], 1e-6);
            }
        }
    }

    @Test
    void gainDbScalesTheOutput() {
        float[] x = TestSignals.noise(500, 53);
        Renderer r = Renderers.create(RenderFormat.FOA, TestSignals.dry(RATE));
        AudioBuffer a = r.render(AudioBuffer.mono(x.clone(), RATE), SpatialParams.at(0, 0, 1));
        AudioBuffer b = r.render(AudioBuffer.mono(x.clone(), RATE), SpatialParams.at(0, 0, 1).withGainDb(-6));
        for (int n = 0; n < x.length; n++) {
            assertEquals(a.channel(0)[n] * Math.pow(10, -6 / 20.0), b.channel(0)[n], 1e-6);
        }
    }

    @Test
    void spreadKeepsTheOmnidirectionalEnergy() {
        float[] x = TestSignals.noise(24000, 54);
        Renderer r = Renderers.create(RenderFormat.FOA, TestSignals.dry(RATE));
        AudioBuffer wide = r.render(AudioBuffer.mono(x.clone(), RATE), SpatialParams.at(0, 0, 1).withSpreadDeg(90));
        double in = StereoRendererTest.energy(x);
        assertEquals(1.0, StereoRendererTest.energy(wide.channel(0)) / in, 0.05);
    }

    @Test
    void spreadWidensAFrontalSourceSideways() {
        float[] x = TestSignals.noise(24000, 55);
        Renderer r = Renderers.create(RenderFormat.FOA, TestSignals.dry(RATE));
        AudioBuffer point = r.render(AudioBuffer.mono(x.clone(), RATE), SpatialParams.at(0, 0, 1));
        AudioBuffer wide = r.render(AudioBuffer.mono(x.clone(), RATE), SpatialParams.at(0, 0, 1).withSpreadDeg(90));
        // ACN 1 is Y (left-right). A point source in front has none; a 90 deg wide one has some.
        assertEquals(0.0, StereoRendererTest.energy(point.channel(1)), 1e-9);
        double ratio = StereoRendererTest.energy(wide.channel(1)) / StereoRendererTest.energy(wide.channel(0));
        assertTrue(ratio > 0.05, "Y/W energy " + ratio);
    }

    @Test
    void wetMixGivesTheRoomsDrrInTheOmniChannel() {
        double drrDb = 6;
        SpatialParams p = SpatialParams.at(20, 0, 1).withReverb(1, new RoomAcoustics.Drr(drrDb));
        AudioBuffer y = Renderers.create(RenderFormat.FOA, TestSignals.dry(RATE)).render(TestSignals.impulse(1, RATE), p);
        float[] w = y.channel(0);
        double direct = (double) w[0] * w[0];
        double reverb = StereoRendererTest.energy(w) - direct;
        // The reverb IR starts after its pre-delay, so sample 0 is the direct sound alone.
        assertEquals(drrDb, 10 * Math.log10(direct / reverb), 0.05);
    }

    @Test
    void reverbTailExtendsTheOutput() {
        SpatialParams p = SpatialParams.at(20, 0, 1).withReverb(0.5, new RoomAcoustics.Rt60(0.5));
        Renderer r = Renderers.create(RenderFormat.BINAURAL, TestSignals.dry(RATE));
        long tail = r.tailFrames(p);
        assertTrue(tail >= (long) (0.5 * RATE), "tail " + tail);
        AudioBuffer y = r.render(TestSignals.impulse(100, RATE), p);
        assertEquals(100 + tail, y.frames());
        assertTrue(StereoRendererTest.energy(java.util.Arrays.copyOfRange(y.channel(0), RATE / 4, RATE / 2)) > 0);
    }

    @Test
    void reverbSeedMakesRendersReproducibleAndDistinct() {
        SpatialParams p = SpatialParams.at(20, 0, 1).withReverb(0.5, new RoomAcoustics.Rt60(0.3));
        AudioBuffer in = TestSignals.impulse(10, RATE);
        AudioBuffer a = Renderers.create(RenderFormat.STEREO, TestSignals.dry(RATE).withReverbSeed(1)).render(in.copy(), p);
        AudioBuffer b = Renderers.create(RenderFormat.STEREO, TestSignals.dry(RATE).withReverbSeed(1)).render(in.copy(), p);
        AudioBuffer c = Renderers.create(RenderFormat.STEREO, TestSignals.dry(RATE).withReverbSeed(2)).render(in.copy(), p);
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void fumaReverbIsTheAmbixReverbConverted() {
        SpatialParams p = SpatialParams.at(20, 0, 1).withReverb(1, new RoomAcoustics.Rt60(0.2));
        AudioBuffer in = TestSignals.impulse(10, RATE);
        AudioBuffer ambix = Renderers.create(RenderFormat.FOA, TestSignals.dry(RATE)).render(in.copy(), p);
        AudioBuffer fuma = Renderers.create(RenderFormat.FUMA, TestSignals.dry(RATE)).render(in.copy(), p);
        AudioBuffer converted = dev.earshot.spatial.ambisonics.FumaConverter.ambixToFuma(ambix);
        for (int c = 0; c < 4; c++) {
            assertArrayEquals(converted.channel(c), fuma.channel(c), 1e-6f);
        }
    }
}
