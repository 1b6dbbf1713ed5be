package dev.earshot.spatial.render;

import dev.earshot.spatial.ambisonics.SphericalHarmonics;
import dev.earshot.spatial.geom.Direction;
import java.util.function.Function;

/**
 * Mono to ambisonics: each channel is the signal times its spherical-harmonic gain (ACN/SN3D), the
 * gains interpolated linearly per sample from the block's start direction to its end direction, so a
 * moving source has no steps. The gain function may use another channel convention (FuMa).
 */
final class AmbisonicEncodeStage implements BlockProcessor {
    private final Function<Direction, double[]> gainsOf;
    private Direction startCached;
    private double[] startGains;
    private Direction endCached;
    private double[] endGains;

    /** AmbiX (ACN/SN3D) encoding of the given order. */
    AmbisonicEncodeStage(int order) {
        this(d -> SphericalHarmonics.sn3d(order, d));
    }

    /** Encoding with any per-direction channel gains. */
    AmbisonicEncodeStage(Function<Direction, double[]> gainsOf) {
        this.gainsOf = gainsOf;
    }

    private double[] gains(Direction d) {
        if (d.equals(endCached)) {
            return endGains;
        }
        if (d.equals(startCached)) {
            return startGains;
        }
        return gainsOf.apply(d);
    }

    @Override
    public void process(RenderBlock b) {
        double[] g0 = gains(b.startDirection);
        double[] g1 = gains(b.endDirection);
        startCached = b.startDirection;
        startGains = g0;
        endCached = b.endDirection;
        endGains = g1;
        float[] x = b.mono;
        int n = b.size;
        for (int c = 0; c < g0.length; c++) {
            float[] y = b.out[c];
            double a = g0[c];
            double step = (g1[c] - a) / n;
            if (step == 0) {
                float g = (float) a;
                for (int k = 0; k < n; k++) {
                    y[k] = g * x[k];
                }
            } else {
                for (int k = 0; k < n; k++) {
                    y[k] = (float) ((a + step * k) * x[k]);
                }
            }
        }
    }
}
