package dev.earshot.spatial.render;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.hrtf.Hrir;
import dev.earshot.spatial.hrtf.HrirLookup;
import java.util.Arrays;

/**
 * Mono to binaural by HRIR convolution. Each block's filter is the HRIR for the direction at the
 * block's end; when it differs from the previous block's, the convolver crossfades from the old to
 * the new filter over the block. A static source therefore runs one filter with no crossfades.
 */
final class BinauralStage implements BlockProcessor {
    private final HrirLookup lookup;
    private final HrirConvolver convolver;
    private Direction current;
    private Hrir currentHrir;

    BinauralStage(HrirLookup lookup, int blockSize) {
        this.lookup = lookup;
        this.convolver = new HrirConvolver(blockSize, lookup.length());
    }

    @Override
    public void process(RenderBlock b) {
        if (current == null) {
            select(b.startDirection);
        }
        if (!b.endDirection.equals(current)) {
            select(b.endDirection);
        }
        convolver.process(b.mono, b.out[0], b.out[1]);
    }

    private void select(Direction d) {
        current = d;
        Hrir h = lookup.lookup(d);
        if (currentHrir != null && (h == currentHrir
                || Arrays.equals(h.left(), currentHrir.left()) && Arrays.equals(h.right(), currentHrir.right()))) {
            return;
        }
        currentHrir = h;
        convolver.setFilter(h);
    }
}
