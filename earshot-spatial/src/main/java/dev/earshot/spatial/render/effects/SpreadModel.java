package dev.earshot.spatial.render.effects;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Source width: a source of spread s degrees is rendered as N mutually decorrelated virtual point
 * sources evenly spaced over [-s/2, +s/2] along the horizontal great circle through the
 * source direction.
 *
 * <ul>
 *   <li>s = 0: exactly one source, offset 0, weight 1, no decorrelation: the renderer leaves the
 *       signal unchanged.</li>
 *   <li>s &gt; 0: N = 2 ceil(s / (2 maxSpacingDeg)) + 1 sources (odd, so one sits at the centre).
 *       From s = 2 maxSpacingDeg on, all weights are 1/sqrt(N); below it the side sources' energy
 *       share (N-1)/N is scaled by s / (2 maxSpacingDeg) and the centre takes the rest, so a tiny
 *       spread renders as (almost) the point source instead of jumping to three decorrelated copies.
 *       Either way the squared weights sum to 1, and since the copies are decorrelated
 *       (flat-magnitude random-phase filters, {@link #decorrelator}) their energies add, so the
 *       source keeps its energy.</li>
 * </ul>
 * The centre copy is never filtered; copy k &gt; 0 uses decorrelator k.
 *
 * @param maxSpacingDeg largest angle between neighbouring virtual sources, degrees, in [1, 90]
 */
public record SpreadModel(double maxSpacingDeg) {

    /** 15 degrees between virtual sources. */
    public static final SpreadModel DEFAULT = new SpreadModel(15);

    /** @throws IllegalArgumentException if the spacing is out of range */
    public SpreadModel {
        if (!Double.isFinite(maxSpacingDeg) || maxSpacingDeg < 1 || maxSpacingDeg > 90) {
            throw new IllegalArgumentException("maxSpacingDeg must be in [1, 90], got " + maxSpacingDeg);
        }
    }

    /**
     * The virtual sources for a spread.
     *
     * @param spreadDeg source width in degrees, in [0, 180]
     * @return the sources, ordered by offset (most negative first)
     */
    public List<VirtualSource> virtualSources(double spreadDeg) {
        if (!Double.isFinite(spreadDeg) || spreadDeg < 0 || spreadDeg > 180) {
            throw new IllegalArgumentException("spreadDeg must be in [0, 180], got " + spreadDeg);
        }
        if (spreadDeg == 0) {
            return List.of(new VirtualSource(0, 1, 0));
        }
        int k = (int) Math.ceil(spreadDeg / (2 * maxSpacingDeg));
        int n = 2 * k + 1;
        // Side (decorrelated) energy share: (n-1)/n once the spread reaches 2 x spacing (equal weights),
        // scaled down linearly below that so the render tends continuously to the point source.
        double sideShare = (n - 1.0) / n * Math.min(1, spreadDeg / (2 * maxSpacingDeg));
        double wCentre = Math.sqrt(1 - sideShare);
        double wSide = Math.sqrt(sideShare / (n - 1));
        double step = spreadDeg / 2 / k;
        List<VirtualSource> out = new ArrayList<>(n);
        int next = 1;
        for (int i = -k; i <= k; i++) {
            out.add(i == 0 ? new VirtualSource(0, wCentre, 0) : new VirtualSource(i * step, wSide, next++));
        }
        return List.copyOf(out);
    }

    /**
     * Where a virtual source lies: the centre direction rotated by the offset along the horizontal
     * great circle through it (towards +azimuth for positive offsets). At the poles, where "horizontal"
     * is undefined, the rotation is towards +y (left).
     *
     * @param centre    the source direction
     * @param offsetDeg offset in degrees
     * @return the direction, exactly |offsetDeg| away from the centre
     */
    public static Direction directionOf(Direction centre, double offsetDeg) {
        if (offsetDeg == 0) {
            return centre;
        }
        Vec3 u = centre.unitVector();
        Vec3 tangent = new Vec3(0, 0, 1).cross(u); // points towards +azimuth, horizontal
        if (tangent.norm() < 1e-9) {
            tangent = new Vec3(0, 1, 0);
        }
        tangent = tangent.normalized();
        double a = Math.toRadians(offsetDeg);
        return Direction.of(u.times(Math.cos(a)).plus(tangent.times(Math.sin(a))));
    }

    /**
     * A decorrelation filter: an FIR whose DFT (of its own length) has magnitude exactly 1 in every bin
     * and seeded random phase, so it has unit energy and passes every frequency at unit gain while
     * scrambling phase. Index 0 is the identity (a single unit tap).
     *
     * @param index         decorrelator number, at least 0
     * @param lengthSamples FIR length, a power of two in [64, 16384]
     * @param seed          seed; equal (index, length, seed) give identical filters
     * @return the taps
     */
    public static float[] decorrelator(int index, int lengthSamples, long seed) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
        if (lengthSamples < 64 || lengthSamples > 16384 || Integer.bitCount(lengthSamples) != 1) {
            throw new IllegalArgumentException("lengthSamples must be a power of two in [64, 16384], got "
                    + lengthSamples);
        }
        if (index == 0) {
            return new float[] {1f};
        }
        SplittableRandom rng = new SplittableRandom(seed + 0x9E3779B97F4A7C15L * index);
        double[] a = new double[lengthSamples];
        a[0] = 1;                                   // DC: +1
        a[1] = rng.nextBoolean() ? 1 : -1;          // Nyquist: real, +-1
        for (int k = 1; k < lengthSamples / 2; k++) {
            double ph = 2 * Math.PI * rng.nextDouble();
            a[2 * k] = Math.cos(ph);
            a[2 * k + 1] = Math.sin(ph);
        }
        new DoubleFFT_1D(lengthSamples).realInverse(a, true);
        float[] h = new float[lengthSamples];
        for (int n = 0; n < lengthSamples; n++) {
            h[n] = (float) a[n];
        }
        return h;
    }
}
