package dev.earshot.audio.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartitionedConvolverTest {

    /** Feeds x (zero-padded to whole blocks) and returns the first {@code length} output samples. */
    static float[] stream(PartitionedConvolver c, float[] x, int length) {
        int b = c.blockSize();
        int blocks = (length + b - 1) / b;
        float[] in = new float[b];
        float[] out = new float[b];
        float[] y = new float[blocks * b];
        for (int k = 0; k < blocks; k++) {
            Arrays.fill(in, 0f);
            int from = k * b;
            if (from < x.length) {
                System.arraycopy(x, from, in, 0, Math.min(b, x.length - from));
            }
            c.process(in, out);
            System.arraycopy(out, 0, y, from, b);
        }
        return Arrays.copyOf(y, length);
    }

    @ParameterizedTest(name = "block {0}, IR {1}")
    @CsvSource({"64, 512", "512, 512", "1024, 512", "128, 3001", "256, 1", "256, 100", "32, 1021", "4096, 512"})
    void streamingEqualsOneShotConvolution(int blockSize, int irLength) {
        float[] x = Fixtures.f32("conv_noise_x");
        float[] hFull = Fixtures.f32("conv_short_x_h"); // 3001 decaying taps
        float[] h = Arrays.copyOf(hFull, irLength);
        float[] expected = FftConvolver.convolve(x, h);
        float[] y = stream(new PartitionedConvolver(h, blockSize), x, expected.length);
        double err = Fixtures.relMaxError(y, expected);
        assertTrue(err <= 1e-5, "relative max error " + err);
    }

    @Test
    void streamingMatchesScipyFixture() {
        float[] x = Fixtures.f32("conv_noise_x");
        float[] h = Fixtures.f32("conv_noise_h");
        double[] expected = Fixtures.f64("conv_noise_y");
        float[] y = stream(new PartitionedConvolver(h, 256), x, expected.length);
        assertTrue(Fixtures.relMaxError(y, expected) <= 1e-5);
    }

    @Test
    void latencyIsZero() {
        PartitionedConvolver c = new PartitionedConvolver(new float[] {1f}, 16);
        assertEquals(0, c.latencySamples());
        float[] in = new float[16];
        in[3] = 1f;
        float[] out = new float[16];
        c.process(in, out);
        assertEquals(1f, out[3], 1e-6f);
    }

    @Test
    void swappingTheFilterAppliesItToTheWholeInputHistoryFromTheNextBlock() {
        Random r = new Random(5);
        int b = 64;
        float[] h1 = ConvolutionPropertiesTest.noise(r, 300);
        float[] h2 = ConvolutionPropertiesTest.noise(r, 150); // shorter: same capacity class
        float[] x = ConvolutionPropertiesTest.noise(r, 20 * b);
        PartitionedConvolver c = new PartitionedConvolver(h1, b);
        float[] in = new float[b];
        float[] out = new float[b];
        float[] y1 = FftConvolver.convolve(x, h1);
        float[] y2 = FftConvolver.convolve(x, h2);
        for (int k = 0; k < 20; k++) {
            if (k == 10) {
                c.setImpulseResponse(h2);
            }
            System.arraycopy(x, k * b, in, 0, b);
            c.process(in, out);
            float[] ref = k < 10 ? y1 : y2;
            float[] expected = Arrays.copyOfRange(ref, k * b, (k + 1) * b);
            assertTrue(Fixtures.relMaxError(out, expected) <= 1e-5, "block " + k);
        }
    }

    @Test
    void resetClearsTheInputHistory() {
        Random r = new Random(9);
        float[] h = ConvolutionPropertiesTest.noise(r, 200);
        float[] x = ConvolutionPropertiesTest.noise(r, 512);
        PartitionedConvolver c = new PartitionedConvolver(h, 128);
        stream(c, ConvolutionPropertiesTest.noise(r, 1000), 1000);
        c.reset();
        float[] y = stream(c, x, 512);
        assertTrue(Fixtures.relMaxError(y, Arrays.copyOf(FftConvolver.convolve(x, h), 512)) <= 1e-5);
    }

    @Test
    void rejectsFilterLongerThanCapacity() {
        PartitionedConvolver c = new PartitionedConvolver(new float[100], 64);
        assertEquals(128, c.capacitySamples());
        c.setImpulseResponse(new float[128]);
        assertThrows(IllegalArgumentException.class, () -> c.setImpulseResponse(new float[129]));
        PartitionedConvolver roomy = new PartitionedConvolver(new float[100], 64, 1000);
        roomy.setImpulseResponse(new float[1000]);
    }

    @Test
    void rejectsBadBlockSize() {
        assertThrows(IllegalArgumentException.class, () -> new PartitionedConvolver(new float[4], 100));
        assertThrows(IllegalArgumentException.class, () -> new PartitionedConvolver(new float[4], 0));
        assertThrows(IllegalArgumentException.class, () -> new PartitionedConvolver(new float[0], 64));
    }

    @Test
    void flopCountFollowsTheDocumentedFormula() {
        // B = 512, N = 1024, one partition: 2 FFTs of 2.5*1024*10 flops + 8*513 flops, per 512 samples
        double expected = (2 * 2.5 * 1024 * 10 + 8 * 513) / 512.0;
        assertEquals(expected, PartitionedConvolver.flopsPerOutputSample(512, 512), 1e-9);
        // two outputs share the forward FFT: 3 FFTs + 2 MACs per input sample
        assertEquals((3 * 2.5 * 1024 * 10 + 2 * 8 * 513) / 512.0,
                ConvolutionCost.flopsPerInputSample(512, 512, 2), 1e-9);
    }
}
