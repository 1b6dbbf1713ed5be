package dev.earshot.spatial.ambisonics;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.hrtf.Hrir;
import dev.earshot.spatial.hrtf.HrirLookup;
import java.util.ArrayList;
import java.util.List;

/**
 * A crude but physically ordered test head: each ear gets a delayed, scaled impulse followed by a short
 * decaying tail. The ear facing the source is louder (gain 1 + 0.6 y for the left ear, y = lateral
 * component, +left) and earlier (up to 12 samples of interaural delay). Records the directions asked for.
 */
final class SyntheticHeadLookup implements HrirLookup {
    static final int TAPS = 64;
    final List<Direction> requested = new ArrayList<>();
    private final int rate;

    SyntheticHeadLookup(int rate) {
        this.rate = rate;
    }

    @Override
    public Hrir lookup(Direction direction) {
        requested.add(direction);
        double y = direction.unitVector().y();
        return new Hrir(ear(1 + 0.6 * y, 24 - (int) Math.round(12 * y)),
                ear(1 - 0.6 * y, 24 + (int) Math.round(12 * y)), rate);
    }

    private static float[] ear(double gain, int delay) {
        float[] h = new float[TAPS];
        h[delay] = (float) gain;
        for (int k = 1; k < 8; k++) {
            h[delay + k] = (float) (gain * 0.3 * Math.pow(-0.5, k));
        }
        return h;
    }

    @Override
    public int sampleRateHz() {
        return rate;
    }

    @Override
    public int length() {
        return TAPS;
    }
}
