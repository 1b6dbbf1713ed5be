package dev.earshot.spatial.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.geom.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RenderEngineTest {
    private static final int RATE = 48000;

    private static SpatialParams moving() {
        return SpatialParams.at(0, 0, 1).withTrajectory(
                Trajectory.linear(new Direction(-80, 0), 1.5, new Direction(70, 10), 4.0, 0.08));
    }

    /** A source that hands out its samples in small, irregular chunks. */
    private static BlockSource chunky(float[] x) {
        Random r = new Random(5);
        return new BlockSource() {
            private int pos;

            @Override
            public int read(float[] dst, int off, int len) {
                if (pos >= x.length) {
                    return -1;
                }
                int n = Math.min(Math.min(len, 1 + r.nextInt(100)), x.length - pos);
                System.arraycopy(x, pos, dst, off, n);
                pos += n;
                return n;
            }

            @Override
            public int sampleRateHz() {
                return RATE;
            }

            @Override
            public long totalFrames() {
                return -1;
            }
        };
    }

    @Test
    void streamingFromIrregularReadsEqualsWholeBufferRender() {
        float[] x = TestSignals.noise(5000, 21);
        Renderer r = Renderers.create(RenderFormat.STEREO, RenderOptions.defaults(RATE));
        AudioBuffer whole = r.render(AudioBuffer.mono(x.clone(), RATE), moving());
        List<float[]> left = new ArrayList<>();
        long n = r.render(chunky(x), moving(), (block, frames) -> left.add(java.util.Arrays.copyOf(block[0], frames)),
                RenderProgress.NONE);
        assertEquals(whole.frames(), n);
        float[] joined = new float[(int) n];
        int p = 0;
        for (float[] b : left) {
            System.arraycopy(b, 0, joined, p, b.length);
            p += b.length;
        }
        assertArrayEquals(whole.channel(0), joined, 0f);
    }

    @Test
    void outputIsInputPlusTail() {
        Renderer r = Renderers.create(RenderFormat.STEREO, RenderOptions.defaults(RATE));
        AudioBuffer y = r.render(AudioBuffer.mono(new float[1234], RATE), moving());
        assertEquals(1234 + r.tailFrames(moving()), y.frames());
    }

    @Test
    void progressCountsUpToTheTotal() {
        Renderer r = Renderers.create(RenderFormat.FOA, RenderOptions.defaults(RATE));
        AudioBuffer in = AudioBuffer.mono(new float[3000], RATE);
        List<long[]> reports = new ArrayList<>();
        r.render(BlockSource.of(in, 0), moving(), (b, f) -> { }, (done, total) -> reports.add(new long[] {done, total}));
        long total = 3000 + r.tailFrames(moving());
        long prev = 0;
        for (long[] rep : reports) {
            assertEquals(total, rep[1]);
            assertEquals(true, rep[0] > prev);
            prev = rep[0];
        }
        assertEquals(total, prev);
    }

    @Test
    void rendersAreDeterministic() {
        float[] x = TestSignals.noise(4000, 22);
        Renderer r = Renderers.create(RenderFormat.HOA3, RenderOptions.defaults(RATE));
        assertEquals(r.render(AudioBuffer.mono(x.clone(), RATE), moving()),
                r.render(AudioBuffer.mono(x.clone(), RATE), moving()));
    }

    @ParameterizedTest
    @EnumSource(RenderFormat.class)
    void factoryRendersEveryFormatWithItsChannelCount(RenderFormat format) {
        Renderer r = Renderers.create(format, TestSignals.dry(RATE));
        assertEquals(format, r.format());
        assertEquals(RATE, r.sampleRateHz());
        int expected = switch (format) {
            case STEREO, BINAURAL -> 2;
            case FOA, FUMA -> 4;
            case HOA2 -> 9;
            case HOA3 -> 16;
        };
        assertEquals(expected, r.render(TestSignals.impulse(10, RATE), SpatialParams.at(10, 0, 1)).channels());
    }

    @Test
    void wrongSampleRateIsRejected() {
        Renderer r = Renderers.create(RenderFormat.STEREO, RenderOptions.defaults(RATE));
        assertThrows(IllegalArgumentException.class,
                () -> r.render(AudioBuffer.mono(new float[10], 44100), SpatialParams.at(0, 0, 1)));
    }

    @Test
    void inverseDistanceGainHalvesPerDoubling() {
        Renderer r = Renderers.create(RenderFormat.FOA, TestSignals.dry(RATE));
        AudioBuffer y = r.render(TestSignals.impulse(8, RATE), SpatialParams.at(0, 0, 2));
        assertEquals(0.5, y.channel(0)[0], 1e-7);
    }

    @Test
    void propagationDelayIsDistanceOverSpeedOfSound() {
        // 3.43 m at 343 m/s is 10 ms = 480 samples at 48 kHz.
        Renderer r = Renderers.create(RenderFormat.FOA, RenderOptions.defaults(RATE).withDistanceEffects(true, false));
        AudioBuffer y = r.render(TestSignals.impulse(8, RATE), SpatialParams.at(0, 0, 3.43));
        float[] w = y.channel(0);
        assertEquals(1 / 3.43, w[480], 1e-6);
        assertEquals(1 / 3.43, StereoRendererTest.sum(w), 1e-6);
    }
}
