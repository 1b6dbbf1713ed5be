package dev.earshot.audio.dsp.fft;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The wide-span FFT stages and the spectral multiply-accumulate written with the JDK incubator
 * Vector API (8 float lanes, AVX2 and up). Loaded only when the {@code jdk.incubator.vector} module
 * is in the boot layer (see {@link Kernels#VECTOR}); every method computes what its scalar twin in
 * {@link ScalarKernels} or {@link Spectra} computes, with the same operations in the same order
 * ({@link #difTail32} and {@link #ditTail32} fuse a radix-4 stage with the radix-8 kernel), so
 * that both give the same bits. Keep it that way: a change here needs the same change there
 * (KernelBitIdentityTest compares the raw float bits).
 */
final class VectorKernels {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_256;
    /** Lanes per vector; stage spans must be multiples of it. */
    static final int LANES = 8;

    private static final float C = (float) Math.sqrt(0.5);
    // radix-8 kernel: lane j of one vector is element j of an 8-point block; a span-h butterfly
    // stage is a lane swap (j <-> j xor h), a signed add and a per-lane twiddle multiply
    private static final VectorShuffle<Float> SWAP4 = VectorShuffle.fromValues(S, 4, 5, 6, 7, 0, 1, 2, 3);
    private static final VectorShuffle<Float> SWAP2 = VectorShuffle.fromValues(S, 2, 3, 0, 1, 6, 7, 4, 5);
    private static final VectorShuffle<Float> SWAP1 = VectorShuffle.fromValues(S, 1, 0, 3, 2, 5, 4, 7, 6);
    private static final FloatVector SIGN4 = FloatVector.fromArray(S, new float[] {1, 1, 1, 1, -1, -1, -1, -1}, 0);
    private static final FloatVector SIGN2 = FloatVector.fromArray(S, new float[] {1, 1, -1, -1, 1, 1, -1, -1}, 0);
    private static final FloatVector SIGN1 = FloatVector.fromArray(S, new float[] {1, -1, 1, -1, 1, -1, 1, -1}, 0);
    /** W8^(j-4) on lanes 4..7, 1 elsewhere (forward; the inverse uses the conjugate). */
    private static final FloatVector TW4R = FloatVector.fromArray(S, new float[] {1, 1, 1, 1, 1, C, 0, -C}, 0);
    private static final FloatVector TW4I = FloatVector.fromArray(S, new float[] {0, 0, 0, 0, 0, -C, -1, -C}, 0);
    /** Lanes 3 and 7, whose span-2 twiddle is W4^1 = -i (a swap of real and imaginary parts). */
    /** Lane order reversed: a partner range of {@link #splitOctave} runs backwards. */
    private static final VectorShuffle<Float> REVERSE = VectorShuffle.fromValues(S, 7, 6, 5, 4, 3, 2, 1, 0);
    private static final FloatVector HALF = FloatVector.broadcast(S, 0.5f);
    private static final VectorMask<Float> LANES37 =
            VectorMask.fromValues(S, false, false, false, true, false, false, false, true);

    private VectorKernels() {
    }

    /** @return whether this JVM compiles 8-lane float vectors to hardware vectors (AVX2 or wider) */
    static boolean hardwareSupported() {
        return FloatVector.SPECIES_PREFERRED.length() >= LANES;
    }

    static void difRadix2(float[] re, float[] im, float[] tw, int size, int h, int o) {
        int oh = o + h;
        for (int b = 0; b < size; b += 2 * h) {
            int b1 = b + h;
            for (int j = 0; j < h; j += LANES) {
                FloatVector ar = FloatVector.fromArray(S, re, b + j);
                FloatVector ai = FloatVector.fromArray(S, im, b + j);
                FloatVector br = FloatVector.fromArray(S, re, b1 + j);
                FloatVector bi = FloatVector.fromArray(S, im, b1 + j);
                FloatVector wr = FloatVector.fromArray(S, tw, o + j);
                FloatVector wi = FloatVector.fromArray(S, tw, oh + j);
                ar.add(br).intoArray(re, b + j);
                ai.add(bi).intoArray(im, b + j);
                FloatVector dr = ar.sub(br);
                FloatVector di = ai.sub(bi);
                dr.mul(wr).sub(di.mul(wi)).intoArray(re, b1 + j);
                dr.mul(wi).add(di.mul(wr)).intoArray(im, b1 + j);
            }
        }
    }

    static void ditRadix2(float[] re, float[] im, float[] tw, int size, int h, int o) {
        int oh = o + h;
        for (int b = 0; b < size; b += 2 * h) {
            int b1 = b + h;
            for (int j = 0; j < h; j += LANES) {
                FloatVector wr = FloatVector.fromArray(S, tw, o + j);
                FloatVector wi = FloatVector.fromArray(S, tw, oh + j);
                FloatVector xr = FloatVector.fromArray(S, re, b1 + j);
                FloatVector xi = FloatVector.fromArray(S, im, b1 + j);
                FloatVector cr = xr.mul(wr).add(xi.mul(wi));
                FloatVector ci = xi.mul(wr).sub(xr.mul(wi));
                FloatVector ar = FloatVector.fromArray(S, re, b + j);
                FloatVector ai = FloatVector.fromArray(S, im, b + j);
                ar.add(cr).intoArray(re, b + j);
                ai.add(ci).intoArray(im, b + j);
                ar.sub(cr).intoArray(re, b1 + j);
                ai.sub(ci).intoArray(im, b1 + j);
            }
        }
    }

    static void difRadix4(float[] re, float[] im, float[] tw, int size, int q, int o) {
        int o1 = o + q;
        int o2 = o + 2 * q;
        int o3 = o + 3 * q;
        int o4 = o + 4 * q;
        int o5 = o + 5 * q;
        for (int b = 0; b < size; b += 4 * q) {
            int b1 = b + q;
            int b2 = b + 2 * q;
            int b3 = b + 3 * q;
            for (int j = 0; j < q; j += LANES) {
                FloatVector x0r = FloatVector.fromArray(S, re, b + j);
                FloatVector x0i = FloatVector.fromArray(S, im, b + j);
                FloatVector x1r = FloatVector.fromArray(S, re, b1 + j);
                FloatVector x1i = FloatVector.fromArray(S, im, b1 + j);
                FloatVector x2r = FloatVector.fromArray(S, re, b2 + j);
                FloatVector x2i = FloatVector.fromArray(S, im, b2 + j);
                FloatVector x3r = FloatVector.fromArray(S, re, b3 + j);
                FloatVector x3i = FloatVector.fromArray(S, im, b3 + j);
                FloatVector t0r = x0r.add(x2r);
                FloatVector t0i = x0i.add(x2i);
                FloatVector t1r = x1r.add(x3r);
                FloatVector t1i = x1i.add(x3i);
                FloatVector t2r = x0r.sub(x2r);
                FloatVector t2i = x0i.sub(x2i);
                FloatVector t3r = x1i.sub(x3i);
                FloatVector t3i = x3r.sub(x1r);
                t0r.add(t1r).intoArray(re, b + j);
                t0i.add(t1i).intoArray(im, b + j);
                FloatVector ur = t0r.sub(t1r);
                FloatVector ui = t0i.sub(t1i);
                FloatVector w2r = FloatVector.fromArray(S, tw, o2 + j);
                FloatVector w2i = FloatVector.fromArray(S, tw, o3 + j);
                ur.mul(w2r).sub(ui.mul(w2i)).intoArray(re, b1 + j);
                ur.mul(w2i).add(ui.mul(w2r)).intoArray(im, b1 + j);
                FloatVector vr = t2r.add(t3r);
                FloatVector vi = t2i.add(t3i);
                FloatVector w1r = FloatVector.fromArray(S, tw, o + j);
                FloatVector w1i = FloatVector.fromArray(S, tw, o1 + j);
                vr.mul(w1r).sub(vi.mul(w1i)).intoArray(re, b2 + j);
                vr.mul(w1i).add(vi.mul(w1r)).intoArray(im, b2 + j);
                FloatVector zr = t2r.sub(t3r);
                FloatVector zi = t2i.sub(t3i);
                FloatVector w3r = FloatVector.fromArray(S, tw, o4 + j);
                FloatVector w3i = FloatVector.fromArray(S, tw, o5 + j);
                zr.mul(w3r).sub(zi.mul(w3i)).intoArray(re, b3 + j);
                zr.mul(w3i).add(zi.mul(w3r)).intoArray(im, b3 + j);
            }
        }
    }

    static void ditRadix4(float[] re, float[] im, float[] tw, int size, int q, int o) {
        int o1 = o + q;
        int o2 = o + 2 * q;
        int o3 = o + 3 * q;
        int o4 = o + 4 * q;
        int o5 = o + 5 * q;
        for (int b = 0; b < size; b += 4 * q) {
            int b1 = b + q;
            int b2 = b + 2 * q;
            int b3 = b + 3 * q;
            for (int j = 0; j < q; j += LANES) {
                FloatVector z1r = FloatVector.fromArray(S, re, b1 + j);
                FloatVector z1i = FloatVector.fromArray(S, im, b1 + j);
                FloatVector w2r = FloatVector.fromArray(S, tw, o2 + j);
                FloatVector w2i = FloatVector.fromArray(S, tw, o3 + j);
                FloatVector a1r = z1r.mul(w2r).add(z1i.mul(w2i));
                FloatVector a1i = z1i.mul(w2r).sub(z1r.mul(w2i));
                FloatVector z2r = FloatVector.fromArray(S, re, b2 + j);
                FloatVector z2i = FloatVector.fromArray(S, im, b2 + j);
                FloatVector w1r = FloatVector.fromArray(S, tw, o + j);
                FloatVector w1i = FloatVector.fromArray(S, tw, o1 + j);
                FloatVector a2r = z2r.mul(w1r).add(z2i.mul(w1i));
                FloatVector a2i = z2i.mul(w1r).sub(z2r.mul(w1i));
                FloatVector z3r = FloatVector.fromArray(S, re, b3 + j);
                FloatVector z3i = FloatVector.fromArray(S, im, b3 + j);
                FloatVector w3r = FloatVector.fromArray(S, tw, o4 + j);
                FloatVector w3i = FloatVector.fromArray(S, tw, o5 + j);
                FloatVector a3r = z3r.mul(w3r).add(z3i.mul(w3i));
                FloatVector a3i = z3i.mul(w3r).sub(z3r.mul(w3i));
                FloatVector z0r = FloatVector.fromArray(S, re, b + j);
                FloatVector z0i = FloatVector.fromArray(S, im, b + j);
                FloatVector s0r = z0r.add(a1r);
                FloatVector s0i = z0i.add(a1i);
                FloatVector s1r = z0r.sub(a1r);
                FloatVector s1i = z0i.sub(a1i);
                FloatVector s2r = a2r.add(a3r);
                FloatVector s2i = a2i.add(a3i);
                FloatVector s3r = a2r.sub(a3r);
                FloatVector s3i = a2i.sub(a3i);
                s0r.add(s2r).intoArray(re, b + j);
                s0i.add(s2i).intoArray(im, b + j);
                s0r.sub(s2r).intoArray(re, b2 + j);
                s0i.sub(s2i).intoArray(im, b2 + j);
                s1r.sub(s3i).intoArray(re, b1 + j);
                s1i.add(s3r).intoArray(im, b1 + j);
                s1r.add(s3i).intoArray(re, b3 + j);
                s1i.sub(s3r).intoArray(im, b3 + j);
            }
        }
    }

    /**
     * The last five DIF stages (spans 16, 8 as one radix-4 stage with quarter span 8 whose twiddles
     * are at offset o, then 4, 2, 1) on every 32 contiguous points, in one pass.
     */
    static void difTail32(float[] re, float[] im, float[] tw, int n, int o) {
        FloatVector w1r = FloatVector.fromArray(S, tw, o);
        FloatVector w1i = FloatVector.fromArray(S, tw, o + 8);
        FloatVector w2r = FloatVector.fromArray(S, tw, o + 16);
        FloatVector w2i = FloatVector.fromArray(S, tw, o + 24);
        FloatVector w3r = FloatVector.fromArray(S, tw, o + 32);
        FloatVector w3i = FloatVector.fromArray(S, tw, o + 40);
        for (int b = 0; b < n; b += 32) {
            FloatVector x0r = FloatVector.fromArray(S, re, b);
            FloatVector x0i = FloatVector.fromArray(S, im, b);
            FloatVector x1r = FloatVector.fromArray(S, re, b + 8);
            FloatVector x1i = FloatVector.fromArray(S, im, b + 8);
            FloatVector x2r = FloatVector.fromArray(S, re, b + 16);
            FloatVector x2i = FloatVector.fromArray(S, im, b + 16);
            FloatVector x3r = FloatVector.fromArray(S, re, b + 24);
            FloatVector x3i = FloatVector.fromArray(S, im, b + 24);
            FloatVector t0r = x0r.add(x2r);
            FloatVector t0i = x0i.add(x2i);
            FloatVector t1r = x1r.add(x3r);
            FloatVector t1i = x1i.add(x3i);
            FloatVector t2r = x0r.sub(x2r);
            FloatVector t2i = x0i.sub(x2i);
            FloatVector t3r = x1i.sub(x3i);
            FloatVector t3i = x3r.sub(x1r);
            t0r.add(t1r).intoArray(re, b);
            t0i.add(t1i).intoArray(im, b);
            FloatVector ur = t0r.sub(t1r);
            FloatVector ui = t0i.sub(t1i);
            ur.mul(w2r).sub(ui.mul(w2i)).intoArray(re, b + 8);
            ur.mul(w2i).add(ui.mul(w2r)).intoArray(im, b + 8);
            FloatVector vr = t2r.add(t3r);
            FloatVector vi = t2i.add(t3i);
            vr.mul(w1r).sub(vi.mul(w1i)).intoArray(re, b + 16);
            vr.mul(w1i).add(vi.mul(w1r)).intoArray(im, b + 16);
            FloatVector zr = t2r.sub(t3r);
            FloatVector zi = t2i.sub(t3i);
            zr.mul(w3r).sub(zi.mul(w3i)).intoArray(re, b + 24);
            zr.mul(w3i).add(zi.mul(w3r)).intoArray(im, b + 24);
            // vectors are never passed between methods: if C2 does not inline a callee, they would be boxed
            difKernel8(re, im, b);
            difKernel8(re, im, b + 8);
            difKernel8(re, im, b + 16);
            difKernel8(re, im, b + 24);
        }
    }

    /** The last three DIF stages (spans 4, 2, 1) of the 8-point block at b, in place. */
    private static void difKernel8(float[] re, float[] im, int b) {
        FloatVector xr = FloatVector.fromArray(S, re, b);
        FloatVector xi = FloatVector.fromArray(S, im, b);
        // span 4
        FloatVector yr = xr.fma(SIGN4, xr.rearrange(SWAP4));
        FloatVector yi = xi.fma(SIGN4, xi.rearrange(SWAP4));
        xr = yr.mul(TW4R).sub(yi.mul(TW4I));
        xi = yr.mul(TW4I).add(yi.mul(TW4R));
        // span 2, then lanes 3, 7 times -i: (r, i) -> (i, -r)
        yr = xr.fma(SIGN2, xr.rearrange(SWAP2));
        yi = xi.fma(SIGN2, xi.rearrange(SWAP2));
        xr = yr.blend(yi, LANES37);
        xi = yi.blend(yr.neg(), LANES37);
        // span 1
        xr.fma(SIGN1, xr.rearrange(SWAP1)).intoArray(re, b);
        xi.fma(SIGN1, xi.rearrange(SWAP1)).intoArray(im, b);
    }

    /** The last three DIF stages (spans 4, 2, 1) on every 8 contiguous points, one vector per block. */
    static void difRadix8(float[] re, float[] im, int n) {
        for (int b = 0; b < n; b += LANES) {
            difKernel8(re, im, b);
        }
    }

    /** Inverse of {@link #difKernel8} (times 8) on the block at b, in place. */
    private static void ditKernel8(float[] re, float[] im, int b) {
        FloatVector xr = FloatVector.fromArray(S, re, b);
        FloatVector xi = FloatVector.fromArray(S, im, b);
        // span 1
        FloatVector yr = xr.fma(SIGN1, xr.rearrange(SWAP1));
        FloatVector yi = xi.fma(SIGN1, xi.rearrange(SWAP1));
        // span 2: lanes 3, 7 times conj(W4^1) = i first: (r, i) -> (-i, r)
        xr = yr.blend(yi.neg(), LANES37);
        xi = yi.blend(yr, LANES37);
        yr = xr.fma(SIGN2, xr.rearrange(SWAP2));
        yi = xi.fma(SIGN2, xi.rearrange(SWAP2));
        // span 4
        xr = yr.mul(TW4R).add(yi.mul(TW4I));
        xi = yi.mul(TW4R).sub(yr.mul(TW4I));
        xr.fma(SIGN4, xr.rearrange(SWAP4)).intoArray(re, b);
        xi.fma(SIGN4, xi.rearrange(SWAP4)).intoArray(im, b);
    }

    /** Inverse of {@link #difRadix8} (times 8): DIT stages of spans 1, 2, 4 with conjugate twiddles. */
    static void ditRadix8(float[] re, float[] im, int n) {
        for (int b = 0; b < n; b += LANES) {
            ditKernel8(re, im, b);
        }
    }

    /** Inverse of {@link #difTail32} (times 32): DIT spans 1, 2, 4, then the radix-4 stage (8, 16). */
    static void ditTail32(float[] re, float[] im, float[] tw, int n, int o) {
        FloatVector w1r = FloatVector.fromArray(S, tw, o);
        FloatVector w1i = FloatVector.fromArray(S, tw, o + 8);
        FloatVector w2r = FloatVector.fromArray(S, tw, o + 16);
        FloatVector w2i = FloatVector.fromArray(S, tw, o + 24);
        FloatVector w3r = FloatVector.fromArray(S, tw, o + 32);
        FloatVector w3i = FloatVector.fromArray(S, tw, o + 40);
        for (int b = 0; b < n; b += 32) {
            ditKernel8(re, im, b);
            ditKernel8(re, im, b + 8);
            ditKernel8(re, im, b + 16);
            ditKernel8(re, im, b + 24);
            FloatVector z1r = FloatVector.fromArray(S, re, b + 8);
            FloatVector z1i = FloatVector.fromArray(S, im, b + 8);
            FloatVector a1r = z1r.mul(w2r).add(z1i.mul(w2i));
            FloatVector a1i = z1i.mul(w2r).sub(z1r.mul(w2i));
            FloatVector z2r = FloatVector.fromArray(S, re, b + 16);
            FloatVector z2i = FloatVector.fromArray(S, im, b + 16);
            FloatVector a2r = z2r.mul(w1r).add(z2i.mul(w1i));
            FloatVector a2i = z2i.mul(w1r).sub(z2r.mul(w1i));
            FloatVector z3r = FloatVector.fromArray(S, re, b + 24);
            FloatVector z3i = FloatVector.fromArray(S, im, b + 24);
            FloatVector a3r = z3r.mul(w3r).add(z3i.mul(w3i));
            FloatVector a3i = z3i.mul(w3r).sub(z3r.mul(w3i));
            FloatVector z0r = FloatVector.fromArray(S, re, b);
            FloatVector z0i = FloatVector.fromArray(S, im, b);
            FloatVector s0r = z0r.add(a1r);
            FloatVector s0i = z0i.add(a1i);
            FloatVector s1r = z0r.sub(a1r);
            FloatVector s1i = z0i.sub(a1i);
            FloatVector s2r = a2r.add(a3r);
            FloatVector s2i = a2i.add(a3i);
            FloatVector s3r = a2r.sub(a3r);
            FloatVector s3i = a2i.sub(a3i);
            s0r.add(s2r).intoArray(re, b);
            s0i.add(s2i).intoArray(im, b);
            s0r.sub(s2r).intoArray(re, b + 16);
            s0i.sub(s2i).intoArray(im, b + 16);
            s1r.sub(s3i).intoArray(re, b + 8);
            s1i.add(s3r).intoArray(im, b + 8);
            s1r.add(s3i).intoArray(re, b + 24);
            s1i.sub(s3r).intoArray(im, b + 24);
        }
    }

    /** acc += x * h over [0, n) rounded down to whole vectors; returns the first index not done. */
    static int multiplyAccumulate(float[] accRe, float[] accIm, float[] xRe, float[] xIm, float[] hRe, float[] hIm,
                                  int n) {
        int end = n - n % LANES;
        for (int i = 0; i < end; i += LANES) {
            FloatVector a = FloatVector.fromArray(S, xRe, i);
            FloatVector b = FloatVector.fromArray(S, xIm, i);
            FloatVector c = FloatVector.fromArray(S, hRe, i);
            FloatVector d = FloatVector.fromArray(S, hIm, i);
            FloatVector yr = FloatVector.fromArray(S, accRe, i);
            FloatVector yi = FloatVector.fromArray(S, accIm, i);
            yr.add(a.mul(c).sub(b.mul(d))).intoArray(accRe, i);
            yi.add(a.mul(d).add(b.mul(c))).intoArray(accIm, i);
        }
        return end;
    }

    /** y = x * h over [0, n) rounded down to whole vectors; returns the first index not done. */
    static int multiply(float[] yRe, float[] yIm, float[] xRe, float[] xIm, float[] hRe, float[] hIm, int n) {
        int end = n - n % LANES;
        for (int i = 0; i < end; i += LANES) {
            FloatVector a = FloatVector.fromArray(S, xRe, i);
            FloatVector b = FloatVector.fromArray(S, xIm, i);
            FloatVector c = FloatVector.fromArray(S, hRe, i);
            FloatVector d = FloatVector.fromArray(S, hIm, i);
            a.mul(c).sub(b.mul(d)).intoArray(yRe, i);
            a.mul(d).add(b.mul(c)).intoArray(yIm, i);
        }
        return end;
    }

    /**
     * {@link ScalarKernels#splitOctave} on the whole octave [lo, 2 lo), lo a multiple of {@link #LANES}:
     * the partners of indices j .. j + 7 are the contiguous range ending at {@code 3 lo - 1 - j}, read
     * backwards.
     */
    static void splitOctave(float[] zRe, float[] zIm, float[] aRe, float[] aIm, float[] bRe, float[] bIm, int lo) {
        int end = 2 * lo;
        for (int j = lo; j < end; j += LANES) {
            int q = 3 * lo - LANES - j;
            FloatVector xr = FloatVector.fromArray(S, zRe, j);
            FloatVector xi = FloatVector.fromArray(S, zIm, j);
            FloatVector yr = FloatVector.fromArray(S, zRe, q).rearrange(REVERSE);
            FloatVector yi = FloatVector.fromArray(S, zIm, q).rearrange(REVERSE);
            HALF.mul(xr.add(yr)).intoArray(aRe, j);
            HALF.mul(xi.sub(yi)).intoArray(aIm, j);
            HALF.mul(xi.add(yi)).intoArray(bRe, j);
            HALF.mul(yr.sub(xr)).intoArray(bIm, j);
        }
    }
}
