package dev.earshot.spatial.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.hrtf.Hrir;
import dev.earshot.spatial.hrtf.HrtfSet;
import dev.earshot.spatial.hrtf.HrtfSets;
import dev.earshot.spatial.hrtf.NearestHrirLookup;
import org.junit.jupiter.api.Test;

class ResampledHrirLookupTest {

    @Test
    void wrappedLookupAgreesWithTheResampledSet() {
        HrtfSet kemar = HrtfSets.builtinKemar();
        ResampledHrirLookup wrapped = new ResampledHrirLookup(new NearestHrirLookup(kemar), 48000);
        NearestHrirLookup reference = new NearestHrirLookup(kemar.resampled(48000));
        Direction d = new Direction(-35, 20);
        Hrir a = wrapped.lookup(d);
        Hrir b = reference.lookup(d);
        assertEquals(48000, a.sampleRateHz());
        assertEquals(b.length(), wrapped.length());
        assertArrayEquals(b.left(), a.left(), 1e-7f);
        assertArrayEquals(b.right(), a.right(), 1e-7f);
    }

    @Test
    void lookupAtAnotherRateIsWrappedAutomatically() {
        HrtfSet kemar = HrtfSets.builtinKemar();
        BinauralRenderer r = new BinauralRenderer(TestSignals.dry(32000).withHrirLookup(new NearestHrirLookup(kemar)));
        assertEquals(32000, r.hrirLookup().sampleRateHz());
        assertEquals((int) Math.ceil(512 * 32000.0 / 44100), r.hrirLookup().length());
    }
}
