package dev.earshot.spatial.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.hrtf.HrtfSets;
import dev.earshot.spatial.hrtf.NearestHrirLookup;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fixed-distance fast path (delay, air absorption and gain as one FIR, folded into the HRIRs
 * for a dry binaural point source) against the per-sample path it replaces. The per-sample path is
 * forced with a trajectory whose distance changes only long after the signal has ended (by 1 nm,
 * so its effect inside the signal is far below float rounding).
 */
class FixedDistanceFoldTest {
    private static final int RATE = 48000;

    private static Trajectory perSample(Direction d, double distanceM) {
        return new Trajectory(List.of(new Keyframe(0, d, distanceM), new Keyframe(1000, d, distanceM + 1e-9)));
    }

    private static void assertSameRender(RenderFormat format, RenderOptions options, Direction d, double distanceM) {
        AudioBuffer x = AudioBuffer.mono(TestSignals.noise(3000, 91), RATE);
        SpatialParams fixed = new SpatialParams(Trajectory.fixed(d, distanceM), 0, 0, -3, new RoomAcoustics.Anechoic());
        SpatialParams reference = fixed.withTrajectory(perSample(d, distanceM));
        assertNotNull(new DistanceStage(fixed, options).fixedForm());
        assertNull(new DistanceStage(reference, options).fixedForm());
        Renderer r = Renderers.create(format, options);
        AudioBuffer fast = r.render(x.copy(), fixed);
        AudioBuffer slow = r.render(x.copy(), reference);
        assertEquals(slow.frames(), fast.frames());
        for (int c = 0; c < slow.channels(); c++) {
            float[] a = slow.channel(c);
            float[] b = fast.channel(c);
            double peak = 0;
            for (float v : a) {
                peak = Math.max(peak, Math.abs(v));
            }
            for (int n = 0; n < a.length; n++) {
                assertEquals(a[n], b[n], 1e-5 * peak, format + " channel " + c + " frame " + n);
            }
        }
    }

    @Test
    void foldedStaticBinauralRenderEqualsThePerSampleChain() {
        RenderOptions o = RenderOptions.defaults(RATE)
                .withHrirLookup(new NearestHrirLookup(HrtfSets.builtinKemar().resampled(RATE)));
        assertSameRender(RenderFormat.BINAURAL, o, new Direction(30, 10), 7.3);
    }

    @Test
    void fixedDistanceFirEqualsThePerSampleChainForStereoAndAmbisonics() {
        RenderOptions o = RenderOptions.defaults(RATE);
        assertSameRender(RenderFormat.STEREO, o, new Direction(-50, 0), 12.0);
        assertSameRender(RenderFormat.FOA, o, new Direction(120, 20), 2.5);
    }

    @Test
    void fixedFormWithoutDelayOrAirIsTheGainAlone() {
        RenderOptions o = TestSignals.dry(RATE);
        SpatialParams p = new SpatialParams(Trajectory.fixed(Direction.FRONT, 4), 0, 0, 6, new RoomAcoustics.Anechoic());
        DistanceStage.Fixed f = new DistanceStage(p, o).fixedForm();
        assertEquals(0, f.delayFrames());
        assertEquals(1, f.kernel().length);
        double expected = Math.pow(10, 6 / 20.0) * DistanceStage.model(o).gain(4);
        assertEquals(expected, f.kernel()[0], 1e-6 * expected);
    }

    @Test
    void fixedFormDelaysByTheWholeSamplesOfTheFlightTime() {
        RenderOptions o = RenderOptions.defaults(RATE).withDistanceEffects(true, false);
        double distanceM = 3.43; // 10 ms: exactly 480 samples
        SpatialParams p = SpatialParams.at(0, 0, distanceM);
        DistanceStage stage = new DistanceStage(p, o);
        DistanceStage.Fixed f = stage.fixedForm();
        // the delay line's latency (its kernel half length) is dropped by the engine, so the peak of
        // the whole response sits at 480 + latency
        int peak = 0;
        for (int i = 1; i < f.kernel().length; i++) {
            if (Math.abs(f.kernel()[i]) > Math.abs(f.kernel()[peak])) {
                peak = i;
            }
        }
        assertEquals(480 + stage.latencyFrames(), f.delayFrames() + peak);
    }
}
