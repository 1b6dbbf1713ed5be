package dev.earshot.spatial.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.geom.Direction;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The segment-parallel render ({@link Renderer#renderParallel}) against the serial render of the
 * same input: each segment starts its chain earlier and drops the warm-up output, and a moving
 * binaural source replays the serial filter-update schedule, so every sample must equal the serial
 * one to float rounding. Block size 128 keeps the inputs short while still giving several segments.
 */
class ParallelRenderTest {
    private static final int RATE = 48000;
    private static final int BLOCK = 128;
    /** Enough for 3 segments of the minimum length plus a partial block. */
    private static final int FRAMES = 3 * RenderChain.MIN_SEGMENT_BLOCKS * BLOCK + 777;

    /** Collects regions into one output array per channel and counts the regions opened. */
    private static final class Collector implements RegionSink {
        final float[][] out;
        final Map<Long, Long> regions = new ConcurrentHashMap<>();

        Collector(int channels, long frames) {
            out = new float[channels][(int) frames];
        }

        @Override
        public Region open(long firstFrame) {
            AtomicLong pos = new AtomicLong(firstFrame);
            return new Region() {
                @Override
                public void write(float[][] block, int frames) {
                    for (int c = 0; c < out.length; c++) {
                        System.arraycopy(block[c], 0, out[c], (int) pos.get(), frames);
                    }
                    pos.addAndGet(frames);
                }

                @Override
                public void close() {
                    regions.put(firstFrame, pos.get() - firstFrame);
                }
            };
        }
    }

    private static Collector renderParallel(Renderer r, AudioBuffer x, SpatialParams p, int threads) {
        long total = x.frames() + r.tailFrames(p);
        Collector c = new Collector(r.format().channels(), total);
        long written = r.renderParallel(SeekableSource.of(x, 0), p, c, threads, RenderProgress.NONE);
        assertEquals(total, written);
        long sum = 0;
        for (long n : c.regions.values()) {
            sum += n;
        }
        assertEquals(total, sum, "regions cover the output");
        return c;
    }

    private static void assertSame(AudioBuffer serial, float[][] parallel, String what) {
        for (int c = 0; c < serial.channels(); c++) {
            float[] a = serial.channel(c);
            double peak = 0;
            for (float v : a) {
                peak = Math.max(peak, Math.abs(v));
            }
            assertTrue(peak > 0, what + ": silent reference");
            for (int n = 0; n < a.length; n++) {
                assertEquals(a[n], parallel[c][n], 1e-6 * peak, what + " channel " + c + " frame " + n);
            }
        }
    }

    private static void assertParallelEqualsSerial(RenderFormat format, SpatialParams p, int threads) {
        Renderer r = Renderers.create(format, RenderOptions.defaults(RATE).withBlockSize(BLOCK));
        AudioBuffer x = AudioBuffer.mono(TestSignals.noise(FRAMES, 17), RATE);
        AudioBuffer serial = r.render(x, p);
        Collector c = renderParallel(r, x, p, threads);
        assertEquals(threads, c.regions.size(), format + ": one region per segment");
        assertSame(serial, c.out, format + " with " + threads + " threads");
    }

    private static SpatialParams sweep(double fromAz, double toAz) {
        Trajectory t = Trajectory.linear(new Direction(fromAz, 0), 1.0, new Direction(toAz, 10), 1.0, FRAMES / (double) RATE);
        return new SpatialParams(t, 0, 0, 0, new RoomAcoustics.Anechoic());
    }

    @Test
    void staticBinauralRenderOnThreeThreadsEqualsTheSerialRender() {
        assertParallelEqualsSerial(RenderFormat.BINAURAL, SpatialParams.at(30, 0, 1.0), 3);
    }

    /** A binaural render with long blocks allowed, over enough frames for two segments of the chosen block. */
    private static void assertLongBlockParallelEqualsSerial(Trajectory t, int expectedBlock, String what) {
        int frames = (int) (t.keyframes().get(t.keyframes().size() - 1).timeS() * RATE);
        SpatialParams p = new SpatialParams(t, 0, 0, 0, new RoomAcoustics.Anechoic());
        Renderer r = Renderers.create(RenderFormat.BINAURAL, RenderOptions.defaults(RATE).forTrajectory(t));
        assertEquals(expectedBlock, r.blockSizeFor(p), what + ": block");
        AudioBuffer x = AudioBuffer.mono(TestSignals.noise(frames, 19), RATE);
        AudioBuffer serial = r.render(x, p);
        Collector c = renderParallel(r, x, p, 2);
        assertEquals(2, c.regions.size(), what + ": one region per segment");
        assertSame(serial, c.out, what);
    }

    @Test
    void staticBinauralRenderWithItsOwnLongBlockOnTwoThreadsEqualsTheSerialRender() {
        // long blocks allowed: the static source runs with the cheapest single-partition block (not a power of two)
        double seconds = (2 * RenderChain.MIN_SEGMENT_FRAMES + 7777) / (double) RATE;
        Trajectory still = Trajectory.linear(new Direction(30, 0), 1.0, new Direction(30, 0), 1.0, seconds);
        assertLongBlockParallelEqualsSerial(still, 15080, "static binaural, long block");
    }

    @Test
    void slowMovingBinauralRenderWithItsOwnLongBlockOnTwoThreadsEqualsTheSerialRender() {
        // 3 degrees in 44 s: long blocks of 15080 frames, a filter update every few of them
        double seconds = (2 * RenderChain.MIN_SEGMENT_FRAMES + 7777) / (double) RATE;
        Trajectory slow = Trajectory.linear(new Direction(-20, 0), 1.0, new Direction(-23, 2), 1.0, seconds);
        assertLongBlockParallelEqualsSerial(slow, 15080, "slow binaural, long block");
    }

    @Test
    void movingBinauralRenderOnTwoAndThreeThreadsEqualsTheSerialRender() {
        // 180 degrees in 4 s: an HRIR update every few blocks, so segments start mid-schedule
        assertParallelEqualsSerial(RenderFormat.BINAURAL, sweep(90, -90), 2);
        assertParallelEqualsSerial(RenderFormat.BINAURAL, sweep(90, -90), 3);
    }

    @Test
    void slowMovingBinauralRenderEqualsTheSerialRender() {
        // 2 degrees in 4 s: updates every 0.5 degree, far apart, so segments inherit an old filter
        assertParallelEqualsSerial(RenderFormat.BINAURAL, sweep(-20, -22), 3);
    }

    @Test
    void stereoRenderOnThreeThreadsEqualsTheSerialRenderStaticAndMoving() {
        assertParallelEqualsSerial(RenderFormat.STEREO, SpatialParams.at(-50, 0, 3.0), 3);
        assertParallelEqualsSerial(RenderFormat.STEREO, sweep(80, -80), 3);
    }

    @Test
    void foaRenderOnThreeThreadsEqualsTheSerialRenderStaticAndMoving() {
        assertParallelEqualsSerial(RenderFormat.FOA, SpatialParams.at(120, 20, 2.5), 3);
        assertParallelEqualsSerial(RenderFormat.FOA, sweep(0, 170), 3);
    }

    @Test
    void changingDistanceFallsBackToOneSerialSegment() {
        Renderer r = Renderers.create(RenderFormat.BINAURAL, RenderOptions.defaults(RATE).withBlockSize(BLOCK));
        AudioBuffer x = AudioBuffer.mono(TestSignals.noise(FRAMES, 5), RATE);
        Trajectory t = Trajectory.linear(new Direction(30, 0), 1.0, new Direction(30, 0), 4.0, FRAMES / (double) RATE);
        SpatialParams p = new SpatialParams(t, 0, 0, 0, new RoomAcoustics.Anechoic());
        Collector c = renderParallel(r, x, p, 3);
        assertEquals(Map.of(0L, x.frames() + r.tailFrames(p)), c.regions);
        assertSame(r.render(x, p), c.out, "changing distance");
    }

    @Test
    void shortInputRendersAsOneSegment() {
        Renderer r = Renderers.create(RenderFormat.STEREO, RenderOptions.defaults(RATE).withBlockSize(BLOCK));
        AudioBuffer x = AudioBuffer.mono(TestSignals.noise(RenderChain.MIN_SEGMENT_BLOCKS * BLOCK, 3), RATE);
        SpatialParams p = SpatialParams.at(10, 0, 1.0);
        Collector c = renderParallel(r, x, p, 2);
        assertEquals(1, c.regions.size());
        assertSame(r.render(x, p), c.out, "short input");
    }

    @Test
    void zeroThreadsIsRejected() {
        Renderer r = Renderers.create(RenderFormat.STEREO, RenderOptions.defaults(RATE));
        AudioBuffer x = AudioBuffer.mono(new float[100], RATE);
        assertThrows(IllegalArgumentException.class, () -> r.renderParallel(SeekableSource.of(x, 0),
                SpatialParams.at(0, 0, 1), new Collector(2, 1000), 0, RenderProgress.NONE));
    }
}
