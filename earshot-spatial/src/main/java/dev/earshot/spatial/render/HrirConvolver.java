package dev.earshot.spatial.render;

import dev.earshot.spatial.hrtf.Hrir;
import org.jtransforms.fft.FloatFFT_1D;

/**
 * Two-ear uniformly partitioned overlap-save convolution (frequency-domain delay line) with filter
 * switching by crossfade. One forward FFT of each input block feeds both ears; a filter change runs
 * the old and the new filter on the same input history for one block and crossfades the two outputs
 * with a raised-cosine (equal-gain) ramp, so a moving source has no clicks. Blocks are
 * {@code blockSize} samples; FFTs are {@code 2 * blockSize}. No allocation per block.
 */
final class HrirConvolver {
    private final int block;
    private final int fftSize;
    private final int partitions;
    private final FloatFFT_1D fft;
    private final float[] window;
    private final float[][] fdl;
    private int fdlPos;
    private float[][] curL;
    private float[][] curR;
    private float[][] oldL;
    private float[][] oldR;
    private boolean crossfade;
    private boolean hasFilter;
    private final float[] accL;
    private final float[] accR;
    private final float[] accL2;
    private final float[] accR2;
    private final float[] fadeIn;

    /**
     * @param blockSize samples per block
     * @param irLength  taps of the HRIRs that will be set
     */
    HrirConvolver(int blockSize, int irLength) {
        this.block = blockSize;
        this.fftSize = 2 * blockSize;
        this.partitions = (irLength + blockSize - 1) / blockSize;
        this.fft = new FloatFFT_1D(fftSize);
        this.window = new float[fftSize];
        this.fdl = new float[partitions][fftSize];
        this.curL = new float[partitions][fftSize];
        this.curR = new float[partitions][fftSize];
        this.oldL = new float[partitions][fftSize];
        this.oldR = new float[partitions][fftSize];
        this.accL = new float[fftSize];
        this.accR = new float[fftSize];
        this.accL2 = new float[fftSize];
        this.accR2 = new float[fftSize];
        this.fadeIn = new float[blockSize];
        for (int n = 0; n < blockSize; n++) {
            fadeIn[n] = (float) (0.5 - 0.5 * Math.cos(Math.PI * (n + 1) / blockSize));
        }
    }

    /**
     * Sets the filter for the next block. The first call takes effect at once; later calls crossfade
     * from the current filter over the next block.
     */
    void setFilter(Hrir h) {
        if (h.length() > partitions * block) {
            throw new IllegalArgumentException("HRIR of " + h.length() + " taps is longer than the "
                    + partitions * block + " this convolver was built for");
        }
        float[][] t = oldL;
        oldL = curL;
        curL = t;
        t = oldR;
        oldR = curR;
        curR = t;
        spectra(h.left(), curL);
        spectra(h.right(), curR);
        crossfade = hasFilter;
        hasFilter = true;
    }

    private void spectra(float[] ir, float[][] dst) {
        for (int p = 0; p < partitions; p++) {
            float[] s = dst[p];
            java.util.Arrays.fill(s, 0f);
            int from = p * block;
            int n = Math.max(0, Math.min(block, ir.length - from));
            System.arraycopy(ir, from, s, 0, n);
            fft.realForward(s);
        }
    }

    /**
     * Convolves one block.
     *
     * @param in   blockSize input samples
     * @param outL blockSize left-ear samples (overwritten)
     * @param outR blockSize right-ear samples (overwritten)
     */
    void process(float[] in, float[] outL, float[] outR) {
        System.arraycopy(window, block, window, 0, block);
        System.arraycopy(in, 0, window, block, block);
        fdlPos = (fdlPos + 1) % partitions;
        float[] x = fdl[fdlPos];
        System.arraycopy(window, 0, x, 0, fftSize);
        fft.realForward(x);
        multiplyAccumulate(curL, curR, accL, accR);
        fft.realInverse(accL, true);
        fft.realInverse(accR, true);
        if (!crossfade) {
            System.arraycopy(accL, block, outL, 0, block);
            System.arraycopy(accR, block, outR, 0, block);
            return;
        }
        multiplyAccumulate(oldL, oldR, accL2, accR2);
        fft.realInverse(accL2, true);
        fft.realInverse(accR2, true);
        for (int n = 0; n < block; n++) {
            float w = fadeIn[n];
            outL[n] = accL2[block + n] + w * (accL[block + n] - accL2[block + n]);
            outR[n] = accR2[block + n] + w * (accR[block + n] - accR2[block + n]);
        }
        crossfade = false;
    }

    private void multiplyAccumulate(float[][] hl, float[][] hr, float[] yl, float[] yr) {
        java.util.Arrays.fill(yl, 0f);
        java.util.Arrays.fill(yr, 0f);
        for (int p = 0; p < partitions; p++) {
            float[] x = fdl[Math.floorMod(fdlPos - p, partitions)];
            float[] a = hl[p];
            float[] b = hr[p];
            // JTransforms packed format: [0] = DC, [1] = Nyquist (both real), then (re, im) pairs.
            yl[0] += x[0] * a[0];
            yl[1] += x[1] * a[1];
            yr[0] += x[0] * b[0];
            yr[1] += x[1] * b[1];
            for (int k = 2; k < fftSize; k += 2) {
                float xr = x[k];
                float xi = x[k + 1];
                float ar = a[k];
                float ai = a[k + 1];
                float br = b[k];
                float bi = b[k + 1];
                yl[k] += xr * ar - xi * ai;
                yl[k + 1] += xr * ai + xi * ar;
                yr[k] += xr * br - xi * bi;
                yr[k + 1] += xr * bi + xi * br;
            }
        }
    }
}
