package dev.earshot.audio.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * MultiPartitionedConvolver (outputs processed in pairs through one complex FFT) against the
 * direct double-precision convolution sum, for random output counts, filter lengths and block sizes.
 */
class PartitionedConvolutionPropertyTest {

    @Property(tries = 60)
    void everyOutputEqualsTheDirectConvolution(@ForAll @IntRange(min = 1, max = 5) int outputs,
                                               @ForAll @IntRange(min = 1, max = 9) int log2Block,
                                               @ForAll @IntRange(min = 1, max = 1500) int maxIrLength,
                                               @ForAll @IntRange(min = 1, max = 8) int blocks,
                                               @ForAll long seed) {
        int b = 1 << log2Block;
        Random r = new Random(seed);
        float[][] irs = new float[outputs][];
        for (int k = 0; k < outputs; k++) {
            irs[k] = ConvolutionPropertiesTest.noise(r, 1 + r.nextInt(maxIrLength));
            // outputs of very different level share an FFT: error is relative to the louder one
            float gain = (float) Math.pow(10, -r.nextInt(3));
            for (int i = 0; i < irs[k].length; i++) {
                irs[k][i] *= gain;
            }
        }
        float[] x = ConvolutionPropertiesTest.noise(r, blocks * b);
        float[][] y = stream(new MultiPartitionedConvolver(irs, b), x, outputs);
        double pairPeak = 0;
        double[][] expected = new double[outputs][];
        for (int k = 0; k < outputs; k++) {
            float[] direct = FftConvolver.direct(x, irs[k]);
            expected[k] = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                expected[k][i] = direct[i];
                pairPeak = Math.max(pairPeak, Math.abs(direct[i]));
            }
        }
        for (int k = 0; k < outputs; k++) {
            double err = 0;
            for (int i = 0; i < x.length; i++) {
                err = Math.max(err, Math.abs(y[k][i] - expected[k][i]));
            }
            assertTrue(err <= 1e-5 * pairPeak, "output " + k + ": error " + err + " vs peak " + pairPeak);
        }
    }

    @Property(tries = 20)
    void disabledOutputsAreLeftUntouchedAndOthersUnaffected(@ForAll @IntRange(min = 2, max = 4) int outputs,
                                                            @ForAll @IntRange(min = 0, max = 3) int disabled,
                                                            @ForAll long seed) {
        int off = disabled % outputs;
        int b = 32;
        Random r = new Random(seed);
        float[][] irs = new float[outputs][];
        for (int k = 0; k < outputs; k++) {
            irs[k] = ConvolutionPropertiesTest.noise(r, 1 + r.nextInt(100));
        }
        float[] x = ConvolutionPropertiesTest.noise(r, 4 * b);
        float[][] all = stream(new MultiPartitionedConvolver(irs, b), x, outputs);
        MultiPartitionedConvolver c = new MultiPartitionedConvolver(irs, b);
        c.setOutputEnabled(off, false);
        float[][] out = new float[outputs][b];
        Arrays.fill(out[off], 7f);
        float[] in = new float[b];
        for (int n = 0; n < 4; n++) {
            System.arraycopy(x, n * b, in, 0, b);
            c.process(in, out);
            for (int k = 0; k < outputs; k++) {
                if (k == off) {
                    float[] sevens = new float[b];
                    Arrays.fill(sevens, 7f);
                    assertArrayEquals(sevens, out[k]);
                } else {
                    assertArrayEquals(Arrays.copyOfRange(all[k], n * b, n * b + b), out[k], 1e-6f);
                }
            }
        }
    }

    static float[][] stream(MultiPartitionedConvolver c, float[] x, int outputs) {
        int b = c.blockSize();
        float[][] y = new float[outputs][x.length];
        float[][] out = new float[outputs][b];
        float[] in = new float[b];
        for (int n = 0; n * b < x.length; n++) {
            System.arraycopy(x, n * b, in, 0, b);
            c.process(in, out);
            for (int k = 0; k < outputs; k++) {
                System.arraycopy(out[k], 0, y[k], n * b, b);
            }
        }
        return y;
    }
}
